// Pictures of the old site found in a local copy of its `wp-content/uploads` are brought into the
// media folder the way the media library takes uploads (decision 0010): the original kept but
// never served, the published copy re-encoded by sharp, which writes no metadata (no GPS, no
// camera serials). The site then serves them itself, with resized copies.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ORIGINAL_EXTENSIONS, storedStem } from '../../domain/media/uploads.ts';
import { inspectImage, publishedCopy } from '../../web/media/image-files.ts';
import { ORIGINALS, underMedia } from '../../web/media/media-files.ts';

/** Bigger than any upload the library takes: originals of old sites can be large scans. */
const MAX_LOCAL_BYTES = 100 * 1024 * 1024;

export interface LocalPicture {
  ok: true;
  file: string;
  original: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  /** Removes the written files (when the record could not be saved). */
  discard(): Promise<void>;
}

export type LocalPictureResult = LocalPicture | { ok: false; reason: string } | null;

/**
 * Where an attachment's file would be in a copy of `uploads`: its `_wp_attached_file` path, or
 * its address's path after `/uploads/`, or the address's whole path.
 */
export function uploadsCandidates(uploadsPath: string | null, address: string): string[] {
  const out: string[] = [];
  if (uploadsPath) out.push(uploadsPath);
  try {
    const pathname = decodeURIComponent(new URL(address).pathname);
    const after = /\/uploads\/(.+)$/.exec(pathname)?.[1];
    if (after) out.push(after);
    out.push(pathname.replace(/^\/+/, ''));
    // WordPress.com serves uploads as /<yyyy>/<mm>/<file> on its own host.
    const dated = /(\d{4}\/\d{2}\/[^/]+)$/.exec(pathname)?.[1];
    if (dated) out.push(dated);
  } catch {
    // An address that is not one: only the attached-file path can find it.
  }
  return [...new Set(out)];
}

/** The first candidate that is a file inside `mediaDir`; never a path outside it. */
async function findFile(mediaDir: string, candidates: string[]): Promise<string | null> {
  const root = path.resolve(mediaDir);
  for (const candidate of candidates) {
    const full = path.resolve(root, candidate);
    if (!full.startsWith(root + path.sep)) continue;
    const info = await stat(full).catch(() => null);
    if (info?.isFile()) return full;
  }
  return null;
}

/**
 * Copies an attachment's file into the media folder: null when the copy of uploads does not
 * have it, `ok: false` when it has it but it is not a picture we can serve.
 */
export async function copyLocalPicture(
  dirs: { dataDir: string; mediaDir: string },
  candidates: string[],
  now: Date,
): Promise<LocalPictureResult> {
  const found = await findFile(dirs.mediaDir, candidates);
  if (!found) return null;
  const size = (await stat(found)).size;
  if (size > MAX_LOCAL_BYTES)
    return { ok: false, reason: `is larger than ${MAX_LOCAL_BYTES / 1024 / 1024} MB` };
  const data = await readFile(found);
  const inspected = await inspectImage(data);
  if (!inspected.ok) return { ok: false, reason: inspected.message };
  const copy = await publishedCopy(data, inspected);
  if (!copy.ok) return { ok: false, reason: copy.message };

  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const stem = storedStem(path.basename(found), randomBytes(5).toString('hex'));
  const file = `${folder}/${stem}.${copy.served.ext}`;
  const original = `${ORIGINALS}/${folder}/${stem}.${ORIGINAL_EXTENSIONS[inspected.format]}`;
  const written: string[] = [];
  const discard = async () => {
    await Promise.all(written.map((f) => rm(f, { force: true })));
  };
  try {
    for (const [relative, bytes] of [
      [original, data],
      [file, copy.data],
    ] as const) {
      const full = underMedia(dirs.dataDir, relative);
      if (!full) throw new Error(`Refusing to write outside the media folder: ${relative}`);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, bytes, { flag: 'wx' });
      written.push(full);
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    ok: true,
    file,
    original,
    mime: copy.served.mime,
    width: copy.width,
    height: copy.height,
    bytes: copy.data.length,
    discard,
  };
}
