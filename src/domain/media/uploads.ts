import { slugify } from '../slug.ts';
import { tidyText } from './details.ts';

// What the media library accepts. The type is decided by the file's content (web/media asks the
// image decoder), never by its name or the browser's word for it.

/** The largest upload, in bytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * The largest picture, in pixels: a small file can decode to gigabytes (a "decompression
 * bomb"); 100 megapixels is beyond any press camera.
 */
export const MAX_UPLOAD_PIXELS = 100_000_000;

/** Formats we take. Not SVG: it can carry script. */
export const UPLOAD_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;
export type UploadFormat = (typeof UPLOAD_FORMATS)[number];

export const ACCEPTED_TYPES_TEXT = 'JPEG, PNG, WebP, AVIF, GIF or TIFF';

/** The decoder's name for a file's format (AVIF is a kind of HEIF) → ours, or null if refused. */
export function uploadFormat(detected: {
  format?: string;
  compression?: string;
}): UploadFormat | null {
  if (detected.format === 'heif') return detected.compression === 'av1' ? 'avif' : null;
  return (UPLOAD_FORMATS as readonly (string | undefined)[]).includes(detected.format)
    ? (detected.format as UploadFormat)
    : null;
}

export interface ServedFormat {
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
  ext: string;
  mime: string;
}

const SERVED: Record<ServedFormat['format'], ServedFormat> = {
  jpeg: { format: 'jpeg', ext: 'jpg', mime: 'image/jpeg' },
  png: { format: 'png', ext: 'png', mime: 'image/png' },
  webp: { format: 'webp', ext: 'webp', mime: 'image/webp' },
  avif: { format: 'avif', ext: 'avif', mime: 'image/avif' },
  gif: { format: 'gif', ext: 'gif', mime: 'image/gif' },
};

/** The published copy keeps the upload's format, except TIFF, which browsers do not show. */
export const servedFormat = (upload: UploadFormat, hasAlpha: boolean): ServedFormat =>
  upload === 'tiff' ? SERVED[hasAlpha ? 'png' : 'jpeg'] : SERVED[upload];

/** Extension for the kept original, from its real format. */
export const ORIGINAL_EXTENSIONS: Record<UploadFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  tiff: 'tif',
};

/**
 * The name shown in the library: the last part of what the browser sent (some send a whole
 * path), without control characters, at most 200 characters.
 */
export function displayFilename(sent: string | undefined): string {
  const name = tidyText((sent ?? '').split(/[/\\]/).pop() ?? '').replace(/\n/g, ' ');
  return [...name].slice(0, 200).join('');
}

/**
 * The stem of the stored file: readable (from the file name) but never trusted, so only
 * lower-case ASCII letters, digits and hyphens, with a random part so names never collide.
 */
export function storedStem(filename: string, random: string): string {
  const name = filename.split(/[/\\]/).pop() ?? '';
  const base = slugify(name.replace(/(.)\.[^.]*$/, '$1'))
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'picture'}-${random}`;
}
