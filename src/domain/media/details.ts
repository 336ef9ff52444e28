import type { MediaItem } from './media.ts';

// The words a person writes about a picture: what the media item page edits, and what the
// metadata prefill suggests.

export type MediaDetails = Pick<
  MediaItem,
  'alt' | 'caption' | 'credit' | 'source' | 'description' | 'mayRedistribute'
>;
export type MediaTextField = Exclude<keyof MediaDetails, 'mayRedistribute'>;

export const MEDIA_TEXT_FIELDS: readonly MediaTextField[] = [
  'alt',
  'caption',
  'credit',
  'source',
  'description',
];

/** Longest accepted text per field, in characters (longer is refused, never cut). */
export const MEDIA_TEXT_LIMITS: Record<MediaTextField, number> = {
  alt: 1000,
  caption: 5000,
  credit: 250,
  source: 250,
  description: 10_000,
};

/** Line breaks as `\n`, no other control characters, no space at either end. */
export const tidyText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    // Everything below U+0020 except the newline, and DEL.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .trim();

export type MediaDetailsResult =
  | { ok: true; details: MediaDetails }
  | { ok: false; errors: Partial<Record<MediaTextField, string>>; details: MediaDetails };

/** Checks what a person typed; `details` is always the tidied input, to show again on refusal. */
export function validateMediaDetails(
  input: {
    [K in MediaTextField]: string;
  } & { mayRedistribute: boolean },
): MediaDetailsResult {
  const details: MediaDetails = {
    alt: tidyText(input.alt),
    caption: tidyText(input.caption),
    credit: tidyText(input.credit),
    source: tidyText(input.source),
    description: tidyText(input.description),
    mayRedistribute: input.mayRedistribute,
  };
  const errors: Partial<Record<MediaTextField, string>> = {};
  for (const name of MEDIA_TEXT_FIELDS) {
    const limit = MEDIA_TEXT_LIMITS[name];
    if ([...details[name]].length > limit)
      errors[name] = `Use at most ${limit.toLocaleString('en')} characters.`;
  }
  // Alt text that says only "image" or repeats the file name tells a listener nothing.
  if (
    /^(image|picture|photo|photograph|img)\.?$/i.test(details.alt) ||
    /\.(jpe?g|png|gif|webp|avif|tiff?)$/i.test(details.alt)
  )
    errors.alt = 'Describe what the picture shows, not that it is a picture or its file name.';
  return Object.keys(errors).length ? { ok: false, errors, details } : { ok: true, details };
}
