import type { TimeView } from '../format.ts';
import { describedBy, FieldError, invalid } from '../fields.tsx';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

export interface PrivacyCommentView {
  number: number;
  status: string;
  name: string;
  ip: string;
  article: { headline: string; href: string };
  time: TimeView;
}

export interface PrivacyLookupView {
  /** The address as matched: trimmed and lower-cased. */
  email: string;
  comments: PrivacyCommentView[];
  /** e.g. "2 approved, 1 pending". */
  byStatus: string;
  subscriptions: number;
  measures: number;
  reports: number;
  mail: number;
  wordListEntries: number;
  staffAccount: boolean;
  /** Anything an erasure would change. */
  erasable: boolean;
  confirmError: string | null;
}

export interface PrivacyPageView {
  chrome: AdminChrome;
  /** What the lookup field shows. */
  email: string;
  emailError: string | null;
  notice: string | null;
  result: PrivacyLookupView | null;
  canErase: boolean;
}

export const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function Holdings({ result }: { result: PrivacyLookupView }) {
  const lines = [
    result.comments.length > 0
      ? `${plural(result.comments.length, 'comment', 'comments')} (${result.byStatus})`
      : null,
    result.subscriptions > 0
      ? plural(result.subscriptions, 'reply notification', 'reply notifications')
      : null,
    result.measures > 0 ? plural(result.measures, 'hold or ban', 'holds or bans') : null,
    result.reports > 0
      ? `${plural(result.reports, 'report', 'reports')} by readers on their comments`
      : null,
    result.mail > 0
      ? `${plural(result.mail, 'mail message', 'mail messages')}, queued or sent, mentioning the address`
      : null,
    result.wordListEntries > 0
      ? `${plural(result.wordListEntries, 'entry', 'entries')} in the moderation or disallowed words`
      : null,
  ].filter((l): l is string => l !== null);
  if (lines.length === 0)
    return (
      <p>
        Nothing: no comment, reply notification, hold or ban uses this address. The export says so.
      </p>
    );
  return (
    <ul>
      {lines.map((l) => (
        <li>{l}</li>
      ))}
    </ul>
  );
}

function EraseSection({ view, result }: { view: PrivacyPageView; result: PrivacyLookupView }) {
  if (!result.erasable) return null;
  if (!view.canErase)
    return (
      <>
        <h2>Erase</h2>
        <p>
          Only the site’s owner and administrators can erase personal data, because it cannot be
          undone. Send one of them the request.
        </p>
      </>
    );
  return (
    <>
      <h2>Erase</h2>
      <p>Erasing this address:</p>
      <ul>
        <li>
          keeps the text of each comment, where it is, with its status, but shows the author as
          “Anonymous”, with no website;
        </li>
        <li>
          blanks the email address, website and browser, cuts the IP address to its network (/24 or
          /48), and takes the address out of their comments’ text;
        </li>
        <li>deletes their reply notifications, and any hold or ban on the address;</li>
        <li>
          deletes mail to them and sent mail mentioning them, and takes the address out of mail
          still to go and of the word lists;
        </li>
        <li>notes the erasure, by you, in each comment’s moderation history.</li>
      </ul>
      <p>It cannot be undone. Export first if the commenter asked for a copy.</p>
      <form method="post" action="/admin/privacy/erase" class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <input type="hidden" name="email" value={result.email} />
        <p>
          <input
            id="privacy-confirm"
            name="confirm"
            type="checkbox"
            value="yes"
            required
            aria-invalid={invalid(result.confirmError ?? undefined)}
            aria-describedby={describedBy(result.confirmError && 'privacy-confirm-error')}
          />{' '}
          <label for="privacy-confirm">
            I have checked that this request comes from the owner of {result.email}, and I
            understand that erasing cannot be undone.
          </label>
          <FieldError id="privacy-confirm-error" message={result.confirmError ?? undefined} />
        </p>
        <p>
          <button type="submit">Erase personal data</button>
        </p>
      </form>
    </>
  );
}

function Lookup({ view, result }: { view: PrivacyPageView; result: PrivacyLookupView }) {
  return (
    <section aria-labelledby="privacy-result">
      <h2 id="privacy-result">Held for {result.email}</h2>
      <Holdings result={result} />
      {result.staffAccount ? (
        <p>This address also belongs to a staff account. The account itself is not changed here.</p>
      ) : null}
      {result.comments.length > 0 ? (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">Comment</th>
              <th scope="col">Article</th>
              <th scope="col">Status</th>
              <th scope="col">Name</th>
              <th scope="col">IP address</th>
              <th scope="col">Written</th>
            </tr>
          </thead>
          <tbody>
            {result.comments.map((c) => (
              <tr>
                <td>{c.number}</td>
                <td>
                  <a href={c.article.href}>{c.article.headline}</a>
                </td>
                <td>{c.status}</td>
                <td>{c.name}</td>
                <td>{c.ip}</td>
                <td>
                  <time datetime={c.time.iso}>{c.time.text}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>Export</h2>
      <p>
        Everything above, in full (every comment with its text, addresses and dates, reply
        notifications, holds and bans, the moderation history of their comments), as a JSON file to
        send to the commenter.
      </p>
      <form method="post" action="/admin/privacy/export" class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <input type="hidden" name="email" value={result.email} />
        <p>
          <button type="submit">Download as JSON</button>
        </p>
      </form>
      <EraseSection view={view} result={result} />
    </section>
  );
}

/** Find, export and erase a commenter's personal data by their email address. */
export function PrivacyPage({ view }: { view: PrivacyPageView }) {
  return (
    <AdminLayout chrome={view.chrome} title="Commenters’ personal data">
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <p>
        A commenter may ask for a copy of what the site holds about them, or for it to be erased.
        Find it by the email address they comment with; capitals do not matter.
      </p>
      <form method="post" action="/admin/privacy" class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <p>
          <label for="privacy-email">Commenter’s email address</label>
          <input
            id="privacy-email"
            name="email"
            type="text"
            inputMode="email"
            autocomplete="off"
            spellcheck={false}
            required
            value={view.email}
            aria-invalid={invalid(view.emailError ?? undefined)}
            aria-describedby={describedBy(view.emailError && 'privacy-email-error')}
          />
          <FieldError id="privacy-email-error" message={view.emailError ?? undefined} />
        </p>
        <p>
          <button type="submit">Look up</button>
        </p>
      </form>
      {view.result ? <Lookup view={view} result={view.result} /> : null}
    </AdminLayout>
  );
}
