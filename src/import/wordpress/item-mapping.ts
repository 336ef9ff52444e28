// How WordPress's fields become Dateline's: statuses, times, addresses, texts. Pure functions,
// so each rule is tested on its own (test/import/item-mapping.test.ts).
import type { ArticleStatus } from '../../domain/articles/article.ts';
import type { CommentStatus } from '../../domain/comments/comment.ts';
import { slugify } from '../../domain/slug.ts';
import { zonedToInstant } from '../../domain/time.ts';
import { parseHtml, plainText } from './html-tree.ts';
import { phpNumber, phpRecord, phpString, unserializePhp } from './php-serialized.ts';
import type { WxrItem, WxrMeta } from './wxr-types.ts';

export type StatusMapping =
  { status: ArticleStatus; note: string | null } | { status: null; reason: string };

/** A post's or page's status in Dateline; `note` when it is kept other than it was. */
export function articleStatus(item: Pick<WxrItem, 'status' | 'password'>): StatusMapping {
  switch (item.status) {
    case 'publish':
      // A password-protected post has no Dateline equivalent: it stays out of public view.
      return item.password
        ? { status: 'draft', note: 'password-protected: kept as a draft, not public' }
        : { status: 'published', note: null };
    case 'future':
      return { status: 'scheduled', note: null };
    case 'draft':
      return { status: 'draft', note: null };
    case 'pending':
      return { status: 'review', note: null };
    case 'private':
      return { status: 'draft', note: 'private: kept as a draft, not public' };
    case 'trash':
      return { status: 'trash', note: null };
    case 'auto-draft':
      return { status: null, reason: 'auto-drafts (never saved by anyone)' };
    case 'inherit':
      return { status: null, reason: 'revisions' };
    default:
      return { status: 'draft', note: `unknown status "${item.status}": kept as a draft` };
  }
}

export function commentStatus(approved: string): CommentStatus | null {
  switch (approved) {
    case '1':
    case 'approve':
      return 'approved';
    case '0':
    case 'hold':
      return 'pending';
    case 'spam':
      return 'spam';
    case 'trash':
    case 'post-trashed':
      return 'trash';
    default:
      return null;
  }
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** A `YYYY-MM-DD HH:MM:SS` time as UTC, or null for WordPress's zero date and anything invalid. */
export function gmtTime(value: string): Date | null {
  const m = WP_DATE.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const at = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  // Date.UTC rolls 2020-02-31 over into March; such a date is not one.
  return at.toISOString().slice(0, 19).replace('T', ' ') === value.trim() ? at : null;
}

/** The site-local time in its zone, or null. */
export function localTime(value: string, timeZone: string): Date | null {
  if (!gmtTime(value)) return null;
  return zonedToInstant(value.trim().replace(' ', 'T'), timeZone);
}

/** `*_gmt` when WordPress recorded it, else the local time read in the site's zone. */
export function itemTime(gmt: string | null, local: string | null, timeZone: string): Date | null {
  return (gmt ? gmtTime(gmt) : null) ?? (local ? localTime(local, timeZone) : null);
}

/** Whether an IANA time zone name is one this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Text of a title or excerpt that may hold markup and entities. */
export function plainTextOf(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return plainText(parseHtml(html)).replace(/\s+/g, ' ').trim();
}

const decodeSlug = (slug: string): string => {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
};

/**
 * Dateline addresses are lower-case ASCII. WordPress keeps other scripts percent-encoded in the
 * slug; those become the title's Latin words, or failing any, `post-<id>`.
 */
export function articleSlug(item: Pick<WxrItem, 'name' | 'title' | 'id'>): string {
  const candidates = [slugify(decodeSlug(item.name)), slugify(plainTextOf(item.title))].map((s) =>
    s.slice(0, 100).replace(/-+$/, ''),
  );
  return (
    candidates.find((s) => /[a-z]/.test(s)) ?? candidates.find((s) => s !== '') ?? `post-${item.id}`
  );
}

/** The slug a term gets here: the editor derives tag slugs from names, so the import does too. */
export function termSlug(name: string, wpSlug: string): string {
  return slugify(name) || slugify(decodeSlug(wpSlug));
}

/** The path of an address on the old site ("/2012/01/07/template-sticky/"), or null. */
export function oldPath(link: string): string | null {
  try {
    const url = new URL(link);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.pathname + url.search;
  } catch {
    return null;
  }
}

/**
 * A picture's address reduced to what identifies it: host and path, without the scheme, query
 * (`?w=604`) or WordPress's size suffix (`-150x150`, `-scaled`), so every copy WordPress made of
 * an attachment finds it.
 */
export function pictureUrlKey(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const path = url.pathname.replace(/-(?:\d+x\d+|scaled)(\.\w+)$/i, '$1');
  return `${url.host.toLowerCase()}${path}`;
}

const PICTURE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** The picture type of an address by its extension; null for anything else (PDF, audio, …). */
export function pictureType(address: string): string | null {
  const match = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(address);
  return match ? (PICTURE_TYPES[match[1]!.toLowerCase()] ?? null) : null;
}

export const extensionOf = (address: string): string =>
  /\.([a-z0-9]+)(?:[?#]|$)/i.exec(address)?.[1]?.toLowerCase() ?? '';

/** Attachments and addresses a body refers to, so they can be looked up before converting it. */
export function pictureReferences(content: string): { ids: number[]; urls: string[] } {
  const ids = new Set<number>();
  const add = (text: string | undefined) => {
    for (const n of (text ?? '').match(/\d+/g) ?? []) if (n.length < 10) ids.add(Number(n));
  };
  for (const m of content.matchAll(/wp-image-(\d+)|attachment_(\d+)|data-id="(\d+)"/g))
    add(m[1] ?? m[2] ?? m[3]);
  for (const m of content.matchAll(/\b(?:ids|include)="([\d,\s]+)"/g)) add(m[1]);
  for (const m of content.matchAll(/"ids?":\s*(\[[\d,\s]*\]|\d+)/g)) add(m[1]);
  const urls = new Set<string>();
  for (const m of content.matchAll(/(?:https?:)?\/\/[^\s"'<>()\\]+/g)) {
    const address = m[0].startsWith('//') ? `https:${m[0]}` : m[0];
    if (pictureType(address)) urls.add(address);
  }
  return { ids: [...ids], urls: [...urls] };
}

export const metaValue = (meta: WxrMeta[], key: string): string | undefined =>
  meta.find((m) => m.key === key)?.value;

export interface AttachmentDetails {
  alt: string;
  caption: string;
  description: string;
  credit: string;
  /** From `_wp_attachment_metadata`; 0 when the export does not say. */
  width: number;
  height: number;
  /** The file's path under wp-content/uploads (`_wp_attached_file`), if known. */
  uploadsPath: string | null;
}

export function attachmentDetails(item: WxrItem): AttachmentDetails {
  const metadata = phpRecord(unserializePhp(metaValue(item.meta, '_wp_attachment_metadata') ?? ''));
  const imageMeta = phpRecord(metadata?.image_meta);
  const dimension = (key: string) => {
    const n = phpNumber(metadata?.[key]);
    return n !== null && Number.isInteger(n) && n > 0 && n < 1_000_000 ? n : 0;
  };
  const attached = metaValue(item.meta, '_wp_attached_file')?.trim() || phpString(metadata?.file);
  return {
    alt: plainTextOf(metaValue(item.meta, '_wp_attachment_image_alt') ?? ''),
    caption: plainTextOf(item.excerpt),
    description: plainTextOf(item.content),
    credit: plainTextOf(phpString(imageMeta?.credit)),
    width: dimension('width'),
    height: dimension('height'),
    uploadsPath: attached || null,
  };
}
