import type { Kysely } from 'kysely';
import type { MediaItem } from '../domain/media/media.ts';
import { writeTime } from './dialect.ts';
import type { Database } from './schema.ts';

export class MediaStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(item: Omit<MediaItem, 'id'>, now: Date): Promise<number> {
    const { id } = await this.db
      .insertInto('media')
      .values({
        file: item.file,
        mime: item.mime,
        width: item.width,
        height: item.height,
        bytes: item.bytes,
        alt: item.alt,
        caption: item.caption,
        credit: item.credit,
        source: item.source,
        may_redistribute: item.mayRedistribute ? 1 : 0,
        created_at: writeTime(now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }
}
