import { type Expression, type Kysely, type SqlBool } from 'kysely';
import type { MediaDetails } from '../domain/media/details.ts';
import type { MediaItem } from '../domain/media/media.ts';
import { toMediaItem } from './article-store.ts';
import { containsFolded, readTime, writeTime } from './dialect.ts';
import type { Database } from './schema.ts';

/** A new media record: the optional parts default to empty. */
export type NewMedia = Omit<MediaItem, 'id' | 'description' | 'filename' | 'originalUrl'> &
  Partial<Pick<MediaItem, 'description' | 'filename' | 'originalUrl'>> & {
    /** The upload as it arrived, kept but never served. */
    original?: string | null;
    uploadedBy?: number | null;
  };

/** A library item with who added it and when, for the media pages. */
export interface MediaRecord extends MediaItem {
  /** Path of the kept original under the media folder, or null (imports, demo pictures). */
  original: string | null;
  uploadedBy: { id: number; name: string } | null;
  createdAt: Date;
}

/** Columns the library search looks in. */
const SEARCHED = ['filename', 'alt', 'caption', 'credit', 'source'] as const;

/** A LIKE pattern matching `term` anywhere, its own `%`, `_` and `\` taken literally. */

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

  async find(id: number): Promise<MediaRecord | null> {
    const row = await this.db
      .selectFrom('media as m')
      .leftJoin('people as p', 'p.id', 'm.uploaded_by')
      .selectAll('m')
      .select(['p.name as uploader_name'])
      .where('m.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return {
      ...toMediaItem(row),
      original: row.original ?? null,
      uploadedBy:
        row.uploaded_by !== null && row.uploaded_by !== undefined && row.uploader_name !== null
          ? { id: row.uploaded_by, name: row.uploader_name }
          : null,
      createdAt: readTime(row.created_at),
    };
  }

  /**
   * The library, newest first. Every search term must appear in one of the searched columns.
   * Case is folded with SQL `lower()`, which both databases apply alike to ASCII letters
   * (SQLite folds nothing else); ordering uses times and ids, never text collation.
   */
  async list(options: {
    terms: string[];
    limit: number;
    offset: number;
  }): Promise<{ items: MediaItem[]; total: number }> {
    const matches = (terms: string[]) =>
      this.db
        .selectFrom('media')
        .where((eb) =>
          eb.and(
            terms.map((term) =>
              eb.or(SEARCHED.map((column): Expression<SqlBool> => containsFolded(column, term))),
            ),
          ),
        );
    const [rows, count] = await Promise.all([
      matches(options.terms)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      matches(options.terms)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toMediaItem), total: Number(count.n) };
  }

  /** Saves what a person wrote about a picture; false when there is no such picture. */
  async updateDetails(id: number, details: MediaDetails): Promise<boolean> {
    const result = await this.db
      .updateTable('media')
      .set({
        alt: details.alt,
        caption: details.caption,
        credit: details.credit,
        source: details.source,
        description: details.description,
        may_redistribute: details.mayRedistribute ? 1 : 0,
      })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
