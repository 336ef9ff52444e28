import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { isCommentStatus } from '../../domain/comments/comment.ts';
import { isModerationAction, moderateComment } from '../../domain/comments/moderate-comment.ts';
import { CommentsPage } from '../../render/admin/comments-page.tsx';
import { timeView } from '../../render/format.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { adminChrome, field, personOf } from './support.ts';

/** Held comments and the other status lists, with approve / unapprove / spam / trash. */
export async function commentRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get<{ Querystring: { status?: string; done?: string } }>(
    '/comments',
    { config: { capability: 'moderate_comments' } },
    async (request, reply) => {
      const status = isCommentStatus(request.query.status ?? '')
        ? request.query.status!
        : 'pending';
      if (!isCommentStatus(status)) return reply.callNotFound();
      const settings = await ctx.stores.settings.site();
      const { items, counts } = await ctx.stores.comments.listForModeration(status);
      const done = positiveInt(request.query.done);
      return sendPage(
        reply,
        h(CommentsPage, {
          view: {
            chrome: await adminChrome(ctx, request),
            status,
            counts,
            notice: done ? `Comment ${done} moved.` : null,
            items: items.map((c) => ({
              number: c.number,
              authorName: c.authorName,
              authorEmail: c.authorEmail,
              authorUrl: c.authorUrl,
              authorIp: c.authorIp,
              html: c.html,
              time: timeView(c.createdAt, settings.language, settings.timeZone),
              article: { headline: c.article.headline, href: c.article.path },
              why: c.lastDecision
                ? c.lastDecision.byPerson
                  ? `${c.lastDecision.reason} (${c.lastDecision.byPerson})`
                  : `${c.lastDecision.reason} (rule: ${c.lastDecision.rule})`
                : '',
            })),
          },
        }),
      );
    },
  );

  app.post<{ Params: { number: string } }>(
    '/comments/:number',
    { config: { capability: 'moderate_comments' } },
    async (request, reply) => {
      const number = positiveInt(request.params.number);
      const action = field(request, 'action');
      if (number === null) return reply.callNotFound();
      if (!isModerationAction(action))
        return sendError(ctx, request, reply, 400, 'Choose approve, unapprove, spam or trash.');
      const result = await moderateComment(
        { comments: ctx.stores.comments, clock: ctx.clock },
        personOf(request),
        number,
        action,
      );
      if (!result.ok) return sendError(ctx, request, reply, result.status, result.reason);
      const back = field(request, 'return');
      const status = isCommentStatus(back) ? back : 'pending';
      return reply.redirect(`/admin/comments?status=${status}&done=${number}`, 303);
    },
  );
}
