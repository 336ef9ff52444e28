import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { COMMENT_STATUSES } from '../../domain/comments/comment.ts';
import {
  ERASE_CAPABILITY,
  erasePersonalData,
  EXPORT_CAPABILITY,
  findPersonalData,
  personalDataDocument,
  type PersonalData,
} from '../../domain/comments/privacy/personal-data.ts';
import { can } from '../../domain/people/roles.ts';
import { timeView } from '../../render/format.ts';
import {
  plural,
  PrivacyPage,
  type PrivacyLookupView,
  type PrivacyPageView,
} from '../../render/admin/privacy-page.tsx';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { adminChrome, field, personOf } from './support.ts';

type Counts = Record<'erased' | 'subscriptions' | 'measures' | 'mail' | 'words', string>;

/**
 * `/admin/privacy`: a commenter's personal data, found by email address, exported as JSON and
 * erased. The address travels in POST bodies only, never in a URL, so it stays out of access logs
 * and browser history.
 */
export async function privacyRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const privacy = ctx.stores.privacy;

  const lookupView = async (
    key: string,
    data: PersonalData,
    confirmError: string | null,
  ): Promise<PrivacyLookupView> => {
    const settings = await ctx.stores.settings.site();
    const statuses = COMMENT_STATUSES.map((s) => [
      s,
      data.comments.filter((c) => c.status === s).length,
    ]).filter(([, n]) => n !== 0);
    return {
      email: key,
      comments: data.comments.map((c) => ({
        number: c.number,
        status: c.status,
        name: c.name,
        ip: c.ip,
        article: { headline: c.article.headline, href: c.article.path },
        time: timeView(c.createdAt, settings.language, settings.timeZone),
      })),
      byStatus: statuses.map(([s, n]) => `${n} ${s}`).join(', '),
      subscriptions: data.subscriptions.length,
      measures: data.measures.length,
      reports: data.reportsOnComments.length,
      mail: data.mailMentioning,
      wordListEntries: data.wordListEntries,
      staffAccount: data.staffAccount,
      erasable:
        data.comments.length +
          data.subscriptions.length +
          data.measures.length +
          data.mailMentioning +
          data.wordListEntries >
        0,
      confirmError,
    };
  };

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    view: Omit<PrivacyPageView, 'chrome' | 'canErase'>,
    status = 200,
  ) =>
    sendPage(
      reply,
      h(PrivacyPage, {
        view: {
          chrome: await adminChrome(ctx, request),
          canErase: can(personOf(request).role, ERASE_CAPABILITY),
          ...view,
        },
      }),
      { status },
    );

  app.get<{ Querystring: Partial<Counts> }>(
    '/',
    { config: { capability: EXPORT_CAPABILITY } },
    async (request, reply) => {
      const q = request.query;
      const n = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? +value : 0);
      const notice =
        q.erased === undefined
          ? null
          : [
              `Personal data erased from ${plural(n(q.erased), 'comment', 'comments')}; they now show as Anonymous`,
              n(q.subscriptions) &&
                `${plural(n(q.subscriptions), 'reply notification', 'reply notifications')} deleted`,
              n(q.measures) && `${plural(n(q.measures), 'hold or ban', 'holds or bans')} lifted`,
              n(q.mail) &&
                `${plural(n(q.mail), 'mail message', 'mail messages')} deleted or cleared of the address`,
              n(q.words) && `${plural(n(q.words), 'word list entry', 'word list entries')} removed`,
            ]
              .filter(Boolean)
              .join('; ') + '.';
      return page(request, reply, { email: '', emailError: null, notice, result: null });
    },
  );

  app.post('/', { config: { capability: EXPORT_CAPABILITY } }, async (request, reply) => {
    const email = field(request, 'email');
    const found = await findPersonalData({ privacy }, personOf(request), email);
    if (!found.ok) {
      if (found.status === 403) return sendError(ctx, request, reply, 403, found.message);
      return page(
        request,
        reply,
        { email, emailError: found.message, notice: null, result: null },
        400,
      );
    }
    return page(request, reply, {
      email: found.key,
      emailError: null,
      notice: null,
      result: await lookupView(found.key, found.data, null),
    });
  });

  app.post('/export', { config: { capability: EXPORT_CAPABILITY } }, async (request, reply) => {
    const email = field(request, 'email');
    const found = await findPersonalData({ privacy }, personOf(request), email);
    if (!found.ok) {
      if (found.status === 403) return sendError(ctx, request, reply, 403, found.message);
      return page(
        request,
        reply,
        { email, emailError: found.message, notice: null, result: null },
        400,
      );
    }
    const settings = await ctx.stores.settings.site();
    const now = ctx.clock();
    const document = personalDataDocument(
      found.key,
      found.data,
      { title: settings.title, url: ctx.config.publicUrl },
      now,
    );
    // The address is not in the file name: downloads folders and logs list names.
    const name = `personal-data-${now.toISOString().slice(0, 10)}.json`;
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(`${JSON.stringify(document, null, 2)}\n`);
  });

  app.post('/erase', { config: { capability: ERASE_CAPABILITY } }, async (request, reply) => {
    const email = field(request, 'email');
    const result = await erasePersonalData({ privacy, clock: ctx.clock }, personOf(request), {
      address: email,
      confirmed: field(request, 'confirm') === 'yes',
    });
    if (result.ok) {
      const c = result.counts;
      const counts: Counts = {
        erased: String(c.comments),
        subscriptions: String(c.subscriptions),
        measures: String(c.measures),
        mail: String(c.mail),
        words: String(c.wordListEntries),
      };
      return reply.redirect(`/admin/privacy?${new URLSearchParams(counts)}`, 303);
    }
    if (result.status === 403) return sendError(ctx, request, reply, 403, result.message);
    if (result.field === 'email' || result.field === null)
      return page(
        request,
        reply,
        { email, emailError: result.message, notice: null, result: null },
        400,
      );
    // Not confirmed: show again what would be erased, with the message at the box.
    const found = await findPersonalData({ privacy }, personOf(request), email);
    if (!found.ok) return sendError(ctx, request, reply, found.status, found.message);
    return page(
      request,
      reply,
      {
        email: found.key,
        emailError: null,
        notice: null,
        result: await lookupView(found.key, found.data, result.message),
      },
      400,
    );
  });
}
