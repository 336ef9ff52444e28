import type { MediaItem } from '../../domain/media/media.ts';
import {
  RENDITION_TYPES,
  fallbackFormat,
  hasRenditions,
  renditionWidths,
  type RenditionFormat,
} from '../../domain/media/renditions.ts';

// Addresses of pictures. The published file is `/media/<file>`; resized copies are
// `/media/r/<id>/<width>.<format>` (format avif, webp, jpg or png), made on first request and
// cached for a year: a picture's file never changes under its id.

type Addressed = Pick<MediaItem, 'id' | 'file' | 'mime' | 'width' | 'originalUrl'>;

/** The full picture: here, or where an import left it. */
export const mediaUrl = (media: Pick<MediaItem, 'file' | 'originalUrl'>): string =>
  media.originalUrl ?? `/media/${media.file}`;

export const renditionUrl = (id: number, width: number, format: RenditionFormat): string =>
  `/media/r/${id}/${width}.${format}`;

/** A small copy for lists and pickers (WebP), or the picture itself when it has no copies. */
export function thumbnailUrl(media: Addressed): string {
  if (!hasRenditions(media)) return mediaUrl(media);
  return renditionUrl(media.id, renditionWidths(media.width)[0]!, 'webp');
}

/** A `srcset` in one format: every offered width. */
export const srcset = (media: Addressed, format: RenditionFormat): string =>
  renditionWidths(media.width)
    .map((w) => `${renditionUrl(media.id, w, format)} ${w}w`)
    .join(', ');

/** Shown at most as wide as the site's widest column (the lead picture's), unless told better. */
const DEFAULT_SIZES = '(min-width: 64rem) 64rem, 100vw';

/** What a responsive image needs beyond its `src`: none for a picture without copies. */
export function responsiveImage(media: Addressed): {
  sources?: { type: string; srcset: string }[];
  srcset?: string;
  sizes?: string;
} {
  if (!hasRenditions(media)) return {};
  return {
    sources: (['avif', 'webp'] as const).map((format) => ({
      type: RENDITION_TYPES[format],
      srcset: srcset(media, format),
    })),
    srcset: srcset(media, fallbackFormat(media)),
    sizes: DEFAULT_SIZES,
  };
}
