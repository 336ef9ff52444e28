import { sql, type Kysely } from 'kysely';
import { columnTypes, createSearchIndex, withIdColumn, type DialectName } from '../dialect.ts';

// Migrations describe the schema as it was when they were written, so they use Kysely<unknown>
// and never the current schema types.
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const { timestamp, json } = columnTypes(dialect);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', json, (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('media'))
    // The served image, private metadata (GPS, camera serials) stripped; renditions derive from it.
    .addColumn('file', 'text', (c) => c.notNull().unique())
    // The upload as it arrived, kept but never served; null for imported or demo media.
    .addColumn('original', 'text')
    // Where an imported item came from (its WordPress URL), for items whose file is not here.
    .addColumn('original_url', 'text')
    .addColumn('filename', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('credit', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('may_redistribute', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`may_redistribute in (0, 1)`),
    )
    .addColumn('uploaded_by', 'integer')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('people'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('role', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('photo_media_id', 'integer', (c) => c.references('media.id'))
    // Mail me when a comment on my article is approved.
    .addColumn('notify_comments', 'integer', (c) => c.notNull().defaultTo(1))
    // Moderators: mail me a digest of newly held comments.
    .addColumn('notify_digest', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_person').on('sessions').column('person_id').execute();

  await withIdColumn(dialect, db.schema.createTable('tokens'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('used_at', timestamp)
    .execute();

  await withIdColumn(dialect, db.schema.createTable('sections'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withIdColumn(dialect, db.schema.createTable('tags'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('articles'))
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('standfirst', 'text', (c) => c.notNull())
    .addColumn('body', json, (c) => c.notNull())
    .addColumn('dateline_place', 'text')
    .addColumn('dateline_date', 'text')
    .addColumn('lead_media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('lead_caption', 'text')
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    // 'open', 'closed', or 'hold' (open, every comment held for a moderator).
    .addColumn('comment_status', 'text', (c) => c.notNull())
    // Comments close this many days after publication; null: they stay open.
    .addColumn('comments_close_days', 'integer')
    // Who created it: authors and contributors may edit their own.
    .addColumn('created_by', 'integer', (c) => c.references('people.id').onDelete('set null'))
    // Bumped by every save, so an editor working on an older version is warned, not overwritten.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // Who has the article open in the editor, and when they were last seen there.
    .addColumn('editing_by', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('editing_at', timestamp)
    // Set when comments arrived faster than the surge threshold: all are held until a moderator
    // switches it off.
    .addColumn('surge_at', timestamp)
    // Set when an editor pins the article as the front page's lead story.
    .addColumn('pinned_at', timestamp)
    .addColumn('published_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('articles_section_slug', ['section_id', 'slug'])
    .execute();
  await db.schema
    .createIndex('articles_status_published')
    .on('articles')
    .columns(['status', 'published_at'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('corrections'))
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    // 'correction' (something was wrong) or 'update' (something changed).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('corrections_article')
    .on('corrections')
    .column('article_id')
    .execute();

  await withIdColumn(dialect, db.schema.createTable('revisions'))
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    // The article's version this revision saved.
    .addColumn('version', 'integer', (c) => c.notNull())
    // 'save', 'autosave' (one per person, replaced as they type) or 'restore'.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('snapshot', json, (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('revisions_article')
    .on('revisions')
    .columns(['article_id', 'created_at'])
    .execute();

  await createSearchIndex(db, dialect);

  await db.schema
    .createTable('article_bylines')
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('credit', 'text')
    .addPrimaryKeyConstraint('article_bylines_pk', ['article_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();

  await db.schema
    .createTable('redirects')
    .addColumn('from_path', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
    .addColumn('to_path', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addCheckConstraint('redirects_target', sql`article_id is not null or to_path is not null`)
    .execute();

  await withIdColumn(dialect, db.schema.createTable('comments'))
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('parent_id', 'integer', (c) => c.references('comments.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    // Lower-cased by the application (full Unicode), so matching does not depend on the
    // database: SQLite's lower() folds ASCII only.
    .addColumn('author_email_key', 'text', (c) => c.notNull())
    .addColumn('author_url', 'text', (c) => c.notNull())
    .addColumn('author_ip', 'text', (c) => c.notNull())
    .addColumn('author_user_agent', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // 'comment', or 'pingback'/'trackback' for links from other sites (kept from imports).
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('comment'))
    // Featured by a moderator: shown first under the article.
    .addColumn('featured_at', timestamp)
    // Readers' reports waiting for a moderator; cleared when one decides.
    .addColumn('open_reports', 'integer', (c) => c.notNull().defaultTo(0))
    // When the IP address was cut to its network (/24, /48) for privacy.
    .addColumn('ip_truncated_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  // The duplicate rule asks first; this index is what holds when two copies arrive at once.
  await sql`create unique index comments_no_duplicates on comments (article_id, fingerprint) where status <> 'trash'`.execute(
    db,
  );
  await db.schema
    .createIndex('comments_article_status')
    .on('comments')
    .columns(['article_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('comments_status_created')
    .on('comments')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema.createIndex('comments_email').on('comments').column('author_email_key').execute();
  await db.schema.createIndex('comments_parent').on('comments').column('parent_id').execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
  // Public comment numbers come from here, not from the row id: imports keep their old numbers
  // and push this past them, and a number is never handed out twice.
  await sql`insert into counters (name, value) values ('comment_number', 0)`.execute(db);

  // Moderators' measures against a commenter: hold everything they post, or refuse it (a ban).
  await withIdColumn(dialect, db.schema.createTable('commenter_measures'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // 'email' (matched case-insensitively) or 'ip'.
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('expires_at', timestamp)
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('commenter_measures_value')
    .on('commenter_measures')
    .columns(['match', 'value'])
    .execute();

  // Readers' reports of comments: one per reader per comment.
  await withIdColumn(dialect, db.schema.createTable('comment_reports'))
    .addColumn('comment_id', 'integer', (c) =>
      c.notNull().references('comments.id').onDelete('cascade'),
    )
    // A hash identifying the reader (their IP, or their signed report cookie).
    .addColumn('reporter', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('comment_reports_once', ['comment_id', 'reporter'])
    .execute();

  // Commenters who asked to hear of replies: confirmed by a link (double opt-in).
  await withIdColumn(dialect, db.schema.createTable('comment_subscriptions'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('comment_id', 'integer', (c) =>
      c.notNull().references('comments.id').onDelete('cascade'),
    )
    .addColumn('confirmed_at', timestamp)
    .addColumn('unsubscribed_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comment_subscriptions_email')
    .on('comment_subscriptions')
    .column('email_key')
    .execute();

  // Background work that must happen even with no traffic and survive restarts: scheduled
  // publishing, mail. Claimed with a lease, so each job runs once across instances.
  await withIdColumn(dialect, db.schema.createTable('jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // At most one pending job per key (e.g. "publish-article:12").
    .addColumn('unique_key', 'text', (c) => c.unique())
    .addColumn('payload', json, (c) => c.notNull())
    .addColumn('run_at', timestamp, (c) => c.notNull())
    // 'pending', 'done' or 'failed' (out of attempts).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

  // What an import brought in, by its id at the source, so running it again changes nothing.
  await db.schema
    .createTable('import_links')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('local_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_links_pk', ['source', 'kind', 'external_id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('moderation_log'))
    .addColumn('comment_id', 'integer', (c) =>
      c.notNull().references('comments.id').onDelete('cascade'),
    )
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('rule', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // What else the decision changed, e.g. { "previousText": "…" } when a moderator edits.
    .addColumn('detail', json)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('moderation_log_comment')
    .on('moderation_log')
    .column('comment_id')
    .execute();

  // How far the notification jobs have read the moderation log ('approvals', 'digest'): the last
  // entry they mailed about, advanced in the transaction that queues the mail.
  await db.schema
    .createTable('notification_cursors')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('log_id', 'integer', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comment_subscriptions_comment')
    .on('comment_subscriptions')
    .column('comment_id')
    .execute();
}
