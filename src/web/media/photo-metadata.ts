import exifr from 'exifr';
import type { PhotoMetadata } from '../../domain/media/prefill.ts';

// Reads the caption and credit fields agencies embed (IPTC, XMP, EXIF) with exifr, for the
// prefill. Reading is best effort: a file whose metadata cannot be read is still a picture.

const EMPTY: PhotoMetadata = { iptc: {}, xmp: {}, exif: {} };

type Raw = Record<string, Record<string, unknown> | undefined>;

/**
 * exifr reads IPTC text as Latin-1, but agencies write UTF-8 (and say so in record 1:90, which
 * exifr does not read). Bytes that are valid UTF-8 almost never come from Latin-1 text, so
 * when they are, decode them as UTF-8.
 */
function iptcText(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/** A value as text: repeated values (several by-lines) joined; anything else ignored. */
function text(value: unknown, fix: (s: string) => string = (s) => s): string | undefined {
  if (typeof value === 'string') return fix(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => text(v, fix)).filter((v): v is string => !!v);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

/** XMP language alternatives (`rdf:Alt`): the default language, else the first. */
function langAlt(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const entries = (Array.isArray(value) ? value : [value]).filter(
    (v): v is { lang?: unknown; value?: unknown } => typeof v === 'object' && v !== null,
  );
  const chosen = entries.find((e) => e.lang === 'x-default') ?? entries[0];
  return typeof chosen?.value === 'string' ? chosen.value : undefined;
}

export async function readPhotoMetadata(data: Buffer): Promise<PhotoMetadata> {
  let raw: Raw | undefined;
  try {
    raw = (await exifr.parse(data, {
      tiff: true,
      ifd0: {},
      exif: false,
      gps: false,
      interop: false,
      ifd1: false,
      iptc: true,
      xmp: true,
      icc: false,
      jfif: false,
      ihdr: false,
      makerNote: false,
      userComment: false,
      mergeOutput: false,
    })) as Raw | undefined;
  } catch {
    return EMPTY;
  }
  if (!raw) return EMPTY;
  const { iptc = {}, dc = {}, photoshop = {}, ifd0 = {} } = raw;
  return {
    iptc: {
      caption: text(iptc.Caption, iptcText),
      credit: text(iptc.Credit, iptcText),
      byline: text(iptc.Byline, iptcText),
      source: text(iptc.Source, iptcText),
    },
    xmp: {
      description: langAlt(dc.description),
      credit: text(photoshop.Credit),
      source: text(photoshop.Source),
    },
    exif: { imageDescription: text(ifd0.ImageDescription), artist: text(ifd0.Artist) },
  };
}
