import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

export interface MediaCardView {
  id: number;
  href: string;
  thumb: { src: string; width: number; height: number };
  filename: string;
  alt: string;
  caption: string;
  credit: string;
  /** "1600 × 900" */
  dimensions: string;
  needsAlt: boolean;
}

export interface MediaLibraryPageView {
  chrome: AdminChrome;
  query: string;
  total: number;
  items: MediaCardView[];
  pagination: { page: number; pages: number; prevHref: string | null; nextHref: string | null };
  upload: { accept: string; hint: string };
  notice: string | null;
}

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** The media library: upload, search, and the pictures newest first. */
export function MediaLibraryPage({ view }: { view: MediaLibraryPageView }) {
  const { pagination } = view;
  return (
    <AdminLayout chrome={view.chrome} title="Media">
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload a picture</h2>
        <form
          method="post"
          action="/admin/media"
          enctype="multipart/form-data"
          class="admin-form media-upload"
        >
          {/* First in the form, so the server checks it before reading the file. */}
          <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
          <p>
            <label for="media-file">Picture</label>
            <input
              id="media-file"
              name="file"
              type="file"
              accept={view.upload.accept}
              required
              aria-describedby="media-file-hint"
            />
            <span class="field-hint" id="media-file-hint">
              {view.upload.hint}
            </span>
          </p>
          <p>
            <button type="submit">Upload</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Library</h2>
        <search>
          <form method="get" action="/admin/media" class="media-search">
            <p>
              <label for="media-q">Search by file name, alt text, caption, credit or source</label>
              <input id="media-q" name="q" type="search" value={view.query} maxLength={200} />{' '}
              <button type="submit">Search</button>
            </p>
          </form>
        </search>
        <p class="media-count" role="status">
          {view.total === 0
            ? view.query
              ? `No pictures match “${view.query}”.`
              : 'No pictures yet.'
            : `${view.total.toLocaleString('en')} ${view.total === 1 ? 'picture' : 'pictures'}${
                view.query ? ` matching “${view.query}”` : ''
              }.`}
        </p>
        {view.items.length ? (
          <ul class="media-grid">
            {view.items.map((item) => (
              <li class="media-card">
                <a href={item.href}>
                  <img
                    src={item.thumb.src}
                    alt={item.alt}
                    width={item.thumb.width}
                    height={item.thumb.height}
                    loading="lazy"
                    decoding="async"
                  />
                  <span class="media-name">{item.filename || `Picture ${item.id}`}</span>
                </a>
                <span class="meta"> {item.dimensions}</span>
                {item.caption ? <p class="media-caption">{shorten(item.caption, 140)}</p> : null}
                {item.credit ? <p class="media-credit">{item.credit}</p> : null}
                {item.needsAlt ? (
                  <p class="needs-alt">
                    <strong>Needs alt text</strong>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {pagination.pages > 1 ? (
          <nav class="pagination" aria-label="Pages">
            {pagination.prevHref ? (
              <a href={pagination.prevHref} rel="prev">
                Newer
              </a>
            ) : null}{' '}
            <span class="page-count">
              Page {pagination.page} of {pagination.pages}
            </span>{' '}
            {pagination.nextHref ? (
              <a href={pagination.nextHref} rel="next">
                Older
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </AdminLayout>
  );
}
