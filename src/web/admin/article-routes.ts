import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../domain/articles/article.ts';
import { documentText } from '../../domain/articles/document.ts';
import {
  canEditArticle,
  canPublishArticle,
  parseArticleForm,
  parsePublishAt,
  type ArticleDraft,
  type EditableArticle,
  type FormValue,
} from '../../domain/articles/editing.ts';
import {
  changePublication,
  isPublicationAction,
  type ReadinessCheck,
} from '../../domain/articles/publish-article.ts';
import { saveArticle } from '../../domain/articles/save-article.ts';
import { documentToText } from '../../domain/articles/text-document.ts';
import { diffWords } from '../../domain/diff.ts';
import { missingAltText } from '../../domain/media/alt-text.ts';
import { can } from '../../domain/people/roles.ts';
import { instantToZoned } from '../../domain/time.ts';
import {
  ArticleEditPage,
  ArticleListPage,
  RevisionsPage,
  type ArticleEditView,
  type RevisionsView,
} from '../../render/admin/article-pages.tsx';
import { ArticlePage } from '../../render/article-page.tsx';
import { timeView } from '../../render/format.ts';
import { JobPublication } from '../../jobs/publication.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { articlePageView } from '../site/views.ts';
import { adminChrome, field, personOf } from './support.ts';

const PER_PAGE = 30;
const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  review: 'Submitted for review',
  scheduled: 'Scheduled',
  published: 'Published',
  trash: 'Trash',
};

type Form = Record<string, FormValue>;
const formOf = (request: FastifyRequest): Form => {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v : undefined,
    ]),
  );
};

/** The newsroom's articles: the list, the editor, preview, publication, revisions, corrections. */
export async function articleRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const { editing } = ctx.stores;
  const publication = new JobPublication(ctx.stores.jobs, ctx.clock, ctx.nudgeJobs);
  // Pictures without alt text cannot go out; a picture missing from the library is named too.
  const readiness: ReadinessCheck = async (ids) => {
    const media = await ctx.stores.articles.findMedia(ids);
    const missing = ids
      .filter((id) => !media.has(id))
      .map((id) => `Picture ${id} is not in the media library.`);
    return [...missing, ...(await missingAltText(ids, media)).map((p) => p.message)];
  };

  /** The article, if this person may edit it; otherwise the answer has been sent. */
  async function editable(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
  ): Promise<EditableArticle | null> {
    const id = positiveInt(request.params.id);
    const article = id === null ? null : await editing.findForEdit(id, ctx.clock());
    if (!article) {
      await reply.callNotFound();
      return null;
    }
    if (!canEditArticle(personOf(request), article)) {
      await sendError(ctx, request, reply, 403, 'You may not edit this article.');
      return null;
    }
    return article;
  }

  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/articles',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const person = personOf(request);
      const settings = await ctx.stores.settings.site();
      const q = request.query;
      const status = (ARTICLE_STATUSES as readonly string[]).includes(q.status ?? '')
        ? (q.status as ArticleStatus)
        : undefined;
      const page = positiveInt(q.page ?? '1') ?? 1;
      const seeAll = can(person.role, 'edit_all_articles');
      const sectionId = positiveInt(q.section ?? '') ?? undefined;
      const authorId = positiveInt(q.author ?? '') ?? undefined;
      const { total, items } = await editing.listForAdmin(
        {
          ...(status ? { status } : {}),
          ...(sectionId ? { sectionId } : {}),
          ...(authorId ? { personId: authorId } : {}),
          ...(q.q?.trim() ? { query: q.q.trim().slice(0, 200) } : {}),
          ...(seeAll ? {} : { ownBy: person.id }),
        },
        { limit: PER_PAGE, offset: (page - 1) * PER_PAGE },
      );
      const params = (p: number) => {
        const s = new URLSearchParams(
          Object.entries({ status: q.status, section: q.section, author: q.author, q: q.q }).filter(
            (e): e is [string, string] => !!e[1],
          ),
        );
        if (p > 1) s.set('page', String(p));
        return `/admin/articles${s.size ? `?${s}` : ''}`;
      };
      const [sections, people] = await Promise.all([
        ctx.stores.articles.listSections(),
        ctx.stores.people.listBylinePeople(),
      ]);
      const when = (a: (typeof items)[number]) =>
        a.status === 'scheduled' && a.publishedAt
          ? `for ${timeView(a.publishedAt, settings.language, settings.timeZone).text}`
          : '';
      return sendPage(
        reply,
        h(ArticleListPage, {
          view: {
            chrome: await adminChrome(ctx, request),
            filters: {
              status: status ?? '',
              section: sectionId ? String(sectionId) : '',
              author: authorId ? String(authorId) : '',
              q: q.q ?? '',
            },
            statuses: ARTICLE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
            sections,
            authors: people,
            canCreate: sections.length > 0,
            items: items.map((a) => ({
              id: a.id,
              headline: a.headline,
              status: STATUS_LABELS[a.status],
              when: when(a),
              section: a.section,
              bylines: a.bylines.join(', '),
              updated: timeView(a.updatedAt, settings.language, settings.timeZone),
              editable:
                canEditArticle(person, {
                  createdBy: a.createdBy,
                  bylines: [],
                  status: a.status,
                }) || seeAll,
              publicPath:
                a.status === 'published' && a.publishedAt && a.publishedAt <= ctx.clock()
                  ? a.path
                  : null,
            })),
            total,
            prevHref: page > 1 ? params(page - 1) : null,
            nextHref: page * PER_PAGE < total ? params(page + 1) : null,
            notice:
              q.done === 'trashed'
                ? 'Moved to the trash. Find it under Status: Trash to restore it.'
                : null,
          },
        }),
      );
    },
  );

  app.post(
    '/articles/new',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const [section] = await ctx.stores.articles.listSections();
      if (!section) return sendError(ctx, request, reply, 400, 'Create a section first.');
      const id = await editing.createDraft({
        sectionId: section.id,
        createdBy: personOf(request).id,
        now: ctx.clock(),
      });
      return reply.redirect(`/admin/articles/${id}/edit`, 303);
    },
  );

  /** The edit page for an article, with the form's values (the saved ones, or what was sent). */
  async function editView(
    request: FastifyRequest,
    article: EditableArticle,
    form: {
      draft?: ArticleDraft | null;
      raw?: Form;
      errors?: ArticleEditView['errors'];
      message?: ArticleEditView['message'];
      version?: number;
    } = {},
  ): Promise<ArticleEditView> {
    const person = personOf(request);
    const settings = await ctx.stores.settings.site();
    const now = ctx.clock();
    const draft = form.draft ?? article;
    const [sections, people, media, othersEditing, autosave] = await Promise.all([
      ctx.stores.articles.listSections(),
      ctx.stores.people.listBylinePeople(),
      draft.leadMediaId ? ctx.stores.articles.findMedia([draft.leadMediaId]) : new Map(),
      editing.othersEditing(article.id, person.id, now),
      form.draft ? null : editing.findAutosave(article.id, person.id),
    ]);
    await editing.markEditing(article.id, person.id, now);
    const lead = draft.leadMediaId ? media.get(draft.leadMediaId) : undefined;
    const publisher = canPublishArticle(person, article);
    const tz = settings.timeZone;
    const statusTime = (d: Date | null) => (d ? timeView(d, settings.language, tz).text : '');
    const statusLine =
      article.status === 'scheduled'
        ? `Scheduled for ${statusTime(article.publishedAt)}.`
        : article.status === 'published'
          ? `Published ${statusTime(article.publishedAt)}.`
          : `${STATUS_LABELS[article.status]} · last saved ${statusTime(article.updatedAt)}.`;
    const raw = form.raw;
    return {
      chrome: await adminChrome(ctx, request),
      editorScript: ctx.assets.editorScript,
      id: article.id,
      version: form.version ?? article.version,
      status: article.status,
      statusLine,
      publicPath:
        article.status === 'published' && article.publishedAt && article.publishedAt <= now
          ? article.path
          : null,
      values: {
        headline: draft.headline,
        standfirst: draft.standfirst,
        slug: article.slug.startsWith('draft-') && !form.draft ? '' : draft.slug,
        section: String(draft.sectionId ?? ''),
        tags: draft.tags.join(', '),
        bylines: draft.bylines.map((b) => ({ person: String(b.personId), credit: b.credit ?? '' })),
        datelinePlace: draft.dateline?.place ?? '',
        datelineDate: draft.dateline?.date ?? '',
        leadMedia: draft.leadMediaId ? String(draft.leadMediaId) : '',
        leadCaption: draft.leadCaption ?? '',
        bodyJson: JSON.stringify(draft.body),
        // A refused form shows the text exactly as it was typed.
        bodyText:
          raw && !raw.body_json && typeof raw.body_text === 'string'
            ? raw.body_text
            : documentToText(draft.body),
        seoTitle: draft.seoTitle,
        seoDescription: draft.seoDescription,
        commentMode: draft.commentMode,
        commentsCloseDays: draft.commentsCloseDays ? String(draft.commentsCloseDays) : '',
        publishAt:
          typeof raw?.publish_at === 'string'
            ? raw.publish_at
            : article.status === 'scheduled' && article.publishedAt
              ? instantToZoned(article.publishedAt, tz)
              : '',
      },
      lead: lead
        ? {
            thumb: lead.originalUrl && !lead.file ? lead.originalUrl : `/media/${lead.file}`,
            alt: lead.alt,
            credit: lead.credit,
          }
        : null,
      sections,
      people,
      errors: form.errors ?? {},
      message: form.message ?? null,
      othersEditing,
      autosave: autosave
        ? {
            savedAt: timeView(autosave.savedAt, settings.language, tz),
            href: `/admin/articles/${article.id}/edit?autosave=1`,
          }
        : null,
      can: {
        publish: publisher,
        submit: !publisher && (article.status === 'draft' || article.status === 'review'),
        unpublish: publisher && (article.status === 'published' || article.status === 'scheduled'),
        trash: article.status !== 'trash',
        pin: can(person.role, 'publish_all_articles') && article.status === 'published',
      },
      timeZone: tz,
      corrections: (await ctx.stores.articles.findCorrections(article.id)).map((c) => ({
        label: c.kind === 'update' ? 'Update' : 'Correction',
        date: timeView(c.createdAt, settings.language, tz),
        text: c.text,
      })),
    };
  }

  app.get<{ Params: { id: string }; Querystring: { autosave?: string; done?: string } }>(
    '/articles/:id/edit',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const article = await editable(request, reply);
      if (!article) return reply;
      const autosave =
        request.query.autosave === '1'
          ? await editing.findAutosave(article.id, personOf(request).id)
          : null;
      const notices: Record<string, string> = {
        saved: 'Saved.',
        published: 'Published.',
        scheduled: 'Scheduled.',
        unpublished: 'Unpublished: readers can no longer see it.',
        submitted: 'Submitted for review. An editor will publish it.',
        restored: 'Restored from the trash as a draft.',
        corrected: 'Note appended; it shows at the foot of the article.',
        pinned: 'Pinned as the front page’s lead story.',
      };
      const notice = notices[request.query.done ?? ''];
      return sendPage(
        reply,
        h(ArticleEditPage, {
          view: await editView(request, article, {
            ...(autosave ? { draft: autosave.draft } : {}),
            message: autosave
              ? {
                  kind: 'notice',
                  text: 'Your automatically kept changes are loaded below. Save to keep them.',
                }
              : notice
                ? { kind: 'notice', text: notice }
                : null,
          }),
        }),
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    '/articles/:id',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const article = await editable(request, reply);
      if (!article) return reply;
      const person = personOf(request);
      const form = formOf(request);
      const intent = field(request, 'intent') || 'save';
      const settings = await ctx.stores.settings.site();

      if (intent === 'restore') {
        const result = await changePublication(
          { editing, jobs: publication, clock: ctx.clock },
          person,
          article.id,
          'restore',
        );
        if (!result.ok)
          return sendError(ctx, request, reply, result.status, result.problems.join(' '));
        return reply.redirect(`/admin/articles/${article.id}/edit?done=restored`, 303);
      }

      const saved = await saveArticle({ editing, clock: ctx.clock }, person, article.id, form);
      if (!saved.ok) {
        if (saved.status === 403 || saved.status === 404 || !saved.draft)
          return sendError(ctx, request, reply, saved.status, saved.message);
        return sendPage(
          reply,
          h(ArticleEditPage, {
            view: await editView(request, article, {
              draft: saved.draft,
              raw: form,
              errors: saved.errors,
              message: { kind: 'error', text: saved.message },
            }),
          }),
          { status: saved.status },
        );
      }
      if (intent === 'save')
        return reply.redirect(`/admin/articles/${article.id}/edit?done=saved`, 303);
      if (!isPublicationAction(intent))
        return sendError(
          ctx,
          request,
          reply,
          400,
          'Choose save, publish, schedule or another action.',
        );

      const at = intent === 'schedule' ? parsePublishAt(form.publish_at, settings.timeZone) : null;
      const result = await changePublication(
        { editing, jobs: publication, clock: ctx.clock, readiness },
        person,
        article.id,
        intent,
        at,
      );
      if (!result.ok) {
        const fresh = (await editing.findForEdit(article.id, ctx.clock()))!;
        return sendPage(
          reply,
          h(ArticleEditPage, {
            view: await editView(request, fresh, {
              raw: form,
              message: {
                kind: 'error',
                text: 'Your changes are saved, but the article was not published:',
                problems: result.problems,
              },
              ...(intent === 'schedule' && !at
                ? { errors: { publishAt: 'Choose a date and time.' } }
                : {}),
            }),
          }),
          { status: result.status },
        );
      }
      if (intent === 'trash') return reply.redirect('/admin/articles?done=trashed', 303);
      const done: Record<string, string> = {
        publish: 'published',
        schedule: 'scheduled',
        unpublish: 'unpublished',
        submit: 'submitted',
      };
      return reply.redirect(`/admin/articles/${article.id}/edit?done=${done[intent]}`, 303);
    },
  );

  // The editor's autosave: JSON in, JSON out (see src/web/admin/client/).
  app.post<{ Params: { id: string } }>(
    '/articles/:id/autosave',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const id = positiveInt(request.params.id);
      const now = ctx.clock();
      const article = id === null ? null : await editing.findForEdit(id, now);
      const person = personOf(request);
      if (!article)
        return reply.code(404).send({ error: { message: 'There is no such article.' } });
      if (!canEditArticle(person, article))
        return reply.code(403).send({ error: { message: 'You may not edit this article.' } });
      const body = (request.body ?? {}) as { version?: unknown; fields?: Record<string, unknown> };
      const version = Number(body.version);
      if (Number.isInteger(version) && version !== article.version)
        return reply.code(409).send({
          message:
            'Someone saved a newer version while you were editing. Your text is kept in this browser; save to see what differs.',
        });
      const fields: Form = Object.fromEntries(
        Object.entries(body.fields ?? {}).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v : undefined,
        ]),
      );
      const { draft } = parseArticleForm(fields);
      await editing.autosave({
        articleId: article.id,
        personId: person.id,
        version: article.version,
        draft,
        now,
      });
      return reply.send({
        savedAt: now.toISOString(),
        others: await editing.othersEditing(article.id, person.id, now),
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/articles/:id/preview',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const article = await editable(request, reply);
      if (!article) return reply;
      const settings = await ctx.stores.settings.site();
      const full = await ctx.stores.articles.findAnyById(article.id, ctx.clock());
      if (!full) return reply.callNotFound();
      const { view } = await articlePageView(ctx, settings, full, {
        heldNumber: null,
        replyTo: null,
      });
      view.head.noindex = true;
      view.preview = true;
      return sendPage(reply, h(ArticlePage, { view }), { personal: true });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { a?: string; b?: string; done?: string } }>(
    '/articles/:id/revisions',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const article = await editable(request, reply);
      if (!article) return reply;
      const settings = await ctx.stores.settings.site();
      const revisions = await editing.listRevisions(article.id);
      const label = (r: { version: number; createdAt: Date }) =>
        `version ${r.version} (${timeView(r.createdAt, settings.language, settings.timeZone).text})`;
      let compare: RevisionsView['compare'] = null;
      const a = positiveInt(request.query.a ?? '');
      const b = positiveInt(request.query.b ?? '');
      if (a && b) {
        const [older, newer] = await Promise.all([
          editing.findRevision(article.id, a),
          editing.findRevision(article.id, b),
        ]);
        if (!older || !newer) return reply.callNotFound();
        compare = {
          a: { id: a, label: label(older) },
          b: { id: b, label: label(newer) },
          fields: await compareDrafts(older.draft, newer.draft),
        };
      }
      return sendPage(
        reply,
        h(RevisionsPage, {
          view: {
            chrome: await adminChrome(ctx, request),
            articleId: article.id,
            headline: article.headline,
            revisions: revisions.map((r) => ({
              id: r.id,
              version: r.version,
              kind: r.kind,
              by: r.by ?? 'Someone',
              at: timeView(r.createdAt, settings.language, settings.timeZone),
            })),
            compare,
            canRestore: true,
            notice: null,
          },
        }),
      );
    },
  );

  /** What differs between two versions, field by field, word by word. */
  async function compareDrafts(older: ArticleDraft, newer: ArticleDraft) {
    const people = new Map((await ctx.stores.people.listBylinePeople()).map((p) => [p.id, p.name]));
    const sections = new Map((await ctx.stores.articles.listSections()).map((s) => [s.id, s.name]));
    const describe = (d: ArticleDraft): Record<string, string> => ({
      Headline: d.headline,
      Standfirst: d.standfirst,
      Address: d.slug,
      Section: sections.get(d.sectionId ?? -1) ?? '',
      Bylines: d.bylines
        .map((b) => `${people.get(b.personId) ?? b.personId}${b.credit ? ` (${b.credit})` : ''}`)
        .join(', '),
      Dateline: d.dateline
        ? `${d.dateline.place}${d.dateline.date ? `, ${d.dateline.date}` : ''}`
        : '',
      'Lead image': d.leadMediaId
        ? `${d.leadMediaId}${d.leadCaption ? `: ${d.leadCaption}` : ''}`
        : '',
      Body: documentText(d.body),
      Tags: d.tags.join(', '),
      'Search title': d.seoTitle,
      'Search description': d.seoDescription,
      Comments: `${d.commentMode}${d.commentsCloseDays ? `, close after ${d.commentsCloseDays} days` : ''}`,
    });
    const before = describe(older);
    const after = describe(newer);
    return Object.keys(after)
      .filter((k) => before[k] !== after[k])
      .map((k) => ({ label: k, parts: diffWords(before[k] ?? '', after[k] ?? '') }));
  }

  app.post<{ Params: { id: string; revision: string } }>(
    '/articles/:id/revisions/:revision/restore',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const article = await editable(request, reply);
      if (!article) return reply;
      const revisionId = positiveInt(request.params.revision);
      const revision = revisionId ? await editing.findRevision(article.id, revisionId) : null;
      if (!revision) return reply.callNotFound();
      const result = await editing.save({
        id: article.id,
        draft: revision.draft,
        expectedVersion: article.version,
        personId: personOf(request).id,
        now: ctx.clock(),
        kind: 'restore',
      });
      if (!result.ok)
        return sendError(
          ctx,
          request,
          reply,
          409,
          result.reason === 'slug-taken'
            ? 'That version’s address is now used by another article; change the address and save it by hand.'
            : 'The article changed while you were restoring; try again.',
        );
      return reply.redirect(`/admin/articles/${article.id}/edit?done=saved`, 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/articles/:id/corrections',
    { config: { capability: 'edit_own_articles' } },
    async (request, reply) => {
      const article = await editable(request, reply);
      if (!article) return reply;
      const text = field(request, 'text').replace(/\s+/g, ' ').trim();
      const kind = field(request, 'kind') === 'update' ? 'update' : 'correction';
      if (!text || text.length > 2000)
        return sendError(ctx, request, reply, 400, 'Write the note (at most 2,000 characters).');
      await ctx.stores.articles.addCorrection(article.id, { kind, text, createdAt: ctx.clock() });
      return reply.redirect(`/admin/articles/${article.id}/edit?done=corrected`, 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/articles/:id/pin',
    { config: { capability: 'publish_all_articles' } },
    async (request, reply) => {
      const id = positiveInt(request.params.id);
      const article = id ? await editing.findForEdit(id, ctx.clock()) : null;
      if (!article) return reply.callNotFound();
      await ctx.stores.articles.pin(article.id, ctx.clock());
      return reply.redirect(`/admin/articles/${article.id}/edit?done=pinned`, 303);
    },
  );
}
