import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { articlePath } from '../../domain/articles/article.ts';
import { REPORT_REASONS, reportComment } from '../../domain/comments/report-comment.ts';
import { safeEqual } from '../../domain/people/secrets.ts';
import { ReportPage, type ReportPageView } from '../../render/report-page.tsx';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage, wantsJson } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { chrome } from './views.ts';

/**
 * Half of the report form's defence against other sites: a random value in a same-site cookie
 * that the form must echo. A page elsewhere can post the form, but the browser will not send
 * this cookie with it, so the report is refused.
 */
const REPORT_COOKIE = 'dl_report';

const REASONS = Object.entries(REPORT_REASONS).map(([value, label]) => ({ value, label }));

type Params = { Params: { number: string } };

/** Readers report a published comment to the moderators. */
export async function reportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get<Params>('/comments/:number/report', (req, reply) => reportPage(ctx, req, reply));
  app.post<Params>('/comments/:number/report', { bodyLimit: 16 * 1024 }, (req, reply) =>
    sendReport(ctx, req, reply),
  );
}

/** Only what readers can see can be reported: an approved comment on a published article. */
async function reportable(ctx: AppContext, number: number | null) {
  const comment = number ? await ctx.stores.comments.findPublic(number) : null;
  if (!comment || comment.status !== 'approved') return null;
  const articleId = await ctx.stores.comments.articleIdOf(comment.number);
  const article = articleId
    ? await ctx.stores.articles.findPublicById(articleId, ctx.clock())
    : null;
  return article ? { comment, article } : null;
}

const notFound = (ctx: AppContext, request: FastifyRequest, reply: FastifyReply) =>
  sendError(ctx, request, reply, 404, 'There is no such comment to report.', {
    title: 'Comment not found',
  });

async function page(
  ctx: AppContext,
  request: FastifyRequest<Params>,
  reply: FastifyReply,
  state: { status: number; message: ReportPageView['message']; done: boolean },
) {
  const found = await reportable(ctx, positiveInt(request.params.number));
  if (!found) return notFound(ctx, request, reply);
  const { comment, article } = found;
  let token = request.cookies[REPORT_COOKIE] ?? '';
  if (!/^[\w-]{22,64}$/.test(token)) {
    token = randomBytes(18).toString('base64url');
    reply.setCookie(REPORT_COOKIE, token, {
      path: '/comments',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.publicUrl.startsWith('https:'),
    });
  }
  const settings = await ctx.stores.settings.site();
  return sendPage(
    reply,
    h(ReportPage, {
      view: {
        chrome: await chrome(ctx, settings),
        number: comment.number,
        authorName: comment.authorName,
        html: comment.html,
        articleHref: articlePath(article),
        reasons: REASONS,
        token,
        message: state.message,
        done: state.done,
      },
    }),
    { status: state.status, personal: true },
  );
}

const reportPage = (ctx: AppContext, request: FastifyRequest<Params>, reply: FastifyReply) =>
  page(ctx, request, reply, { status: 200, message: null, done: false });

async function sendReport(ctx: AppContext, request: FastifyRequest<Params>, reply: FastifyReply) {
  const number = positiveInt(request.params.number);
  if (number === null) return reply.callNotFound();
  const body = (request.body ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const json = wantsJson(request.headers.accept);
  const cookie = request.cookies[REPORT_COOKIE] ?? '';
  const refuse = (status: number, message: string) =>
    json
      ? sendError(ctx, request, reply, status, message)
      : page(ctx, request, reply, {
          status,
          message: { kind: 'error', text: message },
          done: false,
        });
  if (!cookie || !safeEqual(cookie, text('_token')))
    return refuse(
      403,
      'This report did not come from the report form on this site. Please use the Report link under the comment (your browser needs to accept cookies from this site).',
    );
  if (!(await reportable(ctx, number))) return notFound(ctx, request, reply);
  const settings = await ctx.stores.settings.site();
  const result = await reportComment(
    {
      reports: ctx.stores.moderation,
      counter: ctx.counter,
      clock: ctx.clock,
      secret: ctx.secret,
      threshold: settings.comments.reportThreshold,
    },
    { number, reason: text('reason'), ip: request.ip },
  );
  if (!result.ok) {
    if (result.retryAfterSeconds) reply.header('retry-after', String(result.retryAfterSeconds));
    return refuse(result.status, result.reason);
  }
  const message = result.alreadyReported
    ? 'You have already reported this comment. A moderator will look at it.'
    : 'Thank you. A moderator will look at this comment.';
  if (json) return reply.code(result.alreadyReported ? 200 : 201).send({ message });
  return page(ctx, request, reply, {
    status: 200,
    message: { kind: 'notice', text: message },
    done: true,
  });
}
