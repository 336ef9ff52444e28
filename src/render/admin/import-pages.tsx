import type { TimeView } from '../format.ts';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

export interface ImportRunListItem {
  href: string;
  fileName: string;
  kind: string;
  status: string;
  started: TimeView;
}

export interface ImportPageView {
  chrome: AdminChrome;
  timeZone: string;
  maxMegabytes: number;
  runs: ImportRunListItem[];
  error: string | null;
}

export interface ImportRunView {
  chrome: AdminChrome;
  /** This page's own address. */
  href: string;
  fileName: string;
  kind: string;
  /** queued, running, waiting, done, failed */
  status: string;
  statusText: string;
  phase: string;
  read: number;
  started: TimeView;
  updated: TimeView;
  imported: [string, number][];
  skipped: [string, number][];
  warnings: { kind: string; count: number; examples: string[] }[];
  error: string | null;
  /** Seconds until the page reloads itself (the response's Refresh header); null when done. */
  refreshSeconds: number | null;
}

const KINDS: [string, string, string][] = [
  [
    'wordpress',
    'WordPress export',
    'From WordPress: Tools → Export → All content. Authors, categories, tags, posts, pages, comments, pictures (left at their old addresses) and old links.',
  ],
  ['disqus', 'Disqus export', 'Comments from Disqus, put under the articles they were left on.'],
];

export function ImportPage({ view }: { view: ImportPageView }) {
  return (
    <AdminLayout chrome={view.chrome} title="Import">
      {view.error ? (
        <p class="form-message is-error" role="alert">
          {view.error}
        </p>
      ) : null}
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Bring a site in</h2>
        <p>
          The import runs in the background: you can leave the progress page and come back. Running
          the same export again adds only what is not here yet.
        </p>
        <form
          method="post"
          action="/admin/import"
          enctype="multipart/form-data"
          class="admin-form import-upload"
        >
          {/* Before the file, so the server checks them before reading it. */}
          <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
          <fieldset>
            <legend>What kind of export</legend>
            {KINDS.map(([value, label, hint], i) => (
              <p class="choice">
                <input
                  type="radio"
                  id={`import-kind-${value}`}
                  name="kind"
                  value={value}
                  checked={i === 0}
                  aria-describedby={`import-kind-${value}-hint`}
                />
                <label for={`import-kind-${value}`}>{label}</label>
                <span class="field-hint" id={`import-kind-${value}-hint`}>
                  {hint}
                </span>
              </p>
            ))}
          </fieldset>
          <p>
            <label for="import-time-zone">Time zone of the old site</label>
            <input
              id="import-time-zone"
              name="time_zone"
              type="text"
              value={view.timeZone}
              aria-describedby="import-time-zone-hint"
            />
            <span class="field-hint" id="import-time-zone-hint">
              For the few times a WordPress export gives only in local time. A name like
              Europe/London.
            </span>
          </p>
          <p>
            <label for="import-file">Export file</label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xml,application/xml,text/xml"
              required
              aria-describedby="import-file-hint"
            />
            <span class="field-hint" id="import-file-hint">
              An XML file of up to {view.maxMegabytes} MB.
            </span>
          </p>
          <p>
            <button type="submit">Import</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Recent imports</h2>
        {view.runs.length === 0 ? (
          <p class="empty">None yet.</p>
        ) : (
          <ul class="import-runs">
            {view.runs.map((r) => (
              <li>
                <a href={r.href}>{r.fileName}</a> ({r.kind}), {r.status}, started{' '}
                <time datetime={r.started.iso}>{r.started.text}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </AdminLayout>
  );
}

function Counts({ id, title, rows }: { id: string; title: string; rows: [string, number][] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p class="empty">Nothing.</p>
      ) : (
        <table class="import-counts">
          <tbody>
            {rows.map(([what, n]) => (
              <tr>
                <th scope="row">{what}</th>
                <td>{n.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ImportRunPage({ view }: { view: ImportRunView }) {
  return (
    <AdminLayout chrome={view.chrome} title={`Import of ${view.fileName}`}>
      <p class="import-status" role="status">
        <strong>{view.statusText}</strong>{' '}
        {view.refreshSeconds !== null ? (
          <>
            ({view.phase}: {view.read.toLocaleString('en')} records read; this page reloads itself
            every {view.refreshSeconds} seconds, or <a href={view.href}>reload it now</a>)
          </>
        ) : null}
      </p>
      <p class="meta">
        {view.kind}, started <time datetime={view.started.iso}>{view.started.text}</time>, last news{' '}
        <time datetime={view.updated.iso}>{view.updated.text}</time>.
      </p>
      {view.error ? (
        <p class="form-message is-error" role="alert">
          {view.error}
        </p>
      ) : null}
      <Counts id="imported-heading" title="Imported" rows={view.imported} />
      <Counts id="skipped-heading" title="Skipped" rows={view.skipped} />
      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">Warnings</h2>
        {view.warnings.length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="import-warnings">
            {view.warnings.map((w) => (
              <li>
                {w.count.toLocaleString('en')} × {w.kind}
                {w.examples.length ? (
                  <ul>
                    {w.examples.map((e) => (
                      <li>
                        <span class="meta">{e}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <a href="/admin/import">Back to imports</a>
      </p>
    </AdminLayout>
  );
}
