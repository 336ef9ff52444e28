import type { Kysely } from 'kysely';
import { documentText, type ArticleDocument } from '../domain/articles/document.ts';
import type { NewArticle } from './article-store.ts';
import { writeJson, writeSearchDocument, writeTime, type DialectName } from './dialect.ts';
import type { Database } from './schema.ts';

/** The articles row of a new article, as creating and importing both write it. */
export const newArticleRow = (article: NewArticle) => ({
  section_id: article.sectionId,
  slug: article.slug,
  status: article.status,
  headline: article.headline,
  standfirst: article.standfirst,
  body: writeJson(article.body),
  dateline_place: article.dateline?.place ?? null,
  dateline_date: article.dateline?.date ?? null,
  lead_media_id: article.leadMediaId,
  lead_caption: article.leadCaption ?? null,
  seo_title: article.seoTitle ?? null,
  seo_description: article.seoDescription ?? null,
  comment_status: article.commentsOpen ? 'open' : 'closed',
  published_at: article.publishedAt ? writeTime(article.publishedAt) : null,
  created_at: writeTime(article.createdAt),
  updated_at: writeTime(article.updatedAt),
});

export interface ArticleRelations {
  headline: string;
  standfirst: string;
  body: ArticleDocument;
  /** In byline order; a person named twice keeps their first place. */
  bylines: readonly { personId: number; credit?: string | null }[];
  /** In order; a tag named twice (by slug) keeps its first place. */
  tags: readonly { slug: string; name: string }[];
}

/**
 * An article's bylines, tags and search entry, written in the caller's transaction; `replace`
 * clears the old bylines and tags first. One writer for creating, editing and importing, so the
 * three cannot drift apart.
 */
export async function writeArticleRelations(
  trx: Kysely<Database>,
  dialect: DialectName,
  articleId: number,
  article: ArticleRelations,
  options: { replace: boolean },
): Promise<void> {
  const bylines = article.bylines.filter(
    (b, i) => article.bylines.findIndex((o) => o.personId === b.personId) === i,
  );
  const tags = article.tags.filter(
    (t, i) => article.tags.findIndex((o) => o.slug === t.slug) === i,
  );
  if (options.replace) {
    await trx.deleteFrom('article_bylines').where('article_id', '=', articleId).execute();
    await trx.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  }
  if (bylines.length)
    await trx
      .insertInto('article_bylines')
      .values(
        bylines.map((b, position) => ({
          article_id: articleId,
          person_id: b.personId,
          position,
          credit: b.credit ?? null,
        })),
      )
      .execute();
  for (const [position, tag] of tags.entries()) {
    await trx
      .insertInto('tags')
      .values({ slug: tag.slug, name: tag.name })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const { id: tagId } = await trx
      .selectFrom('tags')
      .select('id')
      .where('slug', '=', tag.slug)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('article_tags')
      .values({ article_id: articleId, tag_id: tagId, position })
      .execute();
  }
  const names = bylines.length
    ? await trx
        .selectFrom('people')
        .select('name')
        .where(
          'id',
          'in',
          bylines.map((b) => b.personId),
        )
        .execute()
    : [];
  await writeSearchDocument(trx, dialect, articleId, {
    headline: article.headline,
    standfirst: article.standfirst,
    body: documentText(article.body),
    tags: tags.map((t) => t.name).join(' '),
    bylines: names.map((n) => n.name).join(' '),
  });
}
