import { MEDIA_TEXT_LIMITS, tidyText, type MediaDetails } from './details.ts';

// Agencies and photographers write caption and credit into the file (IPTC, XMP, EXIF). We offer
// them as a start; a person checks them. Alt text is never prefilled: it describes what the picture
// shows for someone who cannot see it, which no caption does.

/** The text fields read from a file's embedded metadata, by standard; absent ones undefined. */
export interface PhotoMetadata {
  iptc: { caption?: string; credit?: string; byline?: string; source?: string };
  xmp: { description?: string; credit?: string; source?: string };
  exif: { imageDescription?: string; artist?: string };
}

export type Prefill = Pick<MediaDetails, 'alt' | 'caption' | 'credit' | 'source'>;

// What cameras write into ImageDescription by themselves: not a caption.
const CAMERA_DEFAULT = /^(([a-z]+ )*digital camera|[a-z]* ?dsc|default|untitled)$/i;

const clean = (value: string | undefined, limit: number): string => {
  const text = tidyText(value ?? '');
  return [...text].length > limit ? [...text].slice(0, limit).join('').trimEnd() : text;
};

const first = (...values: (string | undefined)[]): string =>
  values.map((v) => tidyText(v ?? '')).find((v) => v !== '') ?? '';

/** Newsroom style: "Name/Agency", unless the name already carries an agency or is the agency. */
function creditLine(name: string, source: string): string {
  if (!name) return '';
  if (!source || name.includes('/') || name.toLowerCase().includes(source.toLowerCase()))
    return name;
  return `${name}/${source}`;
}

export function prefillFromMetadata(meta: PhotoMetadata): Prefill {
  const source = first(meta.iptc.source, meta.xmp.source);
  const description = tidyText(meta.exif.imageDescription ?? '');
  const caption = first(
    meta.iptc.caption,
    meta.xmp.description,
    CAMERA_DEFAULT.test(description) ? '' : description,
  );
  const name = first(meta.iptc.credit, meta.iptc.byline, meta.xmp.credit, meta.exif.artist);
  return {
    alt: '',
    caption: clean(caption, MEDIA_TEXT_LIMITS.caption),
    credit: clean(creditLine(name, source), MEDIA_TEXT_LIMITS.credit),
    source: clean(source, MEDIA_TEXT_LIMITS.source),
  };
}
