import { Layout } from './layout.tsx';
import type { Chrome } from './view-models.ts';

export interface ReportPageView {
  chrome: Chrome;
  number: number;
  authorName: string;
  /** The comment as published (sanitised when it was stored). */
  html: string;
  articleHref: string;
  reasons: { value: string; label: string }[];
  /** Ties the form to this browser (a same-site cookie holds the other half). */
  token: string;
  /** After posting: the thanks, or what went wrong. */
  message: { kind: 'notice' | 'error'; text: string } | null;
  done: boolean;
}

export function ReportPage({ view }: { view: ReportPageView }) {
  const name = view.authorName || 'Anonymous';
  const back = `${view.articleHref}#comment-${view.number}`;
  return (
    <Layout
      chrome={view.chrome}
      head={{ title: `Report a comment – ${view.chrome.siteTitle}`, noindex: true }}
    >
      <div class="report-page">
        <h1 class="page-title">Report a comment</h1>
        {view.message ? (
          <p
            class={`form-message is-${view.message.kind}`}
            role={view.message.kind === 'error' ? 'alert' : 'status'}
          >
            {view.message.text}
          </p>
        ) : null}
        <figure class="reported-comment">
          <blockquote class="comment-content" dangerouslySetInnerHTML={{ __html: view.html }} />
          <figcaption>Comment by {name}</figcaption>
        </figure>
        {view.done ? null : (
          <form method="post" action={`/comments/${view.number}/report`} class="report-form">
            <input type="hidden" name="_token" value={view.token} />
            <fieldset>
              <legend>Why should a moderator look at this comment?</legend>
              {view.reasons.map((r, i) => (
                <p>
                  <input
                    type="radio"
                    id={`reason-${r.value}`}
                    name="reason"
                    value={r.value}
                    required={i === 0}
                  />{' '}
                  <label for={`reason-${r.value}`}>{r.label}</label>
                </p>
              ))}
            </fieldset>
            <p>
              Moderators see which reason was chosen, never who chose it. The comment stays up until
              a moderator decides.
            </p>
            <p>
              <button type="submit">Send report</button>
            </p>
          </form>
        )}
        <p>
          <a href={back}>Back to the comments</a>
        </p>
      </div>
    </Layout>
  );
}
