import type { Kysely } from 'kysely';
import type { MediaItem } from '../domain/media/media.ts';
import { writeTime } from './dialect.ts';
import type { Database } from './schema.ts';

/** A new media record: the optional parts default to empty. */
export type NewMedia = Omit<MediaItem, 'id' | 'description' | 'filename' | 'originalUrl'> &
  Partial<Pick<MediaItem, 'description' | 'filename' | 'originalUrl'>> & {
    /** The upload as it arrived, kept but never served. */
    original?: string | null;
    uploadedBy?: number | null;
  };

export class MediaStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(item: NewMedia, now: Date): Promise<number> {
    const { id } = await this.db
      .insertInto('media')
      .values({
        file: item.file,
        original: item.original ?? null,
        original_url: item.originalUrl ?? null,
        filename: item.filename ?? '',
        mime: item.mime,
        width: item.width,
        height: item.height,
        bytes: item.bytes,
        alt: item.alt,
        caption: item.caption,
        credit: item.credit,
        source: item.source,
        description: item.description ?? '',
        may_redistribute: item.mayRedistribute ? 1 : 0,
        uploaded_by: item.uploadedBy ?? null,
        created_at: writeTime(now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }
}
