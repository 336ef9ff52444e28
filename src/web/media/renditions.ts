import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { MediaItem } from '../../domain/media/media.ts';
import { MAX_UPLOAD_PIXELS } from '../../domain/media/uploads.ts';
import type { RenditionFormat } from '../../domain/media/renditions.ts';
import { RENDITIONS, underMedia } from './media-files.ts';

// Resized copies, made from the published file (already upright and without metadata) the first
// time a browser asks, then kept on disk. A copy is written under a temporary name and renamed
// into place, so no reader ever gets half a file, even with several instances sharing the folder.

/** How many encodes this process has run: lets tests see that a cached copy was reused. */
export const renditionStats = { encodes: 0 };

/** Encodes in progress, by target path: a second request for the same copy waits for the first. */
const inFlight = new Map<string, Promise<string>>();

/** Where a copy lives: beside its source's path, so a copy always belongs to one file. */
export const renditionPath = (
  dataDir: string,
  media: Pick<MediaItem, 'file'>,
  width: number,
  format: RenditionFormat,
): string | null => underMedia(dataDir, `${RENDITIONS}/${media.file}/${width}.${format}`);

function encoder(image: Sharp, format: RenditionFormat): Sharp {
  switch (format) {
    case 'avif':
      return image.avif({ quality: 55 });
    case 'webp':
      return image.webp({ quality: 78 });
    case 'jpg':
      // A transparent source (WebP, AVIF) shown as JPEG sits on white rather than black.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
    case 'png':
      return image.png({ compressionLevel: 9 });
  }
}

async function encode(source: string, target: string, width: number, format: RenditionFormat) {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    renditionStats.encodes++;
    await encoder(
      sharp(source, { limitInputPixels: MAX_UPLOAD_PIXELS }).resize({
        width,
        withoutEnlargement: true,
      }),
      format,
    ).toFile(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const exists = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The path of the copy, made now if needed; null when the picture's file is not on disk. The
 * caller has already checked the width and format are offered for this picture.
 */
export async function rendition(
  dataDir: string,
  media: Pick<MediaItem, 'file'>,
  width: number,
  format: RenditionFormat,
): Promise<string | null> {
  const target = renditionPath(dataDir, media, width, format);
  const source = underMedia(dataDir, media.file);
  if (!target || !source) return null;
  if (await exists(target)) return target;
  let pending = inFlight.get(target);
  if (!pending) {
    pending = (async () => {
      if (!(await exists(source))) return '';
      // Another request may have finished it while this one looked.
      if (!(await exists(target))) await encode(source, target, width, format);
      return target;
    })().finally(() => inFlight.delete(target));
    inFlight.set(target, pending);
  }
  return (await pending) || null;
}
