import type { JSX } from 'preact';
import type { DiffPart } from '../../domain/diff.ts';
import { describedBy, FieldError, invalid } from '../fields.tsx';
import type { TimeView } from '../format.ts';
import { jsonForScript } from '../json-ld.ts';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

// ------------------------------------------------------------------------------------------
// The article list

export interface ArticleListView {
  chrome: AdminChrome;
  filters: { status: string; section: string; author: string; q: string };
  statuses: { value: string; label: string }[];
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  /** Sections a new article can start in; empty when the person cannot create one. */
  canCreate: boolean;
  items: {
    id: number;
    headline: string;
    status: string;
    when: string;
    section: string;
    bylines: string;
    updated: TimeView;
    editable: boolean;
    publicPath: string | null;
  }[];
  total: number;
  prevHref: string | null;
  nextHref: string | null;
  notice: string | null;
}

export function ArticleListPage({ view }: { view: ArticleListView }) {
  const { filters } = view;
  return (
    <AdminLayout chrome={view.chrome} title="Articles">
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      {view.canCreate ? (
        <form method="post" action="/admin/articles/new" class="inline-form new-article">
          <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
          <button type="submit">New article</button>
        </form>
      ) : null}
      <form
        method="get"
        action="/admin/articles"
        class="filters"
        role="search"
        aria-label="Filter articles"
      >
        <p>
          <label for="filter-status">Status</label>
          <select id="filter-status" name="status">
            <option value="">All but trash</option>
            {view.statuses.map((s) => (
              <option value={s.value} selected={s.value === filters.status}>
                {s.label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="filter-section">Section</label>
          <select id="filter-section" name="section">
            <option value="">All sections</option>
            {view.sections.map((s) => (
              <option value={s.id} selected={String(s.id) === filters.section}>
                {s.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="filter-author">Author</label>
          <select id="filter-author" name="author">
            <option value="">Anyone</option>
            {view.authors.map((a) => (
              <option value={a.id} selected={String(a.id) === filters.author}>
                {a.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="filter-q">Headline contains</label>
          <input id="filter-q" name="q" type="search" value={filters.q} maxLength={200} />
        </p>
        <p>
          <button type="submit">Filter</button>
        </p>
      </form>
      <p class="result-count">
        {view.total === 1 ? '1 article' : `${view.total.toLocaleString('en')} articles`}
      </p>
      {view.items.length > 0 ? (
        <table class="admin-table article-table">
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Status</th>
              <th scope="col">Section</th>
              <th scope="col">Byline</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {view.items.map((a) => (
              <tr>
                <td>
                  {a.editable ? (
                    <a href={`/admin/articles/${a.id}/edit`}>{a.headline || 'Untitled'}</a>
                  ) : (
                    a.headline || 'Untitled'
                  )}
                  {a.publicPath ? (
                    <>
                      {' '}
                      <a class="view-link" href={a.publicPath}>
                        View<span class="visually-hidden"> “{a.headline}” on the site</span>
                      </a>
                    </>
                  ) : null}
                </td>
                <td>
                  <span class={`status status-${a.status}`}>{a.status}</span>
                  {a.when ? <span class="status-when"> {a.when}</span> : null}
                </td>
                <td>{a.section}</td>
                <td>{a.bylines}</td>
                <td>
                  <time datetime={a.updated.iso}>{a.updated.text}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="empty">No articles match.</p>
      )}
      {view.prevHref || view.nextHref ? (
        <nav class="pagination" aria-label="Pages">
          {view.prevHref ? (
            <a href={view.prevHref} rel="prev">
              Newer
            </a>
          ) : null}
          {view.nextHref ? (
            <a href={view.nextHref} rel="next">
              Older
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}

// ------------------------------------------------------------------------------------------
// The editor

export type EditField =
  | 'headline'
  | 'standfirst'
  | 'slug'
  | 'section'
  | 'tags'
  | 'bylines'
  | 'dateline'
  | 'lead'
  | 'body'
  | 'seo'
  | 'comments'
  | 'publishAt';

export interface ArticleEditView {
  chrome: AdminChrome;
  editorScript: string;
  id: number;
  version: number;
  status: string;
  statusLine: string;
  publicPath: string | null;
  values: {
    headline: string;
    standfirst: string;
    slug: string;
    section: string;
    tags: string;
    bylines: { person: string; credit: string }[];
    datelinePlace: string;
    datelineDate: string;
    leadMedia: string;
    leadCaption: string;
    bodyJson: string;
    bodyText: string;
    seoTitle: string;
    seoDescription: string;
    commentMode: string;
    commentsCloseDays: string;
    publishAt: string;
  };
  lead: { thumb: string; alt: string; credit: string } | null;
  sections: { id: number; name: string }[];
  people: { id: number; name: string }[];
  errors: Partial<Record<EditField, string>>;
  message: { kind: 'error' | 'notice'; text: string; problems?: string[] } | null;
  othersEditing: string[];
  autosave: { savedAt: TimeView; href: string } | null;
  can: { publish: boolean; submit: boolean; unpublish: boolean; trash: boolean; pin: boolean };
  timeZone: string;
  corrections: { label: string; date: TimeView; text: string }[];
}

function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (aria: { 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => JSX.Element;
}) {
  const aria = {
    'aria-invalid': invalid(props.error),
    'aria-describedby': describedBy(
      props.hint && `${props.id}-hint`,
      props.error && `${props.id}-error`,
    ),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children(aria)}
      {props.hint ? (
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}

const BYLINE_ROWS = 4;

export function ArticleEditPage({ view }: { view: ArticleEditView }) {
  const { values, errors } = view;
  const bylines = [
    ...values.bylines,
    ...Array.from({ length: Math.max(0, BYLINE_ROWS - values.bylines.length) }, () => ({
      person: '',
      credit: '',
    })),
  ];
  return (
    <AdminLayout
      chrome={view.chrome}
      title={values.headline ? `Edit: ${values.headline}` : 'New article'}
      scripts={[view.editorScript]}
    >
      <p class="article-status">
        {view.statusLine}
        {view.publicPath ? (
          <>
            {' '}
            <a href={view.publicPath}>View on the site</a>
          </>
        ) : null}{' '}
        · <a href={`/admin/articles/${view.id}/preview`}>Preview</a> ·{' '}
        <a href={`/admin/articles/${view.id}/revisions`}>Revisions</a>
      </p>
      {view.message ? (
        <div
          class={`form-message is-${view.message.kind}`}
          role={view.message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{view.message.text}</p>
          {view.message.problems?.length ? (
            <ul>
              {view.message.problems.map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {view.othersEditing.length > 0 ? (
        <p class="form-message is-error" role="alert">
          {view.othersEditing.join(' and ')} {view.othersEditing.length === 1 ? 'is' : 'are'} also
          editing this article. Saving will warn whoever saves second, so talk first.
        </p>
      ) : null}
      {view.autosave ? (
        <p class="form-message is-notice" role="status">
          You have unsaved changes from{' '}
          <time datetime={view.autosave.savedAt.iso}>{view.autosave.savedAt.text}</time> (kept
          automatically). <a href={view.autosave.href}>Load them into the form</a>
        </p>
      ) : null}
      <form
        id="article-form"
        method="post"
        action={`/admin/articles/${view.id}`}
        class="article-form"
      >
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <input type="hidden" name="version" value={view.version} />
        <Field id="headline" label="Headline" error={errors.headline}>
          {(aria) => (
            <input
              id="headline"
              name="headline"
              type="text"
              required
              maxLength={300}
              value={values.headline}
              {...aria}
            />
          )}
        </Field>
        <Field
          id="standfirst"
          label="Standfirst"
          error={errors.standfirst}
          hint="One or two sentences under the headline."
        >
          {(aria) => (
            <textarea id="standfirst" name="standfirst" rows={3} maxLength={1000} {...aria}>
              {values.standfirst}
            </textarea>
          )}
        </Field>
        <div class="field-row">
          <Field id="section" label="Section" error={errors.section}>
            {(aria) => (
              <select id="section" name="section" {...aria}>
                {view.sections.map((s) => (
                  <option value={s.id} selected={String(s.id) === values.section}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="slug"
            label="Address"
            error={errors.slug}
            hint="The last part of the article's address. Changing it keeps the old address working."
          >
            {(aria) => (
              <input
                id="slug"
                name="slug"
                type="text"
                maxLength={120}
                value={values.slug}
                {...aria}
              />
            )}
          </Field>
        </div>
        <fieldset class="bylines">
          <legend>Bylines</legend>
          <FieldError id="bylines-error" message={errors.bylines} />
          {bylines.map((b, i) => (
            <div class="byline-row">
              <label for={`byline-person-${i}`}>Person {i + 1}</label>
              <select id={`byline-person-${i}`} name="byline_person[]">
                <option value="">—</option>
                {view.people.map((p) => (
                  <option value={p.id} selected={String(p.id) === b.person}>
                    {p.name}
                  </option>
                ))}
              </select>
              <label for={`byline-credit-${i}`}>Role</label>
              <input
                id={`byline-credit-${i}`}
                name="byline_credit[]"
                type="text"
                maxLength={80}
                value={b.credit}
                placeholder="e.g. Additional reporting"
              />
            </div>
          ))}
          <p class="field-hint">Leave the role empty for the main byline.</p>
        </fieldset>
        <div class="field-row">
          <Field
            id="dateline_place"
            label="Dateline place"
            error={errors.dateline}
            hint="Printed in capitals before the first paragraph, e.g. LISBON."
          >
            {(aria) => (
              <input
                id="dateline_place"
                name="dateline_place"
                type="text"
                maxLength={80}
                value={values.datelinePlace}
                {...aria}
              />
            )}
          </Field>
          <Field id="dateline_date" label="Dateline date (optional)">
            {(aria) => (
              <input
                id="dateline_date"
                name="dateline_date"
                type="date"
                value={values.datelineDate}
                {...aria}
              />
            )}
          </Field>
        </div>
        <fieldset class="lead-field">
          <legend>Lead image</legend>
          {view.lead ? (
            <img
              class="lead-thumb"
              src={view.lead.thumb}
              alt={view.lead.alt}
              width={160}
              height={90}
            />
          ) : null}
          <Field
            id="lead_media"
            label="Media number"
            error={errors.lead}
            hint="The number of an image in the media library; empty for none."
          >
            {(aria) => (
              <input
                id="lead_media"
                name="lead_media"
                type="text"
                inputMode="numeric"
                value={values.leadMedia}
                {...aria}
              />
            )}
          </Field>
          <Field
            id="lead_caption"
            label="Caption for this article (optional)"
            hint="Leave empty to use the image's own caption."
          >
            {(aria) => (
              <textarea id="lead_caption" name="lead_caption" rows={2} maxLength={1000} {...aria}>
                {values.leadCaption}
              </textarea>
            )}
          </Field>
        </fieldset>
        <script
          type="application/json"
          id="article-body-json"
          dangerouslySetInnerHTML={{ __html: jsonForScript(JSON.parse(values.bodyJson)) }}
        />
        <div class="field body-field">
          <label for="body_text">Body</label>
          <textarea
            id="body_text"
            name="body_text"
            rows={20}
            aria-invalid={invalid(errors.body)}
            aria-describedby={describedBy('body-hint', errors.body && 'body-error')}
          >
            {values.bodyText}
          </textarea>
          <p class="field-hint" id="body-hint">
            Paragraphs separated by a blank line; ## for a subhead, &gt; for a quote (a last line “—
            Name” attributes it), - or 1. for lists, **bold**, *italic*, [text](https://…) for
            links, ![caption](media:12) for a library image.
          </p>
          <FieldError id="body-error" message={errors.body} />
        </div>
        <input type="hidden" name="body_json" id="body_json" value="" />
        <div
          id="article-editor"
          data-article-id={view.id}
          data-autosave-url={`/admin/articles/${view.id}/autosave`}
          data-media-url="/admin/media.json"
          data-csrf={view.chrome.csrfToken}
        />
        <p id="editor-status" role="status" />
        <Field id="tags" label="Tags" error={errors.tags} hint="Separated by commas.">
          {(aria) => <input id="tags" name="tags" type="text" value={values.tags} {...aria} />}
        </Field>
        <fieldset class="seo-field">
          <legend>For search engines and social media (optional)</legend>
          <FieldError id="seo-error" message={errors.seo} />
          <Field
            id="seo_title"
            label="Title"
            hint="When the headline is too long or too clever for a search result."
          >
            {(aria) => (
              <input
                id="seo_title"
                name="seo_title"
                type="text"
                maxLength={120}
                value={values.seoTitle}
                {...aria}
              />
            )}
          </Field>
          <Field id="seo_description" label="Description" hint="Defaults to the standfirst.">
            {(aria) => (
              <textarea
                id="seo_description"
                name="seo_description"
                rows={2}
                maxLength={300}
                {...aria}
              >
                {values.seoDescription}
              </textarea>
            )}
          </Field>
        </fieldset>
        <fieldset class="comments-field">
          <legend>Comments</legend>
          <FieldError id="comments-error" message={errors.comments} />
          {[
            ['open', 'Open'],
            ['hold', 'Open, but every comment held for a moderator'],
            ['closed', 'Closed'],
          ].map(([value, label]) => (
            <p class="choice">
              <input
                type="radio"
                id={`comment_mode_${value}`}
                name="comment_mode"
                value={value}
                checked={values.commentMode === value}
              />
              <label for={`comment_mode_${value}`}>{label}</label>
            </p>
          ))}
          <Field
            id="comments_close_days"
            label="Close comments after (days)"
            hint="Empty: comments stay open."
          >
            {(aria) => (
              <input
                id="comments_close_days"
                name="comments_close_days"
                type="text"
                inputMode="numeric"
                value={values.commentsCloseDays}
                {...aria}
              />
            )}
          </Field>
        </fieldset>
        <fieldset class="publish-field">
          <legend>Save and publish</legend>
          <div class="actions">
            <button type="submit" name="intent" value="save">
              Save
            </button>
            {view.can.publish ? (
              <button type="submit" name="intent" value="publish" class="primary">
                {view.status === 'published' ? 'Update' : 'Publish now'}
              </button>
            ) : null}
            {view.can.submit ? (
              <button type="submit" name="intent" value="submit">
                Submit for review
              </button>
            ) : null}
            {view.can.unpublish ? (
              <button type="submit" name="intent" value="unpublish">
                Unpublish
              </button>
            ) : null}
          </div>
          {view.can.publish ? (
            <div class="schedule">
              <Field
                id="publish_at"
                label={`Publish at (${view.timeZone} time)`}
                error={errors.publishAt}
              >
                {(aria) => (
                  <input
                    id="publish_at"
                    name="publish_at"
                    type="datetime-local"
                    value={values.publishAt}
                    {...aria}
                  />
                )}
              </Field>
              <button type="submit" name="intent" value="schedule">
                Schedule
              </button>
            </div>
          ) : null}
          {view.can.trash ? (
            <p>
              <button type="submit" name="intent" value="trash" class="danger">
                Move to trash
              </button>
            </p>
          ) : null}
        </fieldset>
      </form>
      {view.can.pin ? (
        <form method="post" action={`/admin/articles/${view.id}/pin`} class="inline-form">
          <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
          <button type="submit">Pin as the front page's lead story</button>
        </form>
      ) : null}
      <section class="corrections-admin" aria-labelledby="corrections-admin-title">
        <h2 id="corrections-admin-title">Corrections and updates</h2>
        {view.corrections.map((c) => (
          <p>
            <strong>
              {c.label}, <time datetime={c.date.iso}>{c.date.text}</time>:
            </strong>{' '}
            {c.text}
          </p>
        ))}
        <form method="post" action={`/admin/articles/${view.id}/corrections`} class="admin-form">
          <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
          <p>
            <label for="correction-kind">Kind</label>
            <select id="correction-kind" name="kind">
              <option value="correction">Correction (something was wrong)</option>
              <option value="update">Update (something changed)</option>
            </select>
          </p>
          <p>
            <label for="correction-text">Note, shown dated at the foot of the article</label>
            <textarea id="correction-text" name="text" rows={3} maxLength={2000} required />
          </p>
          <p>
            <button type="submit">Append note</button>
          </p>
        </form>
      </section>
    </AdminLayout>
  );
}

// ------------------------------------------------------------------------------------------
// Revisions

export interface RevisionsView {
  chrome: AdminChrome;
  articleId: number;
  headline: string;
  revisions: { id: number; version: number; kind: string; by: string; at: TimeView }[];
  compare: {
    a: { id: number; label: string };
    b: { id: number; label: string };
    fields: { label: string; parts: DiffPart[] }[];
  } | null;
  canRestore: boolean;
  notice: string | null;
}

export function RevisionsPage({ view }: { view: RevisionsView }) {
  return (
    <AdminLayout chrome={view.chrome} title={`Revisions: ${view.headline || 'Untitled'}`}>
      <p>
        <a href={`/admin/articles/${view.articleId}/edit`}>Back to the article</a>
      </p>
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      {view.compare ? (
        <section class="compare" aria-labelledby="compare-title">
          <h2 id="compare-title">
            {view.compare.a.label} compared with {view.compare.b.label}
          </h2>
          {view.compare.fields.length === 0 ? <p>No differences.</p> : null}
          {view.compare.fields.map((f) => (
            <div class="diff-field">
              <h3>{f.label}</h3>
              <p class="diff">
                {f.parts.map((p) =>
                  p.kind === 'added' ? (
                    <ins>{p.text}</ins>
                  ) : p.kind === 'removed' ? (
                    <del>{p.text}</del>
                  ) : (
                    p.text
                  ),
                )}
              </p>
            </div>
          ))}
        </section>
      ) : null}
      <form method="get" action={`/admin/articles/${view.articleId}/revisions`}>
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">Older</th>
              <th scope="col">Newer</th>
              <th scope="col">Version</th>
              <th scope="col">Saved by</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {view.revisions.map((r, i) => (
              <tr>
                <td>
                  <input
                    type="radio"
                    name="a"
                    value={r.id}
                    checked={i === 1}
                    aria-label={`Compare from version ${r.version}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="b"
                    value={r.id}
                    checked={i === 0}
                    aria-label={`Compare to version ${r.version}`}
                  />
                </td>
                <td>
                  {r.version}
                  {r.kind === 'restore' ? ' (restored)' : ''}
                </td>
                <td>{r.by}</td>
                <td>
                  <time datetime={r.at.iso}>{r.at.text}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="submit">Compare</button>
        </p>
      </form>
      {view.canRestore && view.revisions.length > 1 ? (
        <section aria-labelledby="restore-title">
          <h2 id="restore-title">Restore an older version</h2>
          <p>Restoring saves that version as the newest one; nothing is lost.</p>
          <ul class="restore-list">
            {view.revisions.slice(1).map((r) => (
              <li>
                <form
                  method="post"
                  action={`/admin/articles/${view.articleId}/revisions/${r.id}/restore`}
                  class="inline-form"
                >
                  <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
                  <button type="submit">Restore version {r.version}</button> (
                  <time datetime={r.at.iso}>{r.at.text}</time>, {r.by})
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AdminLayout>
  );
}
