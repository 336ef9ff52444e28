// Streams a WordPress export (WXR) into records, one at a time. Exports of big sites run to
// gigabytes, so nothing but the record being read is kept: the XML goes through saxes chunk by
// chunk and each finished author, term or item is handed out before the next chunk is read.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type {
  WxrAuthor,
  WxrCategory,
  WxrComment,
  WxrItem,
  WxrItemTerm,
  WxrMeta,
  WxrRecord,
  WxrSite,
  WxrTag,
  WxrTerm,
} from './wxr-types.ts';

export type * from './wxr-types.ts';

/** The file is not well-formed XML, or not a WordPress export. */
export class WxrParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'WxrParseError';
  }
}

export interface ReadWxrOptions {
  /** Named in error messages, e.g. the export's file name. */
  fileName?: string;
}

// WXR 1.0 used http://wordpress.org/export/1.0/, later versions 1.1 and 1.2, and WordPress.com
// writes https. The version in the URI is not the one that matters: wp:wxr_version is.
const WP_NS = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/;
const EXCERPT_NS = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/;
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

// Exports from old WordPress versions use some prefixes without declaring them; rather than
// refuse those files, the usual prefixes resolve to their usual namespaces.
const FALLBACK_PREFIXES: Record<string, string> = {
  wp: 'http://wordpress.org/export/1.0/',
  excerpt: 'http://wordpress.org/export/1.0/excerpt/',
  content: CONTENT_NS,
  dc: DC_NS,
  wfw: 'http://wellformedweb.org/CommentAPI/',
};

/** An element's name with the namespace reduced to the prefix WXR documents it under. */
function qualifiedName(tag: SaxesTagNS): string {
  const { uri, local } = tag;
  if (uri === '') return local;
  if (WP_NS.test(uri)) return `wp:${local}`;
  if (EXCERPT_NS.test(uri)) return `excerpt:${local}`;
  if (uri === CONTENT_NS) return `content:${local}`;
  if (uri === DC_NS) return `dc:${local}`;
  return `{${uri}}${local}`;
}

const TOP_LEVEL = new Set(['wp:author', 'wp:category', 'wp:tag', 'wp:term', 'item']);

// Characters XML 1.0 forbids outright; WordPress writes them through from pasted content, and a
// stray one should not make a whole site unimportable. Tab, LF and CR are allowed and kept.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// saxes parses whatever it is given at once; big chunks are cut so that the records waiting to
// be handed out stay few.
const SLICE = 64 * 1024;

type Fields = Map<string, string>;

const text = (f: Fields, name: string): string => f.get(name) ?? '';
const token = (f: Fields, name: string): string => text(f, name).trim();
const optional = (f: Fields, name: string): string | null => (f.has(name) ? token(f, name) : null);

function integer(value: string | undefined): number | null {
  const trimmed = (value ?? '').trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : null;
}

interface OpenComment {
  fields: Fields;
  meta: WxrMeta[];
}

interface OpenItem {
  fields: Fields;
  guidIsPermaLink: boolean;
  categories: WxrItemTerm[];
  meta: WxrMeta[];
  comments: WxrComment[];
  /** The category element being read: its attributes wait for its text. */
  category: { domain: string; nicename: string } | null;
  /** The wp:postmeta or wp:commentmeta being read. */
  metaFields: Fields | null;
  comment: OpenComment | null;
}

/** Turns saxes events into records; `take()` hands out the records finished so far. */
class WxrBuilder {
  private readonly stack: string[] = [];
  private textParts: string[] = [];
  private readonly siteFields: Fields = new Map();
  private siteSent = false;
  /** An author or term being read. */
  private entity: { name: string; fields: Fields } | null = null;
  private item: OpenItem | null = null;
  /** Categories and tags already handed out: WordPress.com repeats some as wp:term. */
  private readonly termsSeen = new Set<string>();
  private ready: WxrRecord[] = [];

  constructor(private readonly fail: (message: string) => never) {}

  take(): WxrRecord[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  text(value: string): void {
    // Only leaf values are ever read, so text is collected from the last opened element on.
    this.textParts.push(value);
  }

  open(tag: SaxesTagNS): void {
    const name = qualifiedName(tag);
    const depth = this.stack.length;
    this.stack.push(name);
    this.textParts = [];
    if (depth === 0 && name !== 'rss')
      this.fail(`not a WordPress export: the root element is <${tag.name}>, not <rss>`);
    if (depth === 1 && name !== 'channel')
      this.fail(`not a WordPress export: <${tag.name}> where <channel> was expected`);
    if (depth === 2) {
      if (!TOP_LEVEL.has(name)) return;
      this.sendSite();
      if (name === 'item') {
        this.item = {
          fields: new Map(),
          guidIsPermaLink: true,
          categories: [],
          meta: [],
          comments: [],
          category: null,
          metaFields: null,
          comment: null,
        };
      } else {
        this.entity = { name, fields: new Map() };
      }
      return;
    }
    const item = this.item;
    if (!item) return;
    if (depth === 3) {
      if (name === 'category') {
        item.category = {
          domain: (tag.attributes.domain?.value ?? '').trim(),
          nicename: (tag.attributes.nicename?.value ?? '').trim(),
        };
      } else if (name === 'guid') {
        // RSS: a guid is a permalink unless it says otherwise.
        item.guidIsPermaLink = tag.attributes.isPermaLink?.value.trim() !== 'false';
      } else if (name === 'wp:postmeta') {
        item.metaFields = new Map();
      } else if (name === 'wp:comment') {
        item.comment = { fields: new Map(), meta: [] };
      }
    } else if (depth === 4 && item.comment && name === 'wp:commentmeta') {
      item.metaFields = new Map();
    }
  }

  close(): void {
    const name = this.stack.pop() ?? '';
    const depth = this.stack.length;
    const value = this.textParts.join('');
    this.textParts = [];

    if (depth === 2) {
      if (name === 'item' && this.item) this.ready.push(buildItem(this.item));
      else if (this.entity) this.sendEntity(this.entity.name, this.entity.fields);
      else this.siteFields.set(name, value);
      this.item = null;
      this.entity = null;
      return;
    }
    if (depth === 1) {
      // A channel with no authors, terms or items still describes a site.
      this.sendSite();
      return;
    }

    const item = this.item;
    if (this.entity && depth === 3) {
      this.entity.fields.set(name, value);
    } else if (!item) {
      return;
    } else if (depth === 3) {
      if (name === 'category' && item.category) {
        item.categories.push({ ...item.category, name: value });
        item.category = null;
      } else if (name === 'wp:postmeta' && item.metaFields) {
        item.meta.push(buildMeta(item.metaFields));
        item.metaFields = null;
      } else if (name === 'wp:comment' && item.comment) {
        item.comments.push(buildComment(item.comment));
        item.comment = null;
      } else {
        item.fields.set(name, value);
      }
    } else if (depth === 4) {
      if (item.comment) {
        if (name === 'wp:commentmeta' && item.metaFields) {
          item.comment.meta.push(buildMeta(item.metaFields));
          item.metaFields = null;
        } else {
          item.comment.fields.set(name, value);
        }
      } else if (item.metaFields) {
        item.metaFields.set(name, value);
      }
    } else if (depth === 5 && item.comment && item.metaFields) {
      item.metaFields.set(name, value);
    }
  }

  private sendSite(): void {
    if (this.siteSent) return;
    this.siteSent = true;
    const f = this.siteFields;
    const site: WxrSite = {
      kind: 'site',
      title: text(f, 'title'),
      link: token(f, 'link'),
      description: text(f, 'description'),
      language: token(f, 'language'),
      baseSiteUrl: token(f, 'wp:base_site_url'),
      baseBlogUrl: token(f, 'wp:base_blog_url'),
      wxrVersion: token(f, 'wp:wxr_version'),
    };
    this.ready.push(site);
  }

  private sendEntity(name: string, f: Fields): void {
    if (name === 'wp:author') {
      const author: WxrAuthor = {
        kind: 'author',
        id: integer(f.get('wp:author_id')),
        login: token(f, 'wp:author_login'),
        email: token(f, 'wp:author_email'),
        displayName: text(f, 'wp:author_display_name'),
        firstName: text(f, 'wp:author_first_name'),
        lastName: text(f, 'wp:author_last_name'),
      };
      this.ready.push(author);
      return;
    }
    const id = integer(f.get('wp:term_id'));
    let record: WxrCategory | WxrTag | WxrTerm;
    if (name === 'wp:category') {
      record = {
        kind: 'category',
        id,
        slug: token(f, 'wp:category_nicename'),
        parentSlug: token(f, 'wp:category_parent'),
        name: text(f, 'wp:cat_name'),
        description: text(f, 'wp:category_description'),
      };
    } else if (name === 'wp:tag') {
      record = {
        kind: 'tag',
        id,
        slug: token(f, 'wp:tag_slug'),
        name: text(f, 'wp:tag_name'),
        description: text(f, 'wp:tag_description'),
      };
    } else {
      // wp:term covers every taxonomy; categories and tags written this way are still those.
      const taxonomy = token(f, 'wp:term_taxonomy');
      const common = {
        id,
        slug: token(f, 'wp:term_slug'),
        name: text(f, 'wp:term_name'),
        description: text(f, 'wp:term_description'),
      };
      const parentSlug = token(f, 'wp:term_parent');
      if (taxonomy === 'category') record = { kind: 'category', ...common, parentSlug };
      else if (taxonomy === 'post_tag') record = { kind: 'tag', ...common };
      else record = { kind: 'term', taxonomy, ...common, parentSlug };
    }
    if (record.kind !== 'term') {
      // Slugs are unique within a taxonomy, so the second telling of a term adds nothing.
      const key = `${record.kind}:${record.slug}`;
      if (this.termsSeen.has(key)) return;
      this.termsSeen.add(key);
    }
    this.ready.push(record);
  }
}

function buildMeta(f: Fields): WxrMeta {
  return { key: token(f, 'wp:meta_key'), value: text(f, 'wp:meta_value') };
}

function buildComment({ fields: f, meta }: OpenComment): WxrComment {
  return {
    id: integer(f.get('wp:comment_id')) ?? 0,
    author: text(f, 'wp:comment_author'),
    email: token(f, 'wp:comment_author_email'),
    url: token(f, 'wp:comment_author_url'),
    ip: token(f, 'wp:comment_author_IP'),
    date: token(f, 'wp:comment_date'),
    dateGmt: token(f, 'wp:comment_date_gmt'),
    content: text(f, 'wp:comment_content'),
    approved: token(f, 'wp:comment_approved'),
    type: token(f, 'wp:comment_type'),
    parentId: integer(f.get('wp:comment_parent')) ?? 0,
    userId: integer(f.get('wp:comment_user_id')) ?? 0,
    meta,
  };
}

function buildItem(item: OpenItem): WxrItem {
  const f = item.fields;
  return {
    kind: 'item',
    title: text(f, 'title'),
    link: token(f, 'link'),
    pubDate: token(f, 'pubDate'),
    creator: token(f, 'dc:creator'),
    guid: token(f, 'guid'),
    guidIsPermaLink: item.guidIsPermaLink,
    description: text(f, 'description'),
    content: text(f, 'content:encoded'),
    excerpt: text(f, 'excerpt:encoded'),
    id: integer(f.get('wp:post_id')) ?? 0,
    date: token(f, 'wp:post_date'),
    dateGmt: token(f, 'wp:post_date_gmt'),
    modified: optional(f, 'wp:post_modified'),
    modifiedGmt: optional(f, 'wp:post_modified_gmt'),
    commentStatus: token(f, 'wp:comment_status'),
    pingStatus: token(f, 'wp:ping_status'),
    name: token(f, 'wp:post_name'),
    status: token(f, 'wp:status'),
    parentId: integer(f.get('wp:post_parent')) ?? 0,
    menuOrder: integer(f.get('wp:menu_order')) ?? 0,
    type: token(f, 'wp:post_type'),
    password: text(f, 'wp:post_password'),
    sticky: token(f, 'wp:is_sticky') === '1',
    attachmentUrl: token(f, 'wp:attachment_url'),
    categories: item.categories,
    meta: item.meta,
    comments: item.comments,
  };
}

/**
 * Reads a WordPress export as a stream of records: the site header, then authors, categories,
 * tags, other terms and items in file order. Memory stays bounded by the largest single item,
 * whatever the file's size; stopping early (`break` in `for await`) stops reading the input.
 * Rejects with a WxrParseError naming the line and column if the XML is malformed.
 */
export async function* readWxr(
  input: AsyncIterable<string | Buffer> | NodeJS.ReadableStream,
  options: ReadWxrOptions = {},
): AsyncGenerator<WxrRecord, void, undefined> {
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    resolvePrefix: (prefix: string) => FALLBACK_PREFIXES[prefix],
  });
  const prefix = options.fileName ? `${options.fileName}:` : '';
  const fail = (message: string): never => {
    throw new WxrParseError(
      `${prefix}${parser.line}:${parser.column}: ${message}`,
      parser.line,
      parser.column,
    );
  };
  const builder = new WxrBuilder(fail);
  parser.on('opentag', (tag) => builder.open(tag));
  parser.on('closetag', () => builder.close());
  parser.on('text', (t) => builder.text(t));
  parser.on('cdata', (t) => builder.text(t));
  parser.on('error', (err) => {
    // saxes puts "line:column: " in front of its messages; the error keeps them as numbers too.
    throw new WxrParseError(`${prefix}${err.message}`, parser.line, parser.column);
  });

  const decoder = new TextDecoder('utf-8');
  let first = true;
  function* feed(chunk: string): Generator<WxrRecord> {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let at = 0; at < chunk.length; at += SLICE) {
      parser.write(chunk.slice(at, at + SLICE).replace(FORBIDDEN_CHARS, ''));
      yield* builder.take();
    }
  }

  for await (const chunk of input as AsyncIterable<string | Buffer>) {
    yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield* feed(decoder.decode());
  parser.close();
  yield* builder.take();
}
