import type { MediaDetails, MediaTextField } from '../../domain/media/details.ts';
import { describedBy, FieldError, invalid } from '../fields.tsx';
import type { TimeView } from '../format.ts';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

export interface MediaItemPageView {
  chrome: AdminChrome;
  id: number;
  title: string;
  preview: { src: string; width: number; height: number; alt: string };
  /** The published file's address. */
  url: string;
  facts: { dimensions: string; size: string; type: string; filename: string };
  uploaded: { time: TimeView; by: string | null };
  values: MediaDetails;
  errors: Partial<Record<MediaTextField, string>>;
  limits: Record<MediaTextField, number>;
  notice: string | null;
}

const HINTS: Partial<Record<MediaTextField, string>> = {
  alt: 'What the picture shows, for readers who cannot see it. Not the caption: say what is there, briefly. Required before an article with this picture can be published.',
  credit: 'As printed under the picture, e.g. “Ines Halloran/Northgate Wire”.',
  source: 'The agency or source, e.g. “Northgate Wire”.',
  description: 'Notes for the newsroom; not shown to readers.',
};

/** One picture: what it is, and the words that go with it, to edit. */
export function MediaItemPage({ view }: { view: MediaItemPageView }) {
  const { values, errors } = view;
  const field = (name: MediaTextField, label: string, multiline: boolean) => {
    const id = `media-${name}`;
    const hint = HINTS[name];
    const common = {
      id,
      name,
      maxLength: view.limits[name],
      'aria-invalid': invalid(errors[name]),
      'aria-describedby': describedBy(hint && `${id}-hint`, errors[name] && `${id}-error`),
    };
    return (
      <p>
        <label for={id}>{label}</label>
        {multiline ? (
          <textarea {...common} rows={name === 'alt' ? 3 : 4}>
            {values[name]}
          </textarea>
        ) : (
          <input {...common} type="text" value={values[name]} />
        )}
        {hint ? (
          <span class="field-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        <FieldError id={`${id}-error`} message={errors[name]} />
      </p>
    );
  };
  return (
    <AdminLayout chrome={view.chrome} title={view.title}>
      <p>
        <a href="/admin/media">Back to the media library</a>
      </p>
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      {Object.keys(errors).length ? (
        <p class="form-message is-error" role="alert">
          Nothing was saved. Please correct the fields marked below.
        </p>
      ) : !values.alt ? (
        <p class="form-message is-error needs-alt">
          <strong>Needs alt text.</strong> Articles that use this picture cannot be published until
          it has some.
        </p>
      ) : null}
      <img
        class="media-preview"
        src={view.preview.src}
        alt={view.preview.alt}
        width={view.preview.width}
        height={view.preview.height}
      />
      <dl class="media-facts">
        <dt>File</dt>
        <dd>
          <a href={view.url}>{view.facts.filename}</a>
        </dd>
        <dt>Dimensions</dt>
        <dd>{view.facts.dimensions} pixels</dd>
        <dt>Size</dt>
        <dd>{view.facts.size}</dd>
        <dt>Type</dt>
        <dd>{view.facts.type}</dd>
        <dt>Uploaded</dt>
        <dd>
          <time datetime={view.uploaded.time.iso}>{view.uploaded.time.text}</time>
          {view.uploaded.by ? ` by ${view.uploaded.by}` : null}
        </dd>
      </dl>
      <form method="post" action={`/admin/media/${view.id}`} class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        {field('alt', 'Alt text', true)}
        {field('caption', 'Caption', true)}
        {field('credit', 'Credit', false)}
        {field('source', 'Source', false)}
        {field('description', 'Description', true)}
        <p>
          <input
            id="media-may-redistribute"
            name="may_redistribute"
            type="checkbox"
            value="1"
            checked={values.mayRedistribute}
          />{' '}
          <label for="media-may-redistribute">
            May be redistributed (partners and syndication may republish it)
          </label>
        </p>
        <p>
          <button type="submit">Save</button>
        </p>
      </form>
    </AdminLayout>
  );
}
