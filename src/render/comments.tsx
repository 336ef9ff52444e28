import { Apart } from './html.ts';
import { COMMENT_LIMITS } from '../domain/comments/comment.ts';
import { describedBy, FieldError, invalid } from './fields.tsx';
import type { CommentFormView, CommentsView, CommentView } from './view-models.ts';

export function CommentItem({ comment }: { comment: CommentView }) {
  const classes = ['comment', `depth-${comment.depth}`];
  if (comment.byStaff) classes.push('by-staff');
  if (comment.held) classes.push('is-held');
  const name = comment.authorName || 'Anonymous';
  return (
    <li id={`comment-${comment.number}`} class={classes.join(' ')}>
      <article class="comment-body" aria-label={`Comment by ${name}`}>
        <header class="comment-meta">
          <span class="comment-author">
            {comment.authorUrl ? (
              <a href={comment.authorUrl} rel="external nofollow ugc">
                {name}
              </a>
            ) : (
              name
            )}
          </span>
          {comment.byStaff ? <span class="staff-badge">Staff</span> : null}
          {comment.featured ? <span class="featured-badge">Featured</span> : null}{' '}
          <a class="comment-permalink" href={`#comment-${comment.number}`}>
            <time datetime={comment.time.iso}>{comment.time.text}</time>
          </a>
        </header>
        {comment.held ? (
          <p class="comment-awaiting-moderation">Your comment is awaiting moderation.</p>
        ) : null}
        <div class="comment-content" dangerouslySetInnerHTML={{ __html: comment.html }} />
        {(comment.replyHref || comment.reportHref) && !comment.held ? (
          <p class="comment-reply">
            {comment.replyHref ? (
              <a
                class="comment-reply-link"
                href={comment.replyHref}
                data-reply-to={comment.number}
                data-author={name}
                aria-label={`Reply to ${name}`}
              >
                Reply
              </a>
            ) : null}
            {comment.reportHref ? (
              <>
                {' '}
                <a
                  class="comment-report-link"
                  href={comment.reportHref}
                  rel="nofollow"
                  aria-label={`Report the comment by ${name}`}
                >
                  Report
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </article>
      {comment.replies.length > 0 ? (
        <ol class="children">
          <Apart>
            {comment.replies.map((reply) => (
              <CommentItem comment={reply} key={reply.number} />
            ))}
          </Apart>
        </ol>
      ) : null}
    </li>
  );
}

const countText = (n: number): string =>
  n === 0 ? 'No comments yet' : n === 1 ? '1 comment' : `${n.toLocaleString('en')} comments`;

export function Comments({ comments }: { comments: CommentsView }) {
  return (
    <section id="comments" class="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" class="comments-title">
        {countText(comments.count)}
      </h2>
      <ol class="comment-list">
        <Apart>
          {comments.thread.map((c) => (
            <CommentItem comment={c} key={c.number} />
          ))}
        </Apart>
      </ol>
      {comments.form ? (
        <CommentForm form={comments.form} />
      ) : (
        <p class="comments-closed">Comments are closed.</p>
      )}
    </section>
  );
}

const Required = () => (
  <span class="required" aria-hidden="true">
    *
  </span>
);

export function CommentForm({ form }: { form: CommentFormView }) {
  const { values, errors } = form;
  return (
    <div id="respond" class="comment-respond">
      <h2 id="reply-title" class="comment-reply-title">
        <span id="reply-title-text">
          {form.replyingTo ? `Reply to ${form.replyingTo}` : 'Leave a Comment'}
        </span>{' '}
        <small>
          <a
            id="cancel-comment-reply-link"
            href={`${form.articlePath}#respond`}
            hidden={form.replyingTo === null}
          >
            Cancel reply
          </a>
        </small>
      </h2>
      <form action="/comments" method="post" id="commentform" class="comment-form">
        <p
          id="form-message"
          class={form.message ? `form-message is-${form.message.kind}` : 'form-message'}
          role={form.message?.kind === 'error' ? 'alert' : 'status'}
          hidden={!form.message}
        >
          {form.message?.text}
        </p>
        <p class="comment-notes" id="email-notes">
          Your email address will not be published. Required fields are marked <Required />
        </p>
        <p class="comment-form-comment">
          <label for="comment">
            Comment <Required />
          </label>
          <textarea
            id="comment"
            name="comment"
            rows={8}
            maxLength={COMMENT_LIMITS.text}
            required
            aria-invalid={invalid(errors.comment)}
            aria-describedby={describedBy(errors.comment && 'comment-error')}
          >
            {values.comment}
          </textarea>
          <FieldError id="comment-error" message={errors.comment} />
        </p>
        <p class="comment-form-author">
          <label for="author">
            Name <Required />
          </label>
          <input
            id="author"
            name="author"
            type="text"
            value={values.author}
            maxLength={COMMENT_LIMITS.name}
            autocomplete="name"
            required
            aria-invalid={invalid(errors.author)}
            aria-describedby={describedBy(errors.author && 'author-error')}
          />
          <FieldError id="author-error" message={errors.author} />
        </p>
        <p class="comment-form-email">
          <label for="email">
            Email <Required />
          </label>
          <input
            id="email"
            name="email"
            type="email"
            value={values.email}
            maxLength={COMMENT_LIMITS.email}
            autocomplete="email"
            required
            aria-invalid={invalid(errors.email)}
            aria-describedby={describedBy('email-notes', errors.email && 'email-error')}
          />
          <FieldError id="email-error" message={errors.email} />
        </p>
        <p class="comment-form-url">
          <label for="url">Website</label>
          <input
            id="url"
            name="url"
            type="text"
            inputMode="url"
            value={values.url}
            maxLength={COMMENT_LIMITS.url}
            autocomplete="url"
            aria-invalid={invalid(errors.url)}
            aria-describedby={describedBy(errors.url && 'url-error')}
          />
          <FieldError id="url-error" message={errors.url} />
        </p>
        {/* For bots only: off screen, out of the tab order, hidden from screen readers. */}
        <p class="comment-form-extra" aria-hidden="true">
          <label for="homepage">Leave this field empty</label>
          <input
            id="homepage"
            name="homepage"
            type="text"
            tabIndex={-1}
            autocomplete="off"
            value=""
          />
        </p>
        <p class="comment-form-cookies-consent">
          <input id="consent" name="consent" type="checkbox" value="yes" checked={values.consent} />
          <label for="consent">
            Remember my name, email and website in this browser for the next time I comment.
          </label>
        </p>
        <p class="comment-form-cookies-consent comment-form-notify">
          <input
            id="notify-replies"
            name="notify_replies"
            type="checkbox"
            value="yes"
            checked={values.notifyReplies ?? false}
            aria-describedby="notify-replies-note"
          />
          <span>
            <label for="notify-replies">Notify me of replies by email</label>{' '}
            <small id="notify-replies-note">
              We will first send you a link to confirm. Every email has a link to stop them.
            </small>
          </span>
        </p>
        <p class="form-submit">
          <button type="submit" id="submit" class="submit">
            Post Comment
          </button>
          <input type="hidden" name="article" value={form.articleId} />
          <input type="hidden" name="form_token" value={form.formToken} />
          <input type="hidden" name="parent" id="comment-parent" value={form.parentNumber ?? 0} />
        </p>
      </form>
    </div>
  );
}
