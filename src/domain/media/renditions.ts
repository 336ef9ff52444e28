import type { MediaItem } from './media.ts';

// Which resized copies of a picture exist. They are made on first request (web/media), so the
// rules here decide which requests are valid: anything else is a 404, not an encode.

/** Widths offered to browsers, in CSS pixels × density; never wider than the picture. */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;

export const RENDITION_FORMATS = ['avif', 'webp', 'jpg', 'png'] as const;
export type RenditionFormat = (typeof RENDITION_FORMATS)[number];

export const RENDITION_TYPES: Record<RenditionFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

export const isRenditionFormat = (value: string): value is RenditionFormat =>
  (RENDITION_FORMATS as readonly string[]).includes(value);

type Source = Pick<MediaItem, 'file' | 'mime' | 'width' | 'originalUrl'>;

/**
 * Pictures whose file is on this site. Not imports whose file stayed elsewhere, and not GIFs:
 * a resized copy would keep only the first frame of an animation.
 */
export const hasRenditions = (media: Source): boolean =>
  media.originalUrl === null && media.file !== '' && media.mime !== 'image/gif';

/**
 * The standard widths below the picture's own, then its own width (up to the largest standard
 * one), so a browser that wants the full picture gets it in a modern format too.
 */
export function renditionWidths(width: number): number[] {
  const largest = Math.min(width, RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]!);
  return [...RENDITION_WIDTHS.filter((w) => w < largest), largest];
}

/** For browsers without AVIF or WebP: PNG keeps a PNG's transparency, JPEG for the rest. */
export const fallbackFormat = (media: Pick<MediaItem, 'mime'>): 'jpg' | 'png' =>
  media.mime === 'image/png' ? 'png' : 'jpg';

export const renditionFormats = (media: Pick<MediaItem, 'mime'>): RenditionFormat[] => [
  'avif',
  'webp',
  fallbackFormat(media),
];

export function isRendition(media: Source, width: number, format: RenditionFormat): boolean {
  return (
    hasRenditions(media) &&
    renditionWidths(media.width).includes(width) &&
    renditionFormats(media).includes(format)
  );
}
