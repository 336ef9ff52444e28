import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { CommentField } from '../../domain/comments/comment.ts';
import { createHeldNoticeToken } from '../../domain/comments/held-notice.ts';
import { postComment, type CommentSubmission } from '../../domain/comments/post-comment.ts';
import { buildThread } from '../../domain/comments/thread.ts';
import type { SiteSettings } from '../../domain/settings.ts';
import { ArticlePage } from '../../render/article-page.tsx';
import { CommentItem } from '../../render/comments.tsx';
import { renderFragment } from '../../render/html.ts';
import type { CommentFormView } from '../../render/view-models.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage, wantsJson } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { akismetCheck } from '../../integrations/akismet.ts';
import { NOTIFY_REPLIES_FIELD, subscribeAfterPosting } from './subscription-routes.ts';
import { articlePageView, commentView } from './views.ts';

/**
 * Large enough for the longest comment allowed (65,525 characters) even when every character
 * takes four UTF-8 bytes and is percent-encoded (12 bytes), with room for the other fields.
 */
export const COMMENT_BODY_LIMIT = 1024 * 1024;

/** The field people never see; bots fill it in. */
export const HONEYPOT_FIELD = 'homepage';

/** The remembered-commenter cookies, read by the page's script to fill in the form. */
export const COMMENTER_COOKIES = {
  author: 'dl_comment_author',
  email: 'dl_comment_author_email',
  url: 'dl_comment_author_url',
} as const;
const REMEMBER_SECONDS = 365 * 24 * 60 * 60;

const MESSAGES = {
  approved: 'Thank you, your comment is published.',
  held: 'Thank you. Your comment is awaiting moderation and will appear once a moderator approves it.',
  received: 'Thank you, your comment has been received.',
  fields: 'Please correct the marked fields and post again.',
  subscribed: 'We have emailed you a link to confirm that you want to hear of replies.',
};

type Body = Record<string, unknown>;
const text = (body: Body, name: string): string =>
  typeof body[name] === 'string' ? (body[name] as string) : '';

export async function postCommentRoute(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const body = (request.body ?? {}) as Body;
  const json = wantsJson(request.headers.accept);
  const settings = await ctx.stores.settings.site();
  const submission: CommentSubmission = {
    articleId: positiveInt(text(body, 'article')) ?? 0,
    parentNumber: positiveInt(text(body, 'parent')),
    name: text(body, 'author'),
    email: text(body, 'email'),
    url: text(body, 'url'),
    text: text(body, 'comment'),
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
    honeypot: text(body, HONEYPOT_FIELD),
    formToken: text(body, 'form_token'),
    referrer: request.headers.referer ?? '',
  };
  const consent = text(body, 'consent') === 'yes';
  const notifyReplies = text(body, NOTIFY_REPLIES_FIELD) === 'yes';
  const result = await postComment(
    {
      comments: ctx.stores.comments,
      counter: ctx.counter,
      settings: settings.comments,
      clock: ctx.clock,
      formSecret: ctx.secret,
      ...(settings.comments.spamCheck.enabled && settings.comments.spamCheck.key
        ? {
            spamCheck: akismetCheck({
              url: settings.comments.spamCheck.url,
              key: settings.comments.spamCheck.key,
              site: ctx.config.publicUrl,
              language: settings.language,
              log: (message) => request.log.warn(message),
            }),
          }
        : {}),
    },
    submission,
  );

  if (!result.ok) {
    const first = result.rejections[0]!;
    if (first.retryAfterSeconds) reply.header('retry-after', String(first.retryAfterSeconds));
    const errors: Partial<Record<CommentField, string>> = {};
    for (const r of result.rejections) if (r.field && !errors[r.field]) errors[r.field] = r.reason;
    const message = first.field ? MESSAGES.fields : first.reason;
    if (json)
      return reply
        .code(result.status)
        .send({ error: { code: first.code, message, fields: errors } });
    return refuseWithForm(ctx, request, reply, settings, result.status, {
      values: {
        comment: submission.text,
        author: submission.name,
        email: submission.email,
        url: submission.url,
        consent,
        notifyReplies,
      },
      errors,
      message: { kind: 'error', text: message },
      parentNumber: submission.parentNumber,
    });
  }

  rememberCommenter(ctx, reply, consent, submission);
  const { comment } = result;
  const subscribed =
    notifyReplies && (await subscribeAfterPosting(ctx, request, settings.title, comment));
  const path = (await ctx.stores.articles.pathOf(submission.articleId)) ?? '/';
  const shown =
    comment.status === 'approved' ? 'approved' : comment.status === 'pending' ? 'held' : 'received';
  const validUntil = new Date(ctx.clock().getTime() + settings.comments.heldNoticeMinutes * 60_000);
  const token =
    shown === 'held' ? createHeldNoticeToken(ctx.secret, comment.number, validUntil) : null;

  if (json) {
    return reply.code(201).send({
      status: shown,
      number: comment.number,
      parent: submission.parentNumber,
      message: subscribed ? `${MESSAGES[shown]} ${MESSAGES.subscribed}` : MESSAGES[shown],
      html:
        shown === 'received'
          ? null
          : await renderPostedComment(ctx, settings, submission.articleId, comment.number, path),
    });
  }
  const location =
    shown === 'approved'
      ? `${path}#comment-${comment.number}`
      : shown === 'held'
        ? `${path}?held=${token}#comment-${comment.number}`
        : `${path}#comments`;
  return reply.redirect(location, 303);
}

/** The new comment as it sits in the thread, for the page's script to insert. */
async function renderPostedComment(
  ctx: AppContext,
  settings: SiteSettings,
  articleId: number,
  number: number,
  path: string,
): Promise<string | null> {
  const comments = await ctx.stores.comments.listPublic(articleId, number);
  const stack = buildThread(comments, settings.comments.threadDepth);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.comment.number === number)
      return renderFragment(
        h(CommentItem, { comment: commentView({ ...node, replies: [] }, path, settings) }),
      );
    stack.push(...node.replies);
  }
  return null;
}

/** Name, email and website are remembered only when the reader ticked the box; otherwise forgotten. */
function rememberCommenter(
  ctx: AppContext,
  reply: FastifyReply,
  consent: boolean,
  submission: CommentSubmission,
): void {
  const options = {
    path: '/',
    sameSite: 'lax' as const,
    secure: ctx.config.publicUrl.startsWith('https:'),
    httpOnly: false,
  };
  const values = {
    author: submission.name.trim(),
    email: submission.email.trim(),
    url: submission.url.trim(),
  };
  for (const key of ['author', 'email', 'url'] as const) {
    if (consent && values[key])
      reply.setCookie(COMMENTER_COOKIES[key], values[key], {
        ...options,
        maxAge: REMEMBER_SECONDS,
      });
    else reply.clearCookie(COMMENTER_COOKIES[key], options);
  }
}

/** A refused comment: the article again, the reader's words kept, the problem beside its field. */
async function refuseWithForm(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  settings: SiteSettings,
  status: number,
  form: Pick<CommentFormView, 'values' | 'errors' | 'message' | 'parentNumber'>,
) {
  const articleId = positiveInt(text((request.body ?? {}) as Body, 'article'));
  const article = articleId
    ? await ctx.stores.articles.findPublicById(articleId, ctx.clock())
    : null;
  if (!article || !article.commentsOpen)
    return sendError(
      ctx,
      request,
      reply,
      status,
      form.message?.text ?? 'Your comment was not accepted.',
    );
  const { view } = await articlePageView(ctx, settings, article, {
    heldNumber: null,
    replyTo: null,
    form,
  });
  view.head.noindex = true;
  return sendPage(reply, h(ArticlePage, { view }), { status, personal: true });
}

export const methodNotAllowed =
  (ctx: AppContext) => (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('allow', 'POST');
    return sendError(
      ctx,
      request,
      reply,
      405,
      'Comments are sent with the form on an article page.',
    );
  };
