import type { DeskQueue } from '../../domain/comments/desk.ts';
import type { TimeView } from '../format.ts';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

// The moderation desk: queues of comments with everything needed to decide, plain forms that
// work without JavaScript, and a keyboard island (desk.ts) for moderators who work fast.

export interface DeskAction {
  action: string;
  label: string;
  /** The shortcut key, when the action has one. */
  key?: string;
}

export interface DeskItemView {
  number: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  byStaff: boolean;
  featured: boolean;
  html: string;
  time: TimeView;
  article: { headline: string; href: string; deskHref: string };
  parent: { number: number; authorName: string; excerpt: string; held: boolean } | null;
  /** "2 approved, 1 held…", or that this is the first comment from the address. */
  record: string;
  commenterHref: string | null;
  why: string;
  reports: string;
  actions: DeskAction[];
  canReply: boolean;
  /** A refused reply's words, given back. */
  replyDraft: string;
  editHref: string;
  measuresHref: string;
  logHref: string;
}

export interface DeskArticleView {
  id: number;
  headline: string;
  href: string;
  deskHref: string;
  mode: 'open' | 'hold' | 'closed';
  surgeSince: TimeView | null;
}

export interface DeskPageView {
  chrome: AdminChrome;
  /** The keyboard island. */
  script: string;
  queue: DeskQueue;
  counts: Record<DeskQueue, number>;
  /** Links to each queue, keeping the filters. */
  queueHrefs: Record<DeskQueue, string>;
  filter: { articleId: number | null; commenter: string; text: string; order: 'newest' | 'oldest' };
  clearFilterHref: string | null;
  /** This page's address, where actions send the moderator back. */
  here: string;
  article: DeskArticleView | null;
  surges: DeskArticleView[];
  items: DeskItemView[];
  bulkActions: DeskAction[];
  notice: string | null;
  error: string | null;
  paging: { from: number; to: number; total: number; newer: string | null; older: string | null };
}

const QUEUES: { queue: DeskQueue; label: string }[] = [
  { queue: 'pending', label: 'Pending' },
  { queue: 'reported', label: 'Reported' },
  { queue: 'approved', label: 'Approved' },
  { queue: 'spam', label: 'Spam' },
  { queue: 'trash', label: 'Trash' },
];

const MODE_TEXT = {
  open: 'open',
  hold: 'open, every comment held for a moderator',
  closed: 'closed',
};

function ArticleControls({
  article,
  csrf,
  here,
  surgeOnly = false,
}: {
  article: DeskArticleView;
  csrf: string;
  here: string;
  surgeOnly?: boolean;
}) {
  const buttons: { action: string; label: string }[] = [
    ...(article.mode !== 'open' && !surgeOnly ? [{ action: 'open', label: 'Open comments' }] : []),
    ...(article.mode !== 'hold' && !surgeOnly
      ? [{ action: 'hold', label: 'Hold all comments' }]
      : []),
    ...(article.mode !== 'closed' ? [{ action: 'closed', label: 'Close comments' }] : []),
    ...(article.surgeSince ? [{ action: 'end-surge', label: 'End surge mode' }] : []),
  ];
  return (
    <form method="post" action={`/admin/comments/articles/${article.id}`} class="inline-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="return" value={here} />
      {buttons.map((b) => (
        <button
          type="submit"
          name="action"
          value={b.action}
          aria-label={`${b.label}: ${article.headline}`}
        >
          {b.label}
        </button>
      ))}
    </form>
  );
}

export function DeskPage({ view }: { view: DeskPageView }) {
  const csrf = view.chrome.csrfToken;
  return (
    <AdminLayout chrome={view.chrome} title="Comments" scripts={[view.script]}>
      {view.surges.map((s) => (
        <div class="surge-banner" role="alert">
          <p>
            <strong>Surge mode:</strong> comments on <a href={s.deskHref}>{s.headline}</a> came in
            so fast that every new one is held, since{' '}
            <time datetime={s.surgeSince!.iso}>{s.surgeSince!.text}</time>.
          </p>
          <ArticleControls article={s} csrf={csrf} here={view.here} surgeOnly />
        </div>
      ))}
      <nav aria-label="Comment queues" class="status-tabs">
        <ul>
          {QUEUES.map((q) => (
            <li>
              <a
                href={view.queueHrefs[q.queue]}
                aria-current={q.queue === view.queue ? 'page' : undefined}
                data-queue={q.queue}
              >
                {q.label} <span class="count">({view.counts[q.queue].toLocaleString('en')})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="desk-links">
        <a href="/admin/comments/commenters">Held and banned commenters</a> ·{' '}
        <a href="/admin/comments/log">Moderation log</a> ·{' '}
        <a href="/admin/comments/settings">Word lists and rules</a>
      </p>
      {view.article ? (
        <section class="desk-article" aria-labelledby="desk-article-title">
          <h2 id="desk-article-title">
            Comments on <a href={view.article.href}>{view.article.headline}</a>
          </h2>
          <p>
            Comments are {MODE_TEXT[view.article.mode]}.
            {view.article.surgeSince ? (
              <>
                {' '}
                In surge mode since{' '}
                <time datetime={view.article.surgeSince.iso}>{view.article.surgeSince.text}</time>:
                every new comment is held.
              </>
            ) : null}
          </p>
          <ArticleControls article={view.article} csrf={csrf} here={view.here} />
        </section>
      ) : null}
      <form method="get" action="/admin/comments" class="desk-filter" role="search">
        <input type="hidden" name="queue" value={view.queue} />
        {view.filter.articleId !== null ? (
          <input type="hidden" name="article" value={view.filter.articleId} />
        ) : null}
        <p>
          <label for="filter-commenter">Commenter (email or name)</label>
          <input
            id="filter-commenter"
            name="commenter"
            type="search"
            value={view.filter.commenter}
          />
        </p>
        <p>
          <label for="filter-text">Text</label>
          <input id="filter-text" name="text" type="search" value={view.filter.text} />
        </p>
        <p>
          <label for="filter-order">Order</label>
          <select id="filter-order" name="order">
            <option value="newest" selected={view.filter.order === 'newest'}>
              Newest first
            </option>
            <option value="oldest" selected={view.filter.order === 'oldest'}>
              Oldest first
            </option>
          </select>
        </p>
        <p>
          <button type="submit">Filter</button>
          {view.clearFilterHref ? (
            <>
              {' '}
              <a href={view.clearFilterHref}>Clear filters</a>
            </>
          ) : null}
        </p>
      </form>
      <p id="desk-message" class="form-message is-notice" role="status" hidden={!view.notice}>
        {view.notice ?? ''}
      </p>
      {view.error ? (
        <p class="form-message is-error" role="alert">
          {view.error}
        </p>
      ) : null}
      <p class="desk-keys" hidden>
        Keyboard: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>a</kbd> approve, <kbd>s</kbd> spam,{' '}
        <kbd>t</kbd> trash, <kbd>r</kbd> reply.
      </p>
      {view.items.length === 0 ? (
        <p class="empty">No comments here.</p>
      ) : (
        <form method="post" action="/admin/comments/bulk" id="desk" class="desk">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="return" value={view.here} />
          <fieldset class="bulk-actions">
            <legend>With the selected comments</legend>
            <label for="bulk-action">Action</label>{' '}
            <select id="bulk-action" name="bulk">
              {view.bulkActions.map((a) => (
                <option value={a.action}>{a.label}</option>
              ))}
            </select>{' '}
            <button type="submit">Apply to selected</button>
          </fieldset>
          <p class="paging-summary">
            {view.paging.from.toLocaleString('en')}–{view.paging.to.toLocaleString('en')} of{' '}
            {view.paging.total.toLocaleString('en')}
          </p>
          <ol class="moderation-list">
            {view.items.map((c) => (
              <DeskItem item={c} />
            ))}
          </ol>
        </form>
      )}
      {view.paging.newer || view.paging.older ? (
        <nav aria-label="More comments" class="pagination">
          {view.paging.newer ? <a href={view.paging.newer}>Previous page</a> : null}{' '}
          {view.paging.older ? <a href={view.paging.older}>Next page</a> : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}

function DeskItem({ item: c }: { item: DeskItemView }) {
  const name = c.authorName || 'Anonymous';
  return (
    <li id={`comment-${c.number}`} class="moderation-item desk-item" tabIndex={-1}>
      <article aria-label={`Comment ${c.number} by ${name}`}>
        <header class="comment-meta">
          <input
            type="checkbox"
            name="selected"
            value={c.number}
            id={`select-${c.number}`}
            class="desk-select"
          />{' '}
          <label for={`select-${c.number}`}>
            <strong>{name}</strong>
          </label>
          {c.byStaff ? <span class="staff-badge">Staff</span> : null}
          {c.featured ? <span class="featured-badge">Featured</span> : null}{' '}
          <span class="meta">{c.authorEmail}</span> <span class="meta">{c.authorIp}</span>
          {c.authorUrl ? (
            <>
              {' '}
              <span class="meta">{c.authorUrl}</span>
            </>
          ) : null}
          <br />
          On <a href={c.article.href}>{c.article.headline}</a> (
          <a href={c.article.deskHref}>all its comments</a>),{' '}
          <time datetime={c.time.iso}>{c.time.text}</time>
        </header>
        {c.parent ? (
          <blockquote class="desk-parent">
            <p>
              In reply to <strong>{c.parent.authorName || 'Anonymous'}</strong>
              {c.parent.held ? ' (held)' : ''}: {c.parent.excerpt}
            </p>
          </blockquote>
        ) : null}
        <div class="comment-content" dangerouslySetInnerHTML={{ __html: c.html }} />
        <p class="desk-record">
          {c.commenterHref ? <a href={c.commenterHref}>{c.record}</a> : c.record}
        </p>
        <p class="why">{c.why}</p>
        {c.reports ? <p class="desk-reports">{c.reports}</p> : null}
        <div class="moderation-actions">
          {c.actions.map((a) => (
            <button
              type="submit"
              formaction={`/admin/comments/${c.number}`}
              name="action"
              value={a.action}
              data-key={a.key}
              aria-label={`${a.label} comment ${c.number}`}
            >
              {a.label}
            </button>
          ))}{' '}
          <a href={c.editHref}>Edit</a> · <a href={c.measuresHref}>Hold or ban commenter</a> ·{' '}
          <a href={c.logHref}>Log</a>
        </div>
        {c.canReply ? (
          <details class="desk-reply" open={c.replyDraft !== ''}>
            <summary data-key="r">Reply as staff</summary>
            <p>
              <label for={`reply-${c.number}`}>Your reply to {name}</label>
              <textarea id={`reply-${c.number}`} name={`reply-${c.number}`} rows={4}>
                {c.replyDraft}
              </textarea>
            </p>
            <button type="submit" formaction={`/admin/comments/${c.number}/reply`}>
              Post reply
            </button>
          </details>
        ) : null}
      </article>
    </li>
  );
}

export interface EditCommentView {
  chrome: AdminChrome;
  number: number;
  authorName: string;
  article: { headline: string; href: string };
  text: string;
  error: string | null;
  back: string;
}

export function EditCommentPage({ view }: { view: EditCommentView }) {
  return (
    <AdminLayout chrome={view.chrome} title={`Edit comment ${view.number}`}>
      <p>
        By {view.authorName || 'Anonymous'} on{' '}
        <a href={view.article.href}>{view.article.headline}</a>. The original text is kept in the
        moderation log.
      </p>
      {view.error ? (
        <p class="form-message is-error" role="alert">
          {view.error}
        </p>
      ) : null}
      <form method="post" action={`/admin/comments/${view.number}/edit`} class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <input type="hidden" name="return" value={view.back} />
        <p>
          <label for="comment-text">Text</label>
          <textarea id="comment-text" name="text" rows={10}>
            {view.text}
          </textarea>
        </p>
        <p>
          <label for="edit-note">Why (for the log)</label>
          <input id="edit-note" name="note" type="text" maxLength={500} />
        </p>
        <p>
          <button type="submit">Save text</button> <a href={view.back}>Cancel</a>
        </p>
      </form>
    </AdminLayout>
  );
}

export interface MeasureRowView {
  id: number;
  what: string;
  value: string;
  note: string;
  until: string;
  by: string;
  active: boolean;
}

export interface MeasuresView {
  chrome: AdminChrome;
  measures: MeasureRowView[];
  form: {
    kind: string;
    match: string;
    value: string;
    days: string;
    note: string;
    /** The commenter's email and IP, when the page was opened from one of their comments. */
    from: { number: number; name: string; email: string; ip: string } | null;
  };
  error: { field: string | null; text: string } | null;
  notice: string | null;
}

export function MeasuresPage({ view }: { view: MeasuresView }) {
  const { form } = view;
  const invalid = (field: string) => (view.error?.field === field ? true : undefined);
  return (
    <AdminLayout chrome={view.chrome} title="Held and banned commenters">
      <p>
        <a href="/admin/comments">Back to the comments</a>
      </p>
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <h2>Hold or ban a commenter</h2>
      {form.from ? (
        <p>
          From comment {form.from.number} by {form.from.name || 'Anonymous'}: email{' '}
          {form.from.email || '(none)'}, IP address {form.from.ip || '(none)'}.
        </p>
      ) : null}
      {view.error ? (
        <p class="form-message is-error" role="alert">
          {view.error.text}
        </p>
      ) : null}
      <form method="post" action="/admin/comments/commenters" class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <fieldset>
          <legend>Measure</legend>
          <p>
            <input
              type="radio"
              id="kind-hold"
              name="kind"
              value="hold"
              checked={form.kind !== 'ban'}
            />{' '}
            <label for="kind-hold">Hold every comment for a moderator</label>
          </p>
          <p>
            <input
              type="radio"
              id="kind-ban"
              name="kind"
              value="ban"
              checked={form.kind === 'ban'}
            />{' '}
            <label for="kind-ban">Ban: refuse their comments, telling them so</label>
          </p>
        </fieldset>
        <fieldset>
          <legend>Match</legend>
          <p>
            <input
              type="radio"
              id="match-email"
              name="match"
              value="email"
              checked={form.match !== 'ip'}
            />{' '}
            <label for="match-email">Email address (any capitalisation)</label>
          </p>
          <p>
            <input
              type="radio"
              id="match-ip"
              name="match"
              value="ip"
              checked={form.match === 'ip'}
            />{' '}
            <label for="match-ip">IP address</label>
          </p>
        </fieldset>
        <p>
          <label for="measure-value">Email or IP address</label>
          <input
            id="measure-value"
            name="value"
            type="text"
            value={form.value}
            aria-invalid={invalid('value')}
            autocomplete="off"
          />
        </p>
        <p>
          <label for="measure-days">For how many days (empty: until lifted)</label>
          <input
            id="measure-days"
            name="days"
            type="number"
            min={1}
            max={3650}
            value={form.days}
            aria-invalid={invalid('days')}
          />
        </p>
        <p>
          <label for="measure-note">Note (seen by moderators; a hold's note is in the log)</label>
          <input
            id="measure-note"
            name="note"
            type="text"
            maxLength={500}
            value={form.note}
            aria-invalid={invalid('note')}
          />
        </p>
        <p>
          <button type="submit">Save</button>
        </p>
      </form>
      <h2>Measures</h2>
      {view.measures.length === 0 ? (
        <p class="empty">Nobody is held or banned.</p>
      ) : (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Matches</th>
              <th scope="col">Note</th>
              <th scope="col">Until</th>
              <th scope="col">By</th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.measures.map((m) => (
              <tr class={m.active ? undefined : 'is-ended'}>
                <td>{m.what}</td>
                <td>{m.value}</td>
                <td>{m.note}</td>
                <td>{m.until}</td>
                <td>{m.by}</td>
                <td>
                  {m.active ? (
                    <form
                      method="post"
                      action={`/admin/comments/commenters/${m.id}/lift`}
                      class="inline-form"
                    >
                      <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
                      <button type="submit" aria-label={`Lift the measure on ${m.value}`}>
                        Lift
                      </button>
                    </form>
                  ) : (
                    'Ended'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export interface LogRowView {
  time: TimeView;
  commentNumber: number;
  commentHref: string;
  article: string;
  who: string;
  change: string;
  reason: string;
  textBefore: string | null;
}

export interface LogView {
  chrome: AdminChrome;
  commentNumber: number | null;
  rows: LogRowView[];
  paging: { newer: string | null; older: string | null };
}

export function LogPage({ view }: { view: LogView }) {
  return (
    <AdminLayout
      chrome={view.chrome}
      title={
        view.commentNumber ? `Moderation log: comment ${view.commentNumber}` : 'Moderation log'
      }
    >
      <p>
        Every decision on a comment, by a rule or a person. The log cannot be edited.{' '}
        {view.commentNumber ? <a href="/admin/comments/log">Whole log</a> : null}{' '}
        <a href="/admin/comments">Back to the comments</a>
      </p>
      {view.rows.length === 0 ? (
        <p class="empty">Nothing logged yet.</p>
      ) : (
        <table class="admin-table moderation-log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Comment</th>
              <th scope="col">Who</th>
              <th scope="col">Change</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr>
                <td>
                  <time datetime={r.time.iso}>{r.time.text}</time>
                </td>
                <td>
                  <a href={r.commentHref}>{r.commentNumber}</a> on {r.article}
                </td>
                <td>{r.who}</td>
                <td>{r.change}</td>
                <td>
                  {r.reason}
                  {r.textBefore !== null ? (
                    <details>
                      <summary>Text before the edit</summary>
                      <pre class="log-text">{r.textBefore}</pre>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.paging.newer || view.paging.older ? (
        <nav aria-label="More entries" class="pagination">
          {view.paging.newer ? <a href={view.paging.newer}>Newer entries</a> : null}{' '}
          {view.paging.older ? <a href={view.paging.older}>Older entries</a> : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}

export interface CommentSettingsView {
  chrome: AdminChrome;
  words: { moderationWords: string; disallowedWords: string; disallowedAction: string };
  /** Null for people who may keep the word lists but not change the rules. */
  rules: {
    numbers: { name: string; label: string; value: string; min: number; max: number }[];
    manualModeration: boolean;
    previouslyApproved: boolean;
    spamCheckEnabled: boolean;
    spamCheckUrl: string;
    spamCheckKey: string;
  } | null;
  error: { form: 'words' | 'rules'; field: string | null; text: string } | null;
  notice: string | null;
}

export function CommentSettingsPage({ view }: { view: CommentSettingsView }) {
  const err = (form: 'words' | 'rules', field: string) =>
    view.error?.form === form && view.error.field === field ? true : undefined;
  const message = (form: 'words' | 'rules') =>
    view.error?.form === form ? (
      <p class="form-message is-error" role="alert">
        {view.error.text}
      </p>
    ) : null;
  const csrf = view.chrome.csrfToken;
  return (
    <AdminLayout chrome={view.chrome} title="Comment settings">
      <p>
        <a href="/admin/comments">Back to the comments</a>
      </p>
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <h2>Word lists</h2>
      <p>
        One word or phrase per line. Matching ignores case and accents and sees through look-alike
        spellings, so “fr€e m0ney” matches “free money”.
      </p>
      {message('words')}
      <form method="post" action="/admin/comments/settings/words" class="admin-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <p>
          <label for="moderation-words">Hold comments containing</label>
          <textarea
            id="moderation-words"
            name="moderationWords"
            rows={8}
            aria-invalid={err('words', 'moderationWords')}
          >
            {view.words.moderationWords}
          </textarea>
        </p>
        <p>
          <label for="disallowed-words">Refuse comments containing</label>
          <textarea
            id="disallowed-words"
            name="disallowedWords"
            rows={8}
            aria-invalid={err('words', 'disallowedWords')}
          >
            {view.words.disallowedWords}
          </textarea>
        </p>
        <fieldset>
          <legend>Refused comments go to</legend>
          <p>
            <input
              type="radio"
              id="disallowed-trash"
              name="disallowedAction"
              value="trash"
              checked={view.words.disallowedAction !== 'spam'}
            />{' '}
            <label for="disallowed-trash">Trash</label>
          </p>
          <p>
            <input
              type="radio"
              id="disallowed-spam"
              name="disallowedAction"
              value="spam"
              checked={view.words.disallowedAction === 'spam'}
            />{' '}
            <label for="disallowed-spam">Spam</label>
          </p>
        </fieldset>
        <p>
          <button type="submit">Save word lists</button>
        </p>
      </form>
      {view.rules ? (
        <>
          <h2>Discussion rules</h2>
          {message('rules')}
          <form method="post" action="/admin/comments/settings/rules" class="admin-form">
            <input type="hidden" name="_csrf" value={csrf} />
            <p>
              <input
                type="checkbox"
                id="manual-moderation"
                name="manualModeration"
                value="yes"
                checked={view.rules.manualModeration}
              />{' '}
              <label for="manual-moderation">Hold every comment for a moderator</label>
            </p>
            <p>
              <input
                type="checkbox"
                id="previously-approved"
                name="previouslyApproved"
                value="yes"
                checked={view.rules.previouslyApproved}
              />{' '}
              <label for="previously-approved">
                Hold a commenter’s comments until one of theirs has been approved
              </label>
            </p>
            {view.rules.numbers.map((n) => (
              <p>
                <label for={`rule-${n.name}`}>{n.label}</label>
                <input
                  id={`rule-${n.name}`}
                  name={n.name}
                  type="number"
                  min={n.min}
                  max={n.max}
                  value={n.value}
                  aria-invalid={err('rules', n.name)}
                />
              </p>
            ))}
            <fieldset>
              <legend>Spam check (Akismet-compatible)</legend>
              <p>
                <input
                  type="checkbox"
                  id="spam-check-enabled"
                  name="spamCheckEnabled"
                  value="yes"
                  checked={view.rules.spamCheckEnabled}
                />{' '}
                <label for="spam-check-enabled">Ask the spam check about every comment</label>
              </p>
              <p>
                <label for="spam-check-url">Address</label>
                <input
                  id="spam-check-url"
                  name="spamCheckUrl"
                  type="url"
                  value={view.rules.spamCheckUrl}
                  aria-invalid={err('rules', 'spamCheckUrl')}
                />
              </p>
              <p>
                <label for="spam-check-key">Key</label>
                <input
                  id="spam-check-key"
                  name="spamCheckKey"
                  type="text"
                  autocomplete="off"
                  value={view.rules.spamCheckKey}
                  aria-invalid={err('rules', 'spamCheckKey')}
                />
              </p>
            </fieldset>
            <p>
              <button type="submit">Save rules</button>
            </p>
          </form>
        </>
      ) : null}
    </AdminLayout>
  );
}
