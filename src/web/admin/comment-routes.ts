import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { CommentStatus } from '../../domain/comments/comment.ts';
import { isDeskQueue, type DeskItem, type DeskQueue } from '../../domain/comments/desk.ts';
import { editComment } from '../../domain/comments/edit-comment.ts';
import { featureComment } from '../../domain/comments/feature-comment.ts';
import {
  isModerationAction,
  moderateComment,
  moderateComments,
  type ModerationAction,
} from '../../domain/comments/moderate-comment.ts';
import { replyAsStaff } from '../../domain/comments/reply-as-staff.ts';
import { REPORT_REASONS } from '../../domain/comments/report-comment.ts';
import {
  changeDiscussionRules,
  changeWordLists,
  RULE_NUMBERS,
  type RuleNumber,
} from '../../domain/comments/update-comment-settings.ts';
import { can } from '../../domain/people/roles.ts';
import {
  isArticleCommentAction,
  setArticleComments,
} from '../../domain/comments/set-article-comments.ts';
import {
  liftCommenterMeasure,
  setCommenterMeasure,
} from '../../domain/comments/set-commenter-measure.ts';
import type { SiteSettings } from '../../domain/settings.ts';
import {
  CommentSettingsPage,
  DeskPage,
  EditCommentPage,
  LogPage,
  MeasuresPage,
  type CommentSettingsView,
  type DeskAction,
  type DeskArticleView,
  type DeskItemView,
  type MeasuresView,
} from '../../render/admin/desk-pages.tsx';
import { timeView } from '../../render/format.ts';
import type { DeskArticle } from '../../domain/comments/desk.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage, wantsJson } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { adminChrome, field, fields, personOf } from './support.ts';

const PAGE_SIZE = 50;
const DESK = '/admin/comments';

interface DeskQuery {
  queue?: string;
  /** The old name of `queue`, still understood. */
  status?: string;
  article?: string;
  commenter?: string;
  text?: string;
  order?: string;
  page?: string;
  done?: string;
}

/** What each queue offers; the first three have shortcut keys. */
const QUEUE_ACTIONS: Record<DeskQueue, DeskAction[]> = {
  pending: [
    { action: 'approve', label: 'Approve', key: 'a' },
    { action: 'spam', label: 'Spam', key: 's' },
    { action: 'trash', label: 'Trash', key: 't' },
  ],
  reported: [
    { action: 'approve', label: 'Keep', key: 'a' },
    { action: 'hold', label: 'Unapprove' },
    { action: 'spam', label: 'Spam', key: 's' },
    { action: 'trash', label: 'Trash', key: 't' },
  ],
  approved: [
    { action: 'hold', label: 'Unapprove' },
    { action: 'spam', label: 'Spam', key: 's' },
    { action: 'trash', label: 'Trash', key: 't' },
  ],
  spam: [
    { action: 'restore', label: 'Not spam', key: 'a' },
    { action: 'trash', label: 'Trash', key: 't' },
  ],
  trash: [
    { action: 'restore', label: 'Restore', key: 'a' },
    { action: 'spam', label: 'Spam', key: 's' },
  ],
};

const DONE_TEXT: Record<string, string> = {
  approve: 'approved',
  hold: 'sent back to pending',
  spam: 'marked as spam',
  trash: 'moved to the trash',
  restore: 'restored',
  feature: 'featured',
  unfeature: 'no longer featured',
  reply: 'answered',
  edit: 'edited',
};

/** The moderation desk: queues, decisions, commenters, per-article controls and the log. */
export async function commentRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const moderate = { capability: 'moderate_comments' } as const;

  app.get<{ Querystring: DeskQuery }>('/comments', { config: moderate }, (req, reply) =>
    deskPage(ctx, req, reply, req.query),
  );
  app.post('/comments/bulk', { config: moderate }, (req, reply) => bulkAction(ctx, req, reply));
  app.post<{ Params: { number: string } }>(
    '/comments/:number',
    { config: moderate },
    (req, reply) => commentAction(ctx, req, reply),
  );
  app.post<{ Params: { number: string } }>(
    '/comments/:number/reply',
    { config: moderate },
    (req, reply) => staffReply(ctx, req, reply),
  );
  app.get<{ Params: { number: string }; Querystring: { return?: string } }>(
    '/comments/:number/edit',
    { config: moderate },
    (req, reply) => editPage(ctx, req, reply),
  );
  app.post<{ Params: { number: string } }>(
    '/comments/:number/edit',
    { config: moderate },
    (req, reply) => saveEdit(ctx, req, reply),
  );
  app.post<{ Params: { id: string } }>(
    '/comments/articles/:id',
    { config: moderate },
    (req, reply) => articleAction(ctx, req, reply),
  );
  app.get<{ Querystring: { from?: string; done?: string } }>(
    '/comments/commenters',
    { config: moderate },
    (req, reply) => measuresPage(ctx, req, reply),
  );
  app.post('/comments/commenters', { config: moderate }, (req, reply) =>
    addMeasure(ctx, req, reply),
  );
  app.post<{ Params: { id: string } }>(
    '/comments/commenters/:id/lift',
    { config: moderate },
    (req, reply) => liftMeasure(ctx, req, reply),
  );
  app.get<{ Querystring: { done?: string } }>(
    '/comments/settings',
    { config: moderate },
    (req, reply) => settingsPage(ctx, req, reply),
  );
  app.post('/comments/settings/words', { config: moderate }, (req, reply) =>
    saveWordLists(ctx, req, reply),
  );
  app.post('/comments/settings/rules', { config: { capability: 'manage_site' } }, (req, reply) =>
    saveRules(ctx, req, reply),
  );
  app.get<{ Querystring: { comment?: string; page?: string } }>(
    '/comments/log',
    { config: moderate },
    (req, reply) => logPage(ctx, req, reply),
  );
}

// The desk

function deskHref(
  query: Partial<Record<'queue' | 'article' | 'commenter' | 'text' | 'order' | 'page', string>>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (
      value &&
      !(key === 'queue' && value === 'pending') &&
      !(key === 'order' && value === 'newest') &&
      !(key === 'page' && value === '1')
    )
      params.set(key, value);
  const search = params.toString();
  return search ? `${DESK}?${search}` : DESK;
}

/** Where a form sends the moderator back: only ever a desk address on this site. */
function backTo(request: FastifyRequest, fallback = DESK): string {
  const back = field(request, 'return');
  return /^\/admin\/comments(?:[/?#]|$)/.test(back) && !back.includes('//') ? back : fallback;
}

/** The desk again, saying what was done. */
const withDone = (href: string, done: string) => {
  const [path, search = ''] = href.split('?');
  const params = new URLSearchParams(search);
  params.set('done', done);
  return `${path}?${params.toString()}`;
};

/**
 * A refused decision: the desk the moderator came from, again, with the reason and the status
 * that says what went wrong (400, 404, 409).
 */
function deskWithError(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  reason: string,
  draft: { number: number; text: string } | null = null,
) {
  const search = backTo(request).split('?')[1] ?? '';
  const query = Object.fromEntries(new URLSearchParams(search)) as DeskQuery;
  return deskPage(ctx, request, reply, query, { status, text: reason, draft });
}

async function deskPage(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  q: DeskQuery,
  /** A refused decision; a refused reply keeps its words. */
  error: {
    status: number;
    text: string;
    draft?: { number: number; text: string } | null;
  } | null = null,
) {
  const queueName = q.queue ?? q.status ?? 'pending';
  if (!isDeskQueue(queueName)) return reply.callNotFound();
  const queue: DeskQueue = queueName;
  const settings = await ctx.stores.settings.site();
  const articleId = positiveInt(q.article);
  const commenter = (q.commenter ?? '').slice(0, 200);
  const text = (q.text ?? '').slice(0, 200);
  const order = q.order === 'oldest' ? 'oldest' : 'newest';
  const page = positiveInt(q.page) ?? 1;
  const { items, counts, total } = await ctx.stores.moderation.listQueue({
    queue,
    articleId,
    commenter,
    text,
    order,
    reportThreshold: settings.comments.reportThreshold,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const [article, surges] = await Promise.all([
    articleId ? ctx.stores.moderation.deskArticle(articleId) : null,
    ctx.stores.moderation.surgingArticles(),
  ]);
  if (articleId && !article) return reply.callNotFound();
  const filters = {
    article: articleId ? String(articleId) : '',
    commenter,
    text,
    order,
  };
  const here = deskHref({ queue, ...filters, page: String(page) });
  const time = (d: Date) => timeView(d, settings.language, settings.timeZone);
  const articleView = (a: DeskArticle): DeskArticleView => ({
    id: a.id,
    headline: a.headline,
    href: a.path,
    deskHref: deskHref({ queue, article: String(a.id) }),
    mode: a.commentMode,
    surgeSince: a.surgeSince && time(a.surgeSince),
  });
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  return sendPage(
    reply,
    h(DeskPage, {
      view: {
        chrome: await adminChrome(ctx, request),
        script: ctx.assets.deskScript,
        queue,
        counts,
        queueHrefs: {
          pending: deskHref({ ...filters, queue: 'pending' }),
          reported: deskHref({ ...filters, queue: 'reported' }),
          approved: deskHref({ ...filters, queue: 'approved' }),
          spam: deskHref({ ...filters, queue: 'spam' }),
          trash: deskHref({ ...filters, queue: 'trash' }),
        },
        filter: { articleId, commenter, text, order },
        clearFilterHref:
          articleId || commenter || text || order !== 'newest' ? deskHref({ queue }) : null,
        here,
        article: article && articleView(article),
        surges: surges.map(articleView),
        items: items.map((item) => ({
          ...deskItemView(item, queue, here, settings),
          replyDraft: error?.draft?.number === item.number ? error.draft.text : '',
        })),
        bulkActions: QUEUE_ACTIONS[queue].map((a) => ({ action: a.action, label: a.label })),
        notice: error ? null : doneNotice(q.done),
        error: error?.text ?? null,
        paging: {
          from,
          to: Math.min(total, page * PAGE_SIZE),
          total,
          newer: page > 1 ? deskHref({ queue, ...filters, page: String(page - 1) }) : null,
          older:
            page * PAGE_SIZE < total
              ? deskHref({ queue, ...filters, page: String(page + 1) })
              : null,
        },
      },
    }),
    { status: error?.status ?? 200 },
  );
}

function doneNotice(done: string | undefined): string | null {
  const match = /^([a-z]+):([\d,]{1,200})$/.exec(done ?? '');
  if (!match || !DONE_TEXT[match[1]!]) return null;
  const numbers = match[2]!.split(',').filter(Boolean);
  return numbers.length === 1
    ? `Comment ${numbers[0]} ${DONE_TEXT[match[1]!]}.`
    : `${numbers.length} comments ${DONE_TEXT[match[1]!]}.`;
}

const excerpt = (text: string, length = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : flat;
};

const STATUS_WORDS: Record<CommentStatus, string> = {
  approved: 'approved',
  pending: 'held',
  spam: 'spam',
  trash: 'trashed',
};

function deskItemView(
  item: DeskItem,
  queue: DeskQueue,
  here: string,
  settings: SiteSettings,
): DeskItemView {
  const record = (Object.keys(STATUS_WORDS) as CommentStatus[])
    .filter((s) => item.history[s] > 0)
    .map((s) => `${item.history[s]} ${STATUS_WORDS[s]}`);
  const why = item.why;
  const whyText = !why
    ? ''
    : why.actor === 'rule'
      ? `${why.reason} (rule: ${why.rule ?? 'unknown'}, ${timeView(why.at, settings.language, settings.timeZone).text})`
      : `${why.reason} (${why.personName ?? 'a former staff member'}, ${timeView(why.at, settings.language, settings.timeZone).text})`;
  const reports = item.reportReasons
    .map((r) => `${REPORT_REASONS[r.reason]}${r.count > 1 ? ` ×${r.count}` : ''}`)
    .join(', ');
  const actions = [...QUEUE_ACTIONS[queue]];
  if (item.status === 'approved')
    actions.push(
      item.featured
        ? { action: 'unfeature', label: 'Unfeature' }
        : { action: 'feature', label: 'Feature' },
    );
  return {
    number: item.number,
    authorName: item.authorName,
    authorEmail: item.authorEmail,
    authorUrl: item.authorUrl,
    authorIp: item.authorIp,
    byStaff: item.byStaff,
    featured: item.featured,
    html: item.html,
    time: timeView(item.createdAt, settings.language, settings.timeZone),
    article: {
      headline: item.article.headline,
      href: item.article.path,
      deskHref: deskHref({ queue, article: String(item.article.id) }),
    },
    parent: item.parent && {
      number: item.parent.number,
      authorName: item.parent.authorName,
      excerpt: excerpt(item.parent.text),
      held: item.parent.status !== 'approved',
    },
    record: !item.authorEmail
      ? 'No email address'
      : record.length === 0
        ? 'First comment from this email address'
        : `Other comments from this address: ${record.join(', ')}`,
    commenterHref: item.authorEmail
      ? deskHref({ queue: 'approved', commenter: item.authorEmail })
      : null,
    why: whyText,
    reports: item.openReports > 0 ? `${item.openReports} open reports: ${reports}` : '',
    actions,
    canReply: item.status === 'approved' || item.status === 'pending',
    replyDraft: '',
    editHref: `${DESK}/${item.number}/edit?return=${encodeURIComponent(here)}`,
    measuresHref: `${DESK}/commenters?from=${item.number}`,
    logHref: `${DESK}/log?comment=${item.number}`,
  };
}

// Decisions

async function runAction(
  ctx: AppContext,
  request: FastifyRequest,
  number: number,
  action: string,
): Promise<{ ok: true } | { ok: false; status: number; reason: string }> {
  const person = personOf(request);
  if (action === 'feature' || action === 'unfeature')
    return featureComment(
      { comments: ctx.stores.moderation, clock: ctx.clock },
      person,
      number,
      action === 'feature',
    );
  if (!isModerationAction(action))
    return { ok: false, status: 400, reason: 'Choose approve, spam, trash or restore.' };
  return moderateComment(
    { comments: ctx.stores.comments, clock: ctx.clock },
    person,
    number,
    action,
  );
}

async function commentAction(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { number: string } }>,
  reply: FastifyReply,
) {
  const number = positiveInt(request.params.number);
  if (number === null) return reply.callNotFound();
  const action = field(request, 'action');
  const result = await runAction(ctx, request, number, action);
  if (wantsJson(request.headers.accept)) {
    if (!result.ok) return sendError(ctx, request, reply, result.status, result.reason);
    return reply.send({ number, action, message: doneNotice(`${action}:${number}`) });
  }
  if (!result.ok) {
    if (result.status === 403) return sendError(ctx, request, reply, 403, result.reason);
    return deskWithError(ctx, request, reply, result.status, result.reason);
  }
  return reply.redirect(withDone(backTo(request), `${action}:${number}`), 303);
}

async function bulkAction(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const action = field(request, 'bulk');
  const numbers = fields(request, 'selected')
    .map(positiveInt)
    .filter((n): n is number => n !== null)
    .slice(0, 500);
  if (!isModerationAction(action))
    return deskWithError(ctx, request, reply, 400, 'Choose what to do with the selection.');
  if (numbers.length === 0)
    return deskWithError(ctx, request, reply, 400, 'Select the comments first.');
  const { moved, failed } = await moderateComments(
    { comments: ctx.stores.comments, clock: ctx.clock },
    personOf(request),
    numbers,
    action satisfies ModerationAction,
  );
  if (failed.length > 0)
    return deskWithError(
      ctx,
      request,
      reply,
      409,
      `${moved} moved; ${failed.length} not: ${failed
        .slice(0, 3)
        .map((f) => `${f.number}: ${f.reason}`)
        .join(' ')}`,
    );
  return reply.redirect(withDone(backTo(request), `${action}:${numbers.join(',')}`), 303);
}

async function staffReply(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { number: string } }>,
  reply: FastifyReply,
) {
  const number = positiveInt(request.params.number);
  if (number === null) return reply.callNotFound();
  const settings = await ctx.stores.settings.site();
  const person = personOf(request);
  const text = field(request, `reply-${number}`) || field(request, 'text');
  const result = await replyAsStaff(
    {
      comments: ctx.stores.comments,
      moderation: ctx.stores.comments,
      counter: ctx.counter,
      settings: settings.comments,
      clock: ctx.clock,
      formSecret: ctx.secret,
    },
    person,
    {
      parentNumber: number,
      text,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? '',
    },
  );
  const json = wantsJson(request.headers.accept);
  if (!result.ok) {
    const reason = result.rejections[0]?.reason ?? 'The reply was not posted.';
    if (json || result.status === 403) return sendError(ctx, request, reply, result.status, reason);
    return deskWithError(ctx, request, reply, result.status, reason, { number, text });
  }
  if (json) return reply.code(201).send({ number: result.comment.number, parent: number });
  return reply.redirect(withDone(backTo(request), `reply:${number}`), 303);
}

async function editPage(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { number: string }; Querystring: { return?: string } }>,
  reply: FastifyReply,
  error: { status: number; text: string; draft: string } | null = null,
) {
  const number = positiveInt(request.params.number);
  const comment = number ? await ctx.stores.moderation.findForDesk(number) : null;
  if (!comment) return reply.callNotFound();
  const back =
    error === null
      ? /^\/admin\/comments(?:[/?#]|$)/.test(request.query.return ?? '') &&
        !(request.query.return ?? '').includes('//')
        ? request.query.return!
        : DESK
      : backTo(request);
  return sendPage(
    reply,
    h(EditCommentPage, {
      view: {
        chrome: await adminChrome(ctx, request),
        number: comment.number,
        authorName: comment.authorName,
        article: { headline: comment.article.headline, href: comment.article.path },
        text: error ? error.draft : comment.text,
        error: error?.text ?? null,
        back,
      },
    }),
    { status: error?.status ?? 200 },
  );
}

async function saveEdit(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { number: string } }>,
  reply: FastifyReply,
) {
  const number = positiveInt(request.params.number);
  if (number === null) return reply.callNotFound();
  const text = field(request, 'text');
  const result = await editComment(
    { comments: ctx.stores.moderation, clock: ctx.clock },
    personOf(request),
    number,
    text,
    field(request, 'note'),
  );
  if (!result.ok) {
    if (result.status === 404 || result.status === 403)
      return sendError(ctx, request, reply, result.status, result.reason);
    return editPage(ctx, request as never, reply, {
      status: result.status,
      text: result.reason,
      draft: text,
    });
  }
  return reply.redirect(withDone(backTo(request), `edit:${number}`), 303);
}

async function articleAction(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
) {
  const id = positiveInt(request.params.id);
  if (id === null) return reply.callNotFound();
  const action = field(request, 'action');
  if (!isArticleCommentAction(action))
    return sendError(ctx, request, reply, 400, 'Choose open, hold, close or end surge mode.');
  const result = await setArticleComments(
    { articles: ctx.stores.moderation, clock: ctx.clock },
    personOf(request),
    id,
    action,
  );
  if (!result.ok) return sendError(ctx, request, reply, result.status, result.reason);
  return reply.redirect(backTo(request, deskHref({ article: String(id) })), 303);
}

// Commenters

async function measuresPage(
  ctx: AppContext,
  request: FastifyRequest<{ Querystring: { from?: string; done?: string } }>,
  reply: FastifyReply,
  state: { status: number; form: MeasuresView['form']; error: MeasuresView['error'] } | null = null,
) {
  const fromNumber = positiveInt(request.query.from);
  const from = fromNumber ? await ctx.stores.moderation.findForDesk(fromNumber) : null;
  const settings = await ctx.stores.settings.site();
  const measures = await ctx.stores.moderation.listMeasures(ctx.clock());
  const day = (d: Date) => timeView(d, settings.language, settings.timeZone).text;
  return sendPage(
    reply,
    h(MeasuresPage, {
      view: {
        chrome: await adminChrome(ctx, request),
        measures: measures.map((m) => ({
          id: m.id,
          what: m.kind === 'ban' ? 'Banned' : 'Held',
          value: m.value,
          note: m.note,
          until: m.expiresAt ? day(m.expiresAt) : 'Until lifted',
          by: `${m.byPerson ?? 'A former staff member'}, ${day(m.createdAt)}`,
          active: m.active,
        })),
        form: state?.form ?? {
          kind: 'hold',
          match: 'email',
          value: from?.authorEmail ?? '',
          days: '',
          note: '',
          from: from && {
            number: from.number,
            name: from.authorName,
            email: from.authorEmail,
            ip: from.authorIp,
          },
        },
        error: state?.error ?? null,
        notice:
          request.query.done === 'saved'
            ? 'Saved.'
            : request.query.done === 'lifted'
              ? 'Lifted.'
              : null,
      },
    }),
    { status: state?.status ?? 200 },
  );
}

async function addMeasure(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const input = {
    kind: field(request, 'kind'),
    match: field(request, 'match'),
    value: field(request, 'value'),
    days: field(request, 'days'),
    note: field(request, 'note'),
  };
  const result = await setCommenterMeasure(
    { measures: ctx.stores.moderation, clock: ctx.clock },
    personOf(request),
    input,
  );
  if (!result.ok) {
    if (result.status === 403) return sendError(ctx, request, reply, 403, result.reason);
    return measuresPage(ctx, request as never, reply, {
      status: result.status,
      form: { ...input, from: null },
      error: { field: result.field ?? null, text: result.reason },
    });
  }
  return reply.redirect(`${DESK}/commenters?done=saved`, 303);
}

async function liftMeasure(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
) {
  const id = positiveInt(request.params.id);
  if (id === null) return reply.callNotFound();
  const result = await liftCommenterMeasure(
    { measures: ctx.stores.moderation, clock: ctx.clock },
    personOf(request),
    id,
  );
  if (!result.ok) return sendError(ctx, request, reply, result.status, result.reason);
  return reply.redirect(`${DESK}/commenters?done=lifted`, 303);
}

// The log

async function logPage(
  ctx: AppContext,
  request: FastifyRequest<{ Querystring: { comment?: string; page?: string } }>,
  reply: FastifyReply,
) {
  const commentNumber = positiveInt(request.query.comment);
  const page = positiveInt(request.query.page) ?? 1;
  const settings = await ctx.stores.settings.site();
  const { entries, total } = await ctx.stores.moderation.listLog({
    commentNumber,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const link = (p: number) =>
    `${DESK}/log?${new URLSearchParams({
      ...(commentNumber ? { comment: String(commentNumber) } : {}),
      page: String(p),
    }).toString()}`;
  return sendPage(
    reply,
    h(LogPage, {
      view: {
        chrome: await adminChrome(ctx, request),
        commentNumber,
        rows: entries.map((e) => ({
          time: timeView(e.at, settings.language, settings.timeZone),
          commentNumber: e.commentNumber,
          commentHref: `${DESK}/log?comment=${e.commentNumber}`,
          article: e.articleHeadline,
          who:
            e.actor === 'rule'
              ? `Rule: ${e.rule ?? 'unknown'}`
              : (e.personName ?? 'A former staff member'),
          change:
            e.from === null
              ? `Arrived as ${e.to}`
              : e.from === e.to
                ? `Stayed ${e.to}`
                : `${e.from} → ${e.to}`,
          reason:
            e.dismissedReports > 0
              ? `${e.reason} (${e.dismissedReports} open reports dismissed)`
              : e.reason,
          textBefore: e.textBefore,
        })),
        paging: {
          newer: page > 1 ? link(page - 1) : null,
          older: page * PAGE_SIZE < total ? link(page + 1) : null,
        },
      },
    }),
  );
}

// Word lists and discussion rules

const RULE_VALUES = ({ comments: c, privacy }: SiteSettings): Record<RuleNumber, number> => ({
  maxLinks: c.maxLinks,
  floodSeconds: c.floodSeconds,
  minSubmitSeconds: c.minSubmitSeconds,
  perIpPerHour: c.rateLimits.perIpPerHour,
  perEmailPerHour: c.rateLimits.perEmailPerHour,
  surgeComments: c.surge.comments,
  surgeMinutes: c.surge.minutes,
  reportThreshold: c.reportThreshold,
  digestMinutes: c.notifications.digestMinutes,
  ipRetentionDays: privacy.ipRetentionDays,
});

async function settingsPage(
  ctx: AppContext,
  request: FastifyRequest<{ Querystring: { done?: string } }>,
  reply: FastifyReply,
  state: {
    status: number;
    error: NonNullable<CommentSettingsView['error']>;
    words?: CommentSettingsView['words'];
    numbers?: Partial<Record<RuleNumber, string>>;
  } | null = null,
) {
  const settings = await ctx.stores.settings.site();
  const { comments } = settings;
  const values = RULE_VALUES(settings);
  const body = (name: string) => field(request, name);
  const rulesRetry = state?.error.form === 'rules';
  return sendPage(
    reply,
    h(CommentSettingsPage, {
      view: {
        chrome: await adminChrome(ctx, request),
        words: state?.words ?? {
          moderationWords: comments.moderationWords.join('\n'),
          disallowedWords: comments.disallowedWords.join('\n'),
          disallowedAction: comments.disallowedAction,
        },
        rules: can(personOf(request).role, 'manage_site')
          ? {
              numbers: (Object.keys(RULE_NUMBERS) as RuleNumber[]).map((name) => ({
                name,
                label: RULE_NUMBERS[name].label,
                min: RULE_NUMBERS[name].min,
                max: RULE_NUMBERS[name].max,
                value: state?.numbers?.[name] ?? String(values[name]),
              })),
              manualModeration: rulesRetry
                ? body('manualModeration') === 'yes'
                : comments.manualModeration,
              previouslyApproved: rulesRetry
                ? body('previouslyApproved') === 'yes'
                : comments.previouslyApproved,
              spamCheckEnabled: rulesRetry
                ? body('spamCheckEnabled') === 'yes'
                : comments.spamCheck.enabled,
              spamCheckUrl: rulesRetry ? body('spamCheckUrl') : comments.spamCheck.url,
              spamCheckKey: rulesRetry ? body('spamCheckKey') : comments.spamCheck.key,
            }
          : null,
        error: state?.error ?? null,
        notice: request.query?.done === 'saved' ? 'Saved.' : null,
      },
    }),
    { status: state?.status ?? 200 },
  );
}

async function saveWordLists(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const input = {
    moderationWords: field(request, 'moderationWords'),
    disallowedWords: field(request, 'disallowedWords'),
    disallowedAction: field(request, 'disallowedAction'),
  };
  const result = changeWordLists(personOf(request), input);
  if (!result.ok) {
    if (result.status === 403) return sendError(ctx, request, reply, 403, result.reason);
    return settingsPage(ctx, request as never, reply, {
      status: result.status,
      error: { form: 'words', field: result.field, text: result.reason },
      words: input,
    });
  }
  await ctx.stores.settings.updateSite({ comments: result.change });
  return reply.redirect(`${DESK}/settings?done=saved`, 303);
}

async function saveRules(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const numbers = Object.fromEntries(
    (Object.keys(RULE_NUMBERS) as RuleNumber[]).map((name) => [name, field(request, name)]),
  ) as Record<RuleNumber, string>;
  const result = changeDiscussionRules(personOf(request), {
    ...numbers,
    manualModeration: field(request, 'manualModeration') === 'yes',
    previouslyApproved: field(request, 'previouslyApproved') === 'yes',
    spamCheckEnabled: field(request, 'spamCheckEnabled') === 'yes',
    spamCheckUrl: field(request, 'spamCheckUrl'),
    spamCheckKey: field(request, 'spamCheckKey'),
  });
  if (!result.ok) {
    if (result.status === 403) return sendError(ctx, request, reply, 403, result.reason);
    return settingsPage(ctx, request as never, reply, {
      status: result.status,
      error: { form: 'rules', field: result.field, text: result.reason },
      numbers,
    });
  }
  await ctx.stores.settings.updateSite(result.change);
  return reply.redirect(`${DESK}/settings?done=saved`, 303);
}
