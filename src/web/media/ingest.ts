import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../domain/clock.ts';
import { prefillFromMetadata } from '../../domain/media/prefill.ts';
import { ORIGINAL_EXTENSIONS, displayFilename, storedStem } from '../../domain/media/uploads.ts';
import type { MediaStore } from '../../storage/media-store.ts';
import { inspectImage, publishedCopy, type Refusal } from './image-files.ts';
import { ORIGINALS, underMedia } from './media-files.ts';
import { readPhotoMetadata } from './photo-metadata.ts';

export interface IngestDeps {
  dataDir: string;
  media: MediaStore;
  clock: Clock;
}

export type IngestResult = { ok: true; id: number } | Refusal;

/**
 * Adds an upload to the library: checks it is a picture, keeps the original (never served),
 * writes the published copy without metadata, prefills caption and credit from the original's
 * metadata, then records it. Everything is checked before anything is written, and a failure
 * while writing removes what was written, so a refused upload leaves nothing behind.
 */
export async function ingestUpload(
  deps: IngestDeps,
  upload: { data: Buffer; filename: string | undefined; uploadedBy: number },
): Promise<IngestResult> {
  const inspected = await inspectImage(upload.data);
  if (!inspected.ok) return inspected;
  const [copy, metadata] = await Promise.all([
    publishedCopy(upload.data, inspected),
    readPhotoMetadata(upload.data),
  ]);
  if (!copy.ok) return copy;

  const now = deps.clock();
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const filename = displayFilename(upload.filename);
  const stem = storedStem(filename, randomBytes(5).toString('hex'));
  const file = `${folder}/${stem}.${copy.served.ext}`;
  const original = `${ORIGINALS}/${folder}/${stem}.${ORIGINAL_EXTENSIONS[inspected.format]}`;

  const written: string[] = [];
  const write = async (relative: string, data: Buffer) => {
    const full = underMedia(deps.dataDir, relative);
    if (!full) throw new Error(`Refusing to write outside the media folder: ${relative}`);
    await mkdir(path.dirname(full), { recursive: true });
    // `wx`: never overwrite; the random part of the name makes a clash all but impossible.
    await writeFile(full, data, { flag: 'wx' });
    written.push(full);
  };
  try {
    await write(original, upload.data);
    await write(file, copy.data);
    const id = await deps.media.create(
      {
        file,
        original,
        filename,
        mime: copy.served.mime,
        width: copy.width,
        height: copy.height,
        bytes: copy.data.length,
        ...prefillFromMetadata(metadata),
        mayRedistribute: false,
        uploadedBy: upload.uploadedBy,
      },
      now,
    );
    return { ok: true, id };
  } catch (error) {
    await Promise.all(written.map((f) => rm(f, { force: true })));
    throw error;
  }
}
