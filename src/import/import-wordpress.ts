// Brings a WordPress export (WXR) in: authors as people, categories as sections (and tags), tags,
// posts and pages as articles with their comments and old addresses, attachments as media.
// See docs/decisions/0011-wordpress-import.md for the choices behind each mapping.
//
// The file is read twice, as a stream each time, so memory stays bounded whatever its size:
// first the attachments (they may come after the posts that show them), then everything else,
// with each body converted once every picture it names is in the library.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { RESERVED_SECTION_SLUGS, type ArticleStatus } from '../domain/articles/article.ts';
import { mediaIdsIn, type ArticleDocument, type Block } from '../domain/articles/document.ts';
import type { Clock } from '../domain/clock.ts';
import { renderCommentText } from '../domain/comments/comment-text.ts';
import {
  cleanName,
  commentFingerprint,
  normaliseWebsite,
} from '../domain/comments/post-comment.ts';
import { slugify } from '../domain/slug.ts';
import { JobPublication } from '../jobs/publication.ts';
import type {
  ImportedArticle,
  ImportedComment,
  ImportStore,
  CommentWriteOptions,
} from '../storage/import-store.ts';
import { commentHtmlToText } from './comment-html.ts';
import { ImportReport, type ImportProgress, type ImportSummary } from './import-report.ts';
import { contentToDocument } from './wordpress/content-to-document.ts';
import {
  articleSlug,
  articleStatus,
  attachmentDetails,
  commentStatus,
  extensionOf,
  itemTime,
  metaValue,
  oldPath,
  pictureReferences,
  pictureType,
  pictureUrlKey,
  plainTextOf,
  termSlug,
} from './wordpress/item-mapping.ts';
import { copyLocalPicture, uploadsCandidates } from './wordpress/local-media.ts';
import { documentWithHeaderScopes } from './wordpress/table-headers.ts';
import {
  readWxr,
  type WxrCategory,
  type WxrComment,
  type WxrItem,
  type WxrRecord,
  type WxrSite,
} from './wordpress/wxr-reader.ts';

export interface WordPressImportOptions {
  /** Opens the export for reading; called once for each of the two passes. */
  open: () => AsyncIterable<string | Buffer> | NodeJS.ReadableStream;
  /** Named in error messages. */
  fileName?: string;
  store: ImportStore;
  /** The zone of the old site's local times, for items without a GMT time. */
  timeZone: string;
  /**
   * A local copy of the old site's wp-content/uploads (`mediaDir`): pictures found there are
   * copied into the data folder's media. Without it, pictures stay at their old addresses.
   */
  media?: { dataDir: string; mediaDir: string };
  clock: Clock;
  onProgress?: (progress: ImportProgress) => void;
  /** Runs inside each article's transaction, just before it commits (tests stop imports here). */
  beforeCommit?: (item: { id: number; type: string; title: string }) => void | Promise<void>;
}

export interface WordPressImportResult {
  source: string;
  site: { title: string; link: string };
  summary: ImportSummary;
}

/** The section every page goes to: pages are reachable at /pages/<slug>. */
export const PAGES_SECTION = { slug: 'pages', name: 'Pages' };
const PAGES_KEY = '#pages';
/** WordPress's default category: a post also in another keeps that one as its section. */
const DEFAULT_CATEGORY = 'uncategorized';
const PROGRESS_EVERY = 25;

const RULE = 'import:wordpress';
const STATUS_WORDS: Record<string, string> = {
  approved: 'approved',
  pending: 'awaiting moderation',
  spam: 'marked as spam',
  trash: 'in the trash',
};

const COMMENT_OPTIONS: CommentWriteOptions = {
  rule: RULE,
  reason: (c) => `Imported from WordPress, where it was ${STATUS_WORDS[c.status] ?? c.status}.`,
  fingerprint: (parentNumber, c) =>
    commentFingerprint(parentNumber, { name: c.authorName, email: c.authorEmail, text: c.text }),
};

/** The file name at the end of an address, or null when it is not an http(s) address. */
function fileNameOf(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const name = path.posix.basename(url.pathname);
    try {
      return decodeURIComponent(name);
    } catch {
      return name;
    }
  } catch {
    return null;
  }
}

/** The import's name for the site it reads: links made by it are found again by this. */
export function wordpressSource(site: Pick<WxrSite, 'baseBlogUrl' | 'baseSiteUrl' | 'link'>) {
  const url = (site.baseBlogUrl || site.link || site.baseSiteUrl).replace(/\/+$/, '');
  return `wordpress:${url || 'unknown'}`;
}

class WordPressImport {
  private source = '';
  private site = { title: '', link: '' };
  private readonly report = new ImportReport();
  private read = 0;
  private phase = 'media';
  /** Categories by slug, for their parents (a few hundred at most, even on big sites). */
  private readonly categories = new Map<string, WxrCategory>();
  private readonly categoryIds = new Map<number, string>();
  private readonly authorLogins = new Map<number, string>();
  private readonly people = new Map<string, number>();
  private readonly sections = new Map<string, { id: number; slug: string }>();
  private sectionSlugs = new Set<string>();
  private readonly remoteOrigins = new Set<string>();
  private maxCommentId = 0;

  constructor(private readonly options: WordPressImportOptions) {}

  async run(): Promise<WordPressImportResult> {
    await this.pass('media', (record) => this.collect(record));
    await this.options.store.reserveCommentNumbers(this.maxCommentId);
    await this.options.store.addImageOrigins(this.remoteOrigins);
    this.sectionSlugs = await this.options.store.sectionSlugs();
    await this.pass('content', (record) => this.content(record));
    await this.categoryRedirects();
    this.progress();
    return { source: this.source, site: this.site, summary: this.report.summary() };
  }

  private async pass(phase: string, handle: (record: WxrRecord) => Promise<void>) {
    this.phase = phase;
    this.read = 0;
    for await (const record of readWxr(this.options.open(), {
      fileName: this.options.fileName,
    })) {
      if (record.kind === 'site') {
        this.source = wordpressSource(record);
        this.site = { title: record.title, link: record.link };
      }
      await handle(record);
      if (++this.read % PROGRESS_EVERY === 0) this.progress();
    }
    this.progress();
  }

  private progress() {
    this.options.onProgress?.({
      phase: this.phase,
      read: this.read,
      summary: this.report.summary(),
    });
  }

  private now() {
    return this.options.clock();
  }

  // -- First pass: attachments ----------------------------------------------------------------

  private async collect(record: WxrRecord) {
    if (record.kind !== 'item') return;
    for (const c of record.comments) this.maxCommentId = Math.max(this.maxCommentId, c.id);
    if (record.type === 'attachment') await this.attachment(record);
  }

  private async attachment(item: WxrItem) {
    const { store } = this.options;
    const where = `attachment ${item.id}`;
    const address = item.attachmentUrl || (item.guidIsPermaLink ? '' : item.guid);
    if (!address) return this.report.skip('attachments without a file address');
    if (!pictureType(address)) {
      this.report.skip('attachments that are not pictures (audio, video, documents)');
      this.report.warn(
        `${extensionOf(address) || 'file'} attachment left at its old address`,
        `${where} ${address}`,
      );
      return;
    }
    const linked = await store.findMediaLink(this.source, String(item.id));
    if (linked) {
      if (linked.originalUrl) this.addOrigin(linked.originalUrl);
      return this.report.skip('already imported');
    }
    const details = attachmentDetails(item);
    const keys = [address, item.guid]
      .filter((a) => pictureType(a))
      .map(pictureUrlKey)
      .filter((k): k is string => k !== null);
    const filename = fileNameOf(address);
    if (filename === null) {
      this.report.skip('attachments whose address is not a web address');
      this.report.warn('attachment address is not a web address', `${where} ${address}`);
      return;
    }
    const common = {
      filename,
      alt: details.alt,
      caption: details.caption,
      credit: details.credit,
      description: details.description,
    };
    const now = this.now();
    // A [gallery] without ids shows the pictures attached to its post: remember which they are.
    const attachedTo = item.parentId > 0 ? [`attached-to:${item.parentId}`] : [];

    if (this.options.media) {
      const local = await copyLocalPicture(
        this.options.media,
        uploadsCandidates(details.uploadsPath, address),
        now,
      );
      if (local?.ok) {
        try {
          await store.createMedia(
            this.source,
            String(item.id),
            [...new Set(keys)],
            {
              ...common,
              file: local.file,
              original: local.original,
              originalUrl: null,
              mime: local.mime,
              width: local.width,
              height: local.height,
              bytes: local.bytes,
            },
            now,
            attachedTo,
          );
        } catch (error) {
          await local.discard();
          throw error;
        }
        this.report.added('media');
        this.report.added('media copied from uploads');
        return;
      }
      this.report.warn(
        local
          ? `picture ${local.reason}; left at its old address`
          : 'picture not found in the copy of uploads; left at its old address',
        `${where} ${address}`,
      );
    } else {
      this.report.warn(
        'picture left at its old address (no copy of uploads given)',
        `${where} ${address}`,
      );
    }

    if (!details.width || !details.height)
      this.report.warn('picture size unknown (the export has no attachment metadata)', where);
    const hash = createHash('sha256').update(this.source).digest('hex').slice(0, 10);
    await store.createMedia(
      this.source,
      String(item.id),
      [...new Set(keys)],
      {
        ...common,
        file: `imported/${hash}/${item.id}-${slugify(filename) || 'picture'}`,
        original: null,
        originalUrl: address,
        mime: pictureType(address)!,
        width: details.width,
        height: details.height,
        bytes: 0,
      },
      now,
      attachedTo,
    );
    this.addOrigin(address);
    this.report.added('media');
  }

  private addOrigin(address: string) {
    try {
      const { origin, protocol } = new URL(address);
      if (protocol === 'https:' || protocol === 'http:') this.remoteOrigins.add(origin);
    } catch {
      // Not an address: nothing for the CSP to allow.
    }
  }

  // -- Second pass: people, terms, posts and pages --------------------------------------------

  private async content(record: WxrRecord) {
    switch (record.kind) {
      case 'author':
        if (record.id !== null) this.authorLogins.set(record.id, record.login);
        await this.person(record.login, record.displayName, record.email, record);
        return;
      case 'category':
        this.categories.set(record.slug, record);
        if (record.id !== null) this.categoryIds.set(record.id, record.slug);
        return;
      case 'tag': {
        const slug = termSlug(plainTextOf(record.name), record.slug);
        if (slug && slug !== record.slug) {
          const added = await this.options.store.addPathRedirects(
            [{ from: `/tag/${record.slug}/`, to: `/tag/${slug}` }],
            this.now(),
          );
          this.report.added('redirects', added);
        }
        return;
      }
      case 'term':
        this.report.skip(`terms of other taxonomies (${record.taxonomy})`);
        return;
      case 'item':
        return this.item(record);
    }
  }

  private async person(
    login: string,
    displayName: string,
    email: string,
    names?: { firstName: string; lastName: string },
  ): Promise<number | null> {
    // Logins are plain; a stray bracket or space around one (seen in real exports) is not part.
    login = login.replace(/[<>"'\s]/g, '');
    if (!login) return null;
    const known = this.people.get(login);
    if (known !== undefined) return known;
    const full = names ? `${names.firstName} ${names.lastName}`.trim() : '';
    const name = plainTextOf(displayName).replace(/^[<>\s]+|[<>\s]+$/g, '') || full || login;
    const { id, created } = await this.options.store.ensurePerson(
      this.source,
      login,
      { name, email },
      this.now(),
    );
    if (created) this.report.added('people');
    this.people.set(login, id);
    return id;
  }

  private async item(item: WxrItem) {
    switch (item.type) {
      case 'post':
      case 'page':
        return this.article(item);
      case 'attachment':
        return; // the first pass's
      case 'nav_menu_item':
        return this.report.skip('menu items (menus are not content)');
      case 'revision':
        return this.report.skip('revisions');
      default:
        this.report.skip(`items of type "${item.type}"`);
    }
  }

  /** The top-level ancestor of a category: Dateline sections are flat. */
  private topCategory(slug: string): string {
    const seen = new Set<string>();
    let current = slug;
    for (;;) {
      const parent = this.categories.get(current)?.parentSlug;
      if (!parent || seen.has(parent) || !this.categories.has(parent)) return current;
      seen.add(current);
      current = parent;
    }
  }

  private async section(key: string, wanted: { slug: string; name: string }) {
    const known = this.sections.get(key);
    if (known) return known;
    let slug = wanted.slug || 'news';
    if (RESERVED_SECTION_SLUGS.has(slug)) {
      this.report.warn(
        `category "${slug}" is an address the site uses itself`,
        `section ${slug}-section`,
      );
      slug = `${slug}-section`;
    }
    const section = await this.options.store.ensureSection(
      this.source,
      key,
      { slug, name: wanted.name || slug },
      this.now(),
    );
    if (section.created) this.report.added('sections');
    this.sectionSlugs.add(section.slug);
    this.sections.set(key, section);
    return section;
  }

  /** The section of a post, and the categories it keeps as tags. */
  private async placement(item: WxrItem) {
    if (item.type === 'page')
      return { section: await this.section(PAGES_KEY, PAGES_SECTION), categoryTags: [] };
    const assigned = item.categories.filter((c) => c.domain === 'category' && c.nicename);
    for (const c of assigned)
      if (!this.categories.has(c.nicename))
        this.categories.set(c.nicename, {
          kind: 'category',
          id: null,
          slug: c.nicename,
          parentSlug: '',
          name: c.name,
          description: '',
        });
    const primaryId = Number(metaValue(item.meta, '_yoast_wpseo_primary_category'));
    const yoast = this.categoryIds.get(primaryId);
    const primary =
      (yoast && assigned.find((c) => c.nicename === yoast)?.nicename) ??
      assigned.find((c) => c.nicename !== DEFAULT_CATEGORY)?.nicename ??
      assigned[0]?.nicename ??
      DEFAULT_CATEGORY;
    const top = this.topCategory(primary);
    const topCategory = this.categories.get(top);
    const section = await this.section(top, {
      slug: termSlug('', top) || slugify(topCategory?.name ?? '') || top,
      name: plainTextOf(topCategory?.name ?? '') || 'Uncategorized',
    });
    // Everything but the section itself stays findable as a tag: subcategories, other sections.
    const categoryTags = assigned
      .filter((c) => c.nicename !== top && c.nicename !== DEFAULT_CATEGORY)
      .map((c) => plainTextOf(this.categories.get(c.nicename)?.name ?? c.name));
    return { section, categoryTags };
  }

  private async pictures(item: WxrItem, thumbnailId: number | null) {
    const refs = pictureReferences(item.content);
    const ids = [...refs.ids, ...(thumbnailId !== null ? [thumbnailId] : [])].map(String);
    const keys = refs.urls.map(pictureUrlKey).filter((k): k is string => k !== null);
    const { store } = this.options;
    const [byId, byUrl] = await Promise.all([
      ids.length ? store.findLinks(this.source, 'attachment', ids) : new Map<string, number>(),
      keys.length ? store.findLinks(this.source, 'attachment-url', keys) : new Map(),
    ]);
    return { byId, byUrl };
  }

  /**
   * `[gallery]` without ids shows the pictures attached to the post, in WordPress; here the ids
   * are written in, so the converter finds them.
   */
  private async galleriesWithIds(item: WxrItem, byId: Map<string, number>): Promise<string> {
    const bare = /\[gallery\b(?![^\]]*\b(?:ids|include)\s*=)([^\]]*)\]/g;
    if (!bare.test(item.content)) return item.content;
    const attached = (await this.options.store.linksOfKind(this.source, `attached-to:${item.id}`))
      .map(([attachmentId, mediaId]) => [Number(attachmentId), mediaId] as const)
      .sort(([a], [b]) => a - b);
    if (attached.length === 0) return item.content;
    for (const [attachmentId, mediaId] of attached) byId.set(String(attachmentId), mediaId);
    const ids = attached.map(([id]) => id).join(',');
    return item.content.replace(bare, (_, attrs: string) => `[gallery ids="${ids}"${attrs}]`);
  }

  /**
   * A picture's caption or credit that only repeats its media record's is dropped: the record's
   * words then show, and an edit to them reaches every article.
   */
  private async withoutRedundantOverrides(document: ArticleDocument): Promise<ArticleDocument> {
    const ids = mediaIdsIn(document);
    if (ids.length === 0) return document;
    const texts = await this.options.store.mediaTexts(ids);
    const content = document.content.map((block): Block => {
      if (block.type !== 'image') return block;
      const media = texts.get(block.attrs.mediaId);
      const { caption, credit, ...rest } = block.attrs;
      return {
        type: 'image',
        attrs: {
          ...rest,
          ...(caption && caption !== media?.caption ? { caption } : {}),
          ...(credit && credit !== media?.credit ? { credit } : {}),
        },
      };
    });
    return { type: 'doc', content };
  }

  private async article(item: WxrItem) {
    const { store } = this.options;
    const kind = item.type === 'page' ? 'pages' : 'posts';
    const where = `${item.type} ${item.id}`;
    const mapping = articleStatus(item);
    if (mapping.status === null) return this.report.skip(mapping.reason);
    const comments = item.comments.map((c, i) => this.comment(item, c, i));

    const articleId = await store.findLink(this.source, 'post', String(item.id));
    if (articleId !== null) {
      this.report.skip('already imported');
      // A later export of the same site may bring comments the earlier one did not have.
      if (comments.length > 0) {
        const result = await store.writeComments(
          this.source,
          articleId,
          comments,
          COMMENT_OPTIONS,
          this.now(),
        );
        this.commentResult(result, where);
      }
      return;
    }

    const { section, categoryTags } = await this.placement(item);
    const authorId = await this.person(item.creator, item.creator, '');
    const thumbnail = Number(metaValue(item.meta, '_thumbnail_id'));
    const thumbnailId = Number.isInteger(thumbnail) && thumbnail > 0 ? thumbnail : null;
    const pictures = await this.pictures(item, thumbnailId);
    const content = await this.galleriesWithIds(item, pictures.byId);
    const converted = contentToDocument(content, {
      resolveImage: (ref) =>
        (ref.attachmentId !== null ? pictures.byId.get(String(ref.attachmentId)) : undefined) ??
        pictures.byUrl.get(pictureUrlKey(ref.src) ?? '') ??
        null,
    });
    this.report.converterWarnings(converted.warnings, where);
    const leadMediaId =
      thumbnailId !== null ? (pictures.byId.get(String(thumbnailId)) ?? null) : null;
    if (thumbnailId !== null && leadMediaId === null)
      this.report.warn('featured image is not in the media library', where);

    const headline = plainTextOf(item.title);
    if (!headline) this.report.warn('no title: headed (no title)', where);
    if (mapping.note) this.report.warn(mapping.note, where);

    const now = this.now();
    let at = itemTime(item.dateGmt, item.date, this.options.timeZone);
    if (!at) {
      this.report.warn('no valid date: dated at the import', where);
      at = now;
    }
    const modified = itemTime(item.modifiedGmt, item.modified, this.options.timeZone);
    const status: ArticleStatus = mapping.status;
    const publishedAt =
      status === 'published' || status === 'scheduled' || status === 'trash' ? at : null;

    const tagNames = [
      ...item.categories.filter((c) => c.domain === 'post_tag').map((c) => plainTextOf(c.name)),
      ...categoryTags,
    ];
    const tags: { slug: string; name: string }[] = [];
    for (const name of tagNames) {
      const wp = item.categories.find((c) => plainTextOf(c.name) === name)?.nicename ?? '';
      const slug = termSlug(name, wp);
      if (!slug) {
        this.report.warn(
          `tag "${name}" has no Latin letter or digit for its address; left out`,
          where,
        );
        continue;
      }
      tags.push({ slug, name: name || slug });
    }

    const bylines = await this.bylines(item, authorId);
    const article: ImportedArticle = {
      externalId: String(item.id),
      sectionId: section.id,
      slug: articleSlug(item),
      status,
      headline: headline || '(no title)',
      standfirst: plainTextOf(item.excerpt),
      body: await this.withoutRedundantOverrides(documentWithHeaderScopes(converted.document)),
      dateline: this.dateline(item),
      leadMediaId,
      seoTitle: this.seo(item, '_yoast_wpseo_title'),
      seoDescription: this.seo(item, '_yoast_wpseo_metadesc'),
      commentsOpen: item.commentStatus !== 'closed',
      createdBy: authorId,
      bylines,
      tags,
      pinnedAt: item.sticky ? (publishedAt ?? at) : null,
      publishedAt,
      createdAt: at,
      updatedAt: modified && modified > at ? modified : at,
      redirects: status === 'published' || status === 'scheduled' ? this.oldPaths(item) : [],
      comments,
    };
    const result = await store.writeArticle(
      this.source,
      article,
      {
        ...COMMENT_OPTIONS,
        within: async (tx, articleId) => {
          if (status === 'scheduled' && publishedAt)
            await new JobPublication(tx.jobs, this.options.clock).schedule(articleId, publishedAt);
          await this.options.beforeCommit?.({ id: item.id, type: item.type, title: headline });
        },
      },
      now,
    );
    if (!result) return this.report.skip('already imported');
    this.report.added(kind);
    this.report.added('redirects', result.redirects);
    this.commentResult(result.comments, where);
  }

  private commentResult(result: Awaited<ReturnType<ImportStore['writeComments']>>, where: string) {
    this.report.added('comments', result.imported);
    if (result.already) this.report.skip('comments already imported', result.already);
    for (const r of result.renumbered)
      this.report.warn(
        `comment ${r.from} renumbered ${r.to}: another comment here had its number`,
        where,
      );
    for (const o of result.orphans)
      this.report.warn(
        `comment ${o.externalId} answers comment ${o.parentExternalId}, which is not in the export; shown at the top level`,
        where,
      );
    if (result.duplicates)
      this.report.warn(
        'the same comment twice on one article: both kept',
        where,
        result.duplicates,
      );
  }

  private comment(item: WxrItem, c: WxrComment, index: number): ImportedComment {
    const where = `${item.type} ${item.id}, comment ${c.id}`;
    let status = commentStatus(c.approved);
    if (!status) {
      this.report.warn(`comment status "${c.approved}" unknown: held for moderation`, where);
      status = 'pending';
    }
    let kind: ImportedComment['kind'] = 'comment';
    if (c.type === 'pingback' || c.type === 'trackback') kind = c.type;
    else if (c.type && c.type !== 'comment')
      this.report.warn(`comment type "${c.type}" imported as a comment`, where);
    const text = commentHtmlToText(c.content);
    const at =
      itemTime(c.dateGmt, c.date, this.options.timeZone) ??
      itemTime(item.dateGmt, item.date, this.options.timeZone) ??
      this.now();
    const login = c.userId > 0 ? this.authorLogins.get(c.userId) : undefined;
    return {
      externalId: c.id > 0 ? String(c.id) : `${item.id}:${index}`,
      parentExternalId: c.parentId > 0 ? String(c.parentId) : null,
      number: c.id > 0 ? c.id : null,
      status,
      kind,
      authorName: cleanName(c.author),
      authorEmail: c.email.trim(),
      authorUrl: normaliseWebsite(c.url),
      authorIp: c.ip,
      authorUserAgent: (metaValue(c.meta, 'comment_agent') ?? '').slice(0, 254),
      personId: login ? (this.people.get(login) ?? null) : null,
      text,
      html: renderCommentText(text).html,
      createdAt: at,
    };
  }

  private async bylines(item: WxrItem, authorId: number | null) {
    // Dateline's own export keeps every byline, with its credit, in a meta field.
    const kept = metaValue(item.meta, '_dateline_bylines');
    if (kept) {
      try {
        const list = JSON.parse(kept) as { login: string; credit: string | null }[];
        const out: { personId: number; credit: string | null }[] = [];
        for (const b of list) {
          const id = await this.person(String(b.login), String(b.login), '');
          if (id !== null) out.push({ personId: id, credit: b.credit ? String(b.credit) : null });
        }
        if (out.length) return out;
      } catch {
        this.report.warn(
          'unreadable _dateline_bylines field; the author alone is kept',
          `post ${item.id}`,
        );
      }
    }
    return authorId !== null ? [{ personId: authorId, credit: null }] : [];
  }

  private dateline(item: WxrItem) {
    const place = (metaValue(item.meta, '_dateline_place') ?? '').trim();
    const date = (metaValue(item.meta, '_dateline_date') ?? '').trim();
    return place ? { place, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null } : null;
  }

  /** An SEO plugin's title or description, unless it is a template ("%%title%% %%sep%%"). */
  private seo(item: WxrItem, key: string): string | null {
    const value = plainTextOf(metaValue(item.meta, key) ?? '');
    return value && !value.includes('%%') ? value : null;
  }

  /** Every address the item had on the old site. */
  private oldPaths(item: WxrItem): string[] {
    const paths = [`/?p=${item.id}`];
    if (item.type === 'page') paths.push(`/?page_id=${item.id}`);
    const link = oldPath(item.link);
    if (link) {
      paths.push(link);
      // A doubled slash in the export's own link ("https://site//greek/") is the same page.
      if (link.includes('//')) paths.push(link.replace(/\/{2,}/g, '/'));
    }
    const name = item.name;
    const date = /^(\d{4})-(\d{2})-(\d{2}) /.exec(item.date);
    if (name && item.type === 'post' && date)
      paths.push(`/${date[1]}/${date[2]}/${date[3]}/${name}/`);
    const first = name.toLowerCase();
    if (
      name &&
      !this.sectionSlugs.has(first) &&
      !RESERVED_SECTION_SLUGS.has(first) &&
      first !== PAGES_SECTION.slug
    )
      paths.push(`/${name}/`);
    return paths;
  }

  /** Category archives answer with the section, or with the tag a subcategory became. */
  private async categoryRedirects() {
    const redirects: { from: string; to: string }[] = [];
    for (const category of this.categories.values()) {
      const trail: string[] = [];
      for (let c: WxrCategory | undefined = category; c && trail.length < 20;) {
        trail.unshift(c.slug);
        c = c.parentSlug ? this.categories.get(c.parentSlug) : undefined;
      }
      const from = `/category/${trail.join('/')}/`;
      const section = this.sections.get(category.slug);
      if (section) redirects.push({ from, to: `/${section.slug}` });
      else if (category.parentSlug) {
        const tag = termSlug(plainTextOf(category.name), category.slug);
        if (tag) redirects.push({ from, to: `/tag/${tag}` });
      }
    }
    this.report.added(
      'redirects',
      await this.options.store.addPathRedirects(redirects, this.now()),
    );
  }
}

/** Imports a WordPress export; safe to run again (nothing changes) or after a failure (it carries on). */
export async function importWordPress(
  options: WordPressImportOptions,
): Promise<WordPressImportResult> {
  return new WordPressImport(options).run();
}
