import sharp, { type Metadata } from 'sharp';
import {
  ACCEPTED_TYPES_TEXT,
  MAX_UPLOAD_PIXELS,
  servedFormat,
  uploadFormat,
  type ServedFormat,
  type UploadFormat,
} from '../../domain/media/uploads.ts';

// Decoding and re-encoding uploads with sharp. The published copy is always re-encoded: that is
// what drops every piece of metadata (GPS position, camera serial, editing history), because
// sharp writes none unless asked.

export type Refusal = { ok: false; status: 413 | 415; message: string };

export interface Inspected {
  ok: true;
  format: UploadFormat;
  hasAlpha: boolean;
  /** Frames of an animation (GIF, WebP); 1 for a still picture. */
  pages: number;
}

/** What the file really is, from its content; refused unless it is a picture we take. */
export async function inspectImage(data: Buffer): Promise<Inspected | Refusal> {
  let meta: Metadata;
  try {
    // Reading the header decodes nothing, so no pixel limit is needed yet.
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    return {
      ok: false,
      status: 415,
      message: `This file is not a picture. Upload ${ACCEPTED_TYPES_TEXT}.`,
    };
  }
  if (meta.format === 'svg')
    return {
      ok: false,
      status: 415,
      message: `SVG files are not accepted: they can carry scripts. Export the picture as PNG or WebP instead.`,
    };
  const format = uploadFormat(meta);
  if (!format || !meta.width || !meta.height)
    return {
      ok: false,
      status: 415,
      message: `This kind of file is not accepted. Upload ${ACCEPTED_TYPES_TEXT}.`,
    };
  if (meta.width * meta.height > MAX_UPLOAD_PIXELS)
    return {
      ok: false,
      status: 413,
      message: `This picture has too many pixels (${meta.width} × ${meta.height}). Upload one of at most ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels.`,
    };
  return { ok: true, format, hasAlpha: meta.hasAlpha === true, pages: meta.pages ?? 1 };
}

export interface PublishedCopy {
  ok: true;
  data: Buffer;
  width: number;
  height: number;
  served: ServedFormat;
}

/** The copy readers get: turned upright (EXIF orientation applied), without any metadata. */
export async function publishedCopy(
  data: Buffer,
  inspected: Inspected,
): Promise<PublishedCopy | Refusal> {
  const served = servedFormat(inspected.format, inspected.hasAlpha);
  const animated = inspected.pages > 1;
  try {
    let image = sharp(data, { animated, limitInputPixels: MAX_UPLOAD_PIXELS });
    // Animations carry no EXIF orientation, and sharp can only turn them by 180°.
    if (!animated) image = image.rotate();
    switch (served.format) {
      case 'jpeg':
        image = image.flatten({ background: '#ffffff' }).jpeg({ quality: 90, mozjpeg: true });
        break;
      case 'png':
        image = image.png({ compressionLevel: 9 });
        break;
      case 'webp':
        image = image.webp({ quality: 90 });
        break;
      case 'avif':
        image = image.avif({ quality: 70 });
        break;
      case 'gif':
        image = image.gif();
        break;
    }
    const { data: out, info } = await image.toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      data: out,
      width: info.width,
      height: animated ? (info.pageHeight ?? info.height) : info.height,
      served,
    };
  } catch {
    // The header was fine but the pixels are not: a truncated or damaged file.
    return {
      ok: false,
      status: 415,
      message:
        'This picture could not be read; the file may be damaged. Export it again and retry.',
    };
  }
}
