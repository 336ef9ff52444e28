// Writes the site out as a WordPress export (WXR 1.2), which WordPress's importer (and
// Dateline's) reads: people as authors, sections as categories, tags, articles as posts (the
// "pages" section's as pages) with their comments, and the media library as attachments.
// Bodies are HTML made by the site's own renderer. The site is read in pages and written as it
// is read, so the export of any site runs in bounded memory.
import type { Writable } from 'node:stream';
import { h } from 'preact';
import { mediaIdsIn } from '../domain/articles/document.ts';
import type { SiteSettings } from '../domain/settings.ts';
import { slugify } from '../domain/slug.ts';
import { PAGES_SECTION } from '../import/import-wordpress.ts';
import { serializePhp } from '../import/wordpress/php-serialized.ts';
import { ArticleBody } from '../render/article-body.tsx';
import { renderFragment } from '../render/html.ts';
import type { ImageView } from '../render/view-models.ts';
import type {
  ExportArticle,
  ExportComment,
  ExportMedia,
  ExportPerson,
  ExportStore,
} from '../storage/import-store.ts';
import { cdata, element, escapeXml, rfc822, StreamWriter, wpGmt, wpLocal } from './wxr-writer.ts';

export interface WordPressExportOptions {
  store: ExportStore;
  settings: SiteSettings;
  /** The site's public origin: addresses in the export are absolute. */
  publicUrl: string;
  out: Writable;
  clock: () => Date;
  onProgress?: (counts: Record<string, number>) => void;
}

const PAGE_SIZE = 100;

const ARTICLE_STATUS: Record<string, string> = {
  published: 'publish',
  scheduled: 'future',
  draft: 'draft',
  review: 'pending',
  trash: 'trash',
};

const COMMENT_STATUS: Record<string, string> = {
  approved: '1',
  pending: '0',
  spam: 'spam',
  trash: 'trash',
};

const meta = (key: string, value: string) =>
  `\t\t<wp:postmeta>\n\t\t\t${element('wp:meta_key', key)}\n\t\t\t<wp:meta_value>${cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>\n`;

class WordPressExport {
  private readonly w: StreamWriter;
  private readonly counts: Record<string, number> = {
    authors: 0,
    categories: 0,
    tags: 0,
    attachments: 0,
    posts: 0,
    pages: 0,
    comments: 0,
  };
  private readonly logins = new Map<number, string>();
  /** Attachment ids follow the articles' ids: WordPress numbers both in one sequence. */
  private attachmentOffset = 0;

  constructor(private readonly options: WordPressExportOptions) {
    this.w = new StreamWriter(options.out);
  }

  private get base() {
    return this.options.publicUrl.replace(/\/+$/, '');
  }

  private absolute(address: string): string {
    return /^https?:\/\//i.test(address) ? address : `${this.base}${address}`;
  }

  private mediaUrl(m: Pick<ExportMedia, 'file' | 'originalUrl'>): string {
    return m.originalUrl ?? `${this.base}/media/${m.file}`;
  }

  async run(): Promise<Record<string, number>> {
    const { store, settings } = this.options;
    this.attachmentOffset = await store.maxArticleId();
    await this.header(settings);
    for (const person of await store.people()) await this.author(person);
    const sections = (await store.sections()).filter((s) => s.slug !== PAGES_SECTION.slug);
    for (const s of sections) {
      await this.w.write(
        `\t<wp:category>\n\t\t<wp:term_id>${s.id}</wp:term_id>\n\t\t${element('wp:category_nicename', s.slug)}\n\t\t<wp:category_parent></wp:category_parent>\n\t\t<wp:cat_name>${cdata(s.name)}</wp:cat_name>\n\t</wp:category>\n`,
      );
      this.counts.categories!++;
    }
    const termOffset = Math.max(0, ...sections.map((s) => s.id));
    for (const t of await store.tags()) {
      await this.w.write(
        `\t<wp:tag>\n\t\t<wp:term_id>${termOffset + t.id}</wp:term_id>\n\t\t${element('wp:tag_slug', t.slug)}\n\t\t<wp:tag_name>${cdata(t.name)}</wp:tag_name>\n\t</wp:tag>\n`,
      );
      this.counts.tags!++;
    }
    await this.w.write('\n\t<generator>Dateline</generator>\n\n');
    // Attachments first: an importer reading in order then knows every picture a post shows.
    for (let after = 0; ;) {
      const page = await store.media(after, PAGE_SIZE);
      if (page.length === 0) break;
      for (const m of page) await this.attachment(m);
      after = page[page.length - 1]!.id;
      this.options.onProgress?.({ ...this.counts });
    }
    for (let after = 0; ;) {
      const page = await store.articles(after, PAGE_SIZE);
      if (page.length === 0) break;
      for (const a of page) await this.article(a);
      after = page[page.length - 1]!.id;
      this.options.onProgress?.({ ...this.counts });
    }
    await this.w.write('</channel>\n</rss>\n');
    return { ...this.counts };
  }

  private async header(settings: SiteSettings) {
    await this.w.write(
      [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<!-- A WordPress eXtended RSS (WXR) export, written by Dateline. -->',
        '<rss version="2.0"',
        '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
        '\txmlns:wp="http://wordpress.org/export/1.2/"',
        '>',
        '',
        '<channel>',
        `\t${element('title', settings.title)}`,
        `\t${element('link', this.base)}`,
        `\t${element('description', settings.tagline)}`,
        `\t${element('pubDate', rfc822(this.options.clock()))}`,
        `\t${element('language', settings.language)}`,
        '\t<wp:wxr_version>1.2</wp:wxr_version>',
        `\t${element('wp:base_site_url', this.base)}`,
        `\t${element('wp:base_blog_url', this.base)}`,
        '',
        '',
      ].join('\n'),
    );
  }

  private async author(person: ExportPerson) {
    this.logins.set(person.id, person.slug);
    await this.w.write(
      `\t<wp:author>\n\t\t<wp:author_id>${person.id}</wp:author_id>\n\t\t<wp:author_login>${cdata(person.slug)}</wp:author_login>\n\t\t<wp:author_email>${cdata(person.email ?? '')}</wp:author_email>\n\t\t<wp:author_display_name>${cdata(person.name)}</wp:author_display_name>\n\t\t<wp:author_first_name>${cdata('')}</wp:author_first_name>\n\t\t<wp:author_last_name>${cdata('')}</wp:author_last_name>\n\t</wp:author>\n`,
    );
    this.counts.authors!++;
  }

  private async attachment(m: ExportMedia) {
    const tz = this.options.settings.timeZone;
    const url = this.mediaUrl(m);
    const stem = m.filename.replace(/\.[^.]*$/, '');
    const metadata = serializePhp({
      width: m.width,
      height: m.height,
      file: m.originalUrl ? '' : m.file,
      image_meta: { caption: m.caption, credit: m.credit },
    });
    await this.w.write(
      [
        '\t<item>',
        `\t\t${element('title', m.caption || stem || `Picture ${m.id}`)}`,
        `\t\t${element('link', url)}`,
        `\t\t${element('pubDate', rfc822(m.createdAt))}`,
        `\t\t<dc:creator>${cdata('')}</dc:creator>`,
        `\t\t<guid isPermaLink="false">${escapeXml(url)}</guid>`,
        '\t\t<description></description>',
        `\t\t<content:encoded>${cdata(m.description)}</content:encoded>`,
        `\t\t<excerpt:encoded>${cdata(m.caption)}</excerpt:encoded>`,
        `\t\t<wp:post_id>${this.attachmentOffset + m.id}</wp:post_id>`,
        `\t\t<wp:post_date>${cdata(wpLocal(m.createdAt, tz))}</wp:post_date>`,
        `\t\t<wp:post_date_gmt>${cdata(wpGmt(m.createdAt))}</wp:post_date_gmt>`,
        '\t\t<wp:comment_status>closed</wp:comment_status>',
        '\t\t<wp:ping_status>closed</wp:ping_status>',
        `\t\t${element('wp:post_name', slugify(stem) || `picture-${m.id}`)}`,
        '\t\t<wp:status>inherit</wp:status>',
        '\t\t<wp:post_parent>0</wp:post_parent>',
        '\t\t<wp:menu_order>0</wp:menu_order>',
        '\t\t<wp:post_type>attachment</wp:post_type>',
        '\t\t<wp:post_password></wp:post_password>',
        '\t\t<wp:is_sticky>0</wp:is_sticky>',
        `\t\t${element('wp:attachment_url', url)}`,
        '',
      ].join('\n') +
        meta('_wp_attachment_image_alt', m.alt) +
        meta('_wp_attachment_metadata', metadata) +
        '\t</item>\n',
    );
    this.counts.attachments!++;
  }

  /** The body as the site shows it, pictures by their full addresses. */
  private async bodyHtml(a: ExportArticle): Promise<string> {
    const media = await this.options.store.mediaByIds(mediaIdsIn(a.body));
    const views = new Map<number, ImageView>(
      [...media].map(([id, m]) => [
        id,
        {
          src: this.mediaUrl(m),
          width: m.width,
          height: m.height,
          alt: m.alt,
          caption: m.caption,
          credit: m.credit,
        },
      ]),
    );
    return renderFragment(
      h(ArticleBody, { article: { body: a.body, media: views, dateline: null } }),
    );
  }

  private async article(a: ExportArticle) {
    const tz = this.options.settings.timeZone;
    const isPage = a.sectionSlug === PAGES_SECTION.slug;
    const at = a.publishedAt ?? a.createdAt;
    const main = a.bylines.find((b) => b.credit === null) ?? a.bylines[0];
    const creator = main ? (this.logins.get(main.personId) ?? '') : '';
    const terms = [
      ...(isPage
        ? []
        : [
            `\t\t<category domain="category" nicename="${escapeXml(a.sectionSlug)}">${cdata(a.sectionName)}</category>`,
          ]),
      ...a.tags.map(
        (t) =>
          `\t\t<category domain="post_tag" nicename="${escapeXml(t.slug)}">${cdata(t.name)}</category>`,
      ),
    ];
    let metas = '';
    if (a.leadMediaId !== null)
      metas += meta('_thumbnail_id', String(this.attachmentOffset + a.leadMediaId));
    if (a.dateline) {
      metas += meta('_dateline_place', a.dateline.place);
      if (a.dateline.date) metas += meta('_dateline_date', a.dateline.date);
    }
    if (a.bylines.length)
      metas += meta(
        '_dateline_bylines',
        JSON.stringify(
          a.bylines.map((b) => ({ login: this.logins.get(b.personId) ?? '', credit: b.credit })),
        ),
      );
    if (a.seoTitle) metas += meta('_yoast_wpseo_title', a.seoTitle);
    if (a.seoDescription) metas += meta('_yoast_wpseo_metadesc', a.seoDescription);

    await this.w.write(
      [
        '\t<item>',
        `\t\t${element('title', a.headline)}`,
        `\t\t${element('link', `${this.base}/${a.sectionSlug}/${a.slug}`)}`,
        `\t\t${element('pubDate', rfc822(at))}`,
        `\t\t<dc:creator>${cdata(creator)}</dc:creator>`,
        `\t\t<guid isPermaLink="false">${escapeXml(`${this.base}/?p=${a.id}`)}</guid>`,
        '\t\t<description></description>',
        `\t\t<content:encoded>${cdata(await this.bodyHtml(a))}</content:encoded>`,
        `\t\t<excerpt:encoded>${cdata(a.standfirst)}</excerpt:encoded>`,
        `\t\t<wp:post_id>${a.id}</wp:post_id>`,
        `\t\t<wp:post_date>${cdata(wpLocal(at, tz))}</wp:post_date>`,
        `\t\t<wp:post_date_gmt>${cdata(wpGmt(at))}</wp:post_date_gmt>`,
        `\t\t<wp:post_modified>${cdata(wpLocal(a.updatedAt, tz))}</wp:post_modified>`,
        `\t\t<wp:post_modified_gmt>${cdata(wpGmt(a.updatedAt))}</wp:post_modified_gmt>`,
        `\t\t<wp:comment_status>${a.commentsOpen ? 'open' : 'closed'}</wp:comment_status>`,
        '\t\t<wp:ping_status>closed</wp:ping_status>',
        `\t\t${element('wp:post_name', a.slug)}`,
        `\t\t<wp:status>${ARTICLE_STATUS[a.status] ?? 'draft'}</wp:status>`,
        '\t\t<wp:post_parent>0</wp:post_parent>',
        '\t\t<wp:menu_order>0</wp:menu_order>',
        `\t\t<wp:post_type>${isPage ? 'page' : 'post'}</wp:post_type>`,
        '\t\t<wp:post_password></wp:post_password>',
        `\t\t<wp:is_sticky>${a.pinnedAt ? 1 : 0}</wp:is_sticky>`,
        ...terms,
        '',
      ].join('\n') + metas,
    );
    for (const c of await this.options.store.comments(a.id)) await this.comment(c);
    await this.w.write('\t</item>\n');
    this.counts[isPage ? 'pages' : 'posts']!++;
  }

  private async comment(c: ExportComment) {
    const tz = this.options.settings.timeZone;
    await this.w.write(
      [
        '\t\t<wp:comment>',
        `\t\t\t<wp:comment_id>${c.number}</wp:comment_id>`,
        `\t\t\t<wp:comment_author>${cdata(c.authorName)}</wp:comment_author>`,
        `\t\t\t<wp:comment_author_email>${cdata(c.authorEmail)}</wp:comment_author_email>`,
        `\t\t\t${element('wp:comment_author_url', c.authorUrl)}`,
        `\t\t\t${element('wp:comment_author_IP', c.authorIp)}`,
        `\t\t\t<wp:comment_date>${cdata(wpLocal(c.createdAt, tz))}</wp:comment_date>`,
        `\t\t\t<wp:comment_date_gmt>${cdata(wpGmt(c.createdAt))}</wp:comment_date_gmt>`,
        `\t\t\t<wp:comment_content>${cdata(c.html)}</wp:comment_content>`,
        `\t\t\t<wp:comment_approved>${cdata(COMMENT_STATUS[c.status] ?? '0')}</wp:comment_approved>`,
        `\t\t\t<wp:comment_type>${cdata(c.kind === 'comment' ? '' : c.kind)}</wp:comment_type>`,
        `\t\t\t<wp:comment_parent>${c.parentNumber ?? 0}</wp:comment_parent>`,
        `\t\t\t<wp:comment_user_id>${c.personId ?? 0}</wp:comment_user_id>`,
        '\t\t</wp:comment>',
        '',
      ].join('\n'),
    );
    this.counts.comments!++;
  }
}

/** Writes the whole site to `out` as WXR 1.2; resolves with what it wrote, counted. */
export async function exportWordPress(
  options: WordPressExportOptions,
): Promise<Record<string, number>> {
  return new WordPressExport(options).run();
}
