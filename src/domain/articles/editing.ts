// What an editor edits, who may edit and publish what, and the form that carries it.
import { can, type Role } from '../people/roles.ts';
import { slugify } from '../slug.ts';
import { zonedToInstant } from '../time.ts';
import type { ArticleStatus } from './article.ts';
import { parseDocument, type ArticleDocument } from './document.ts';
import { textToDocument } from './text-document.ts';

export const COMMENT_MODES = ['open', 'hold', 'closed'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Every field an editor can change; a revision is a snapshot of exactly this. */
export interface ArticleDraft {
  headline: string;
  standfirst: string;
  slug: string;
  sectionId: number | null;
  tags: string[];
  bylines: { personId: number; credit: string | null }[];
  dateline: { place: string; date: string | null } | null;
  leadMediaId: number | null;
  leadCaption: string | null;
  body: ArticleDocument;
  seoTitle: string;
  seoDescription: string;
  commentMode: CommentMode;
  commentsCloseDays: number | null;
}

export interface EditableArticle extends ArticleDraft {
  id: number;
  status: ArticleStatus;
  version: number;
  createdBy: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Where it is public now: /section/slug. */
  path: string | null;
  editing: { personId: number; name: string; at: Date } | null;
}

export const LIMITS = {
  headline: 300,
  standfirst: 1000,
  slug: 120,
  tags: 30,
  tag: 80,
  seoTitle: 120,
  seoDescription: 300,
  datelinePlace: 80,
  credit: 80,
  leadCaption: 1000,
} as const;

export const EMPTY_DRAFT: ArticleDraft = {
  headline: '',
  standfirst: '',
  slug: '',
  sectionId: null,
  tags: [],
  bylines: [],
  dateline: null,
  leadMediaId: null,
  leadCaption: null,
  body: { type: 'doc', content: [] },
  seoTitle: '',
  seoDescription: '',
  commentMode: 'open',
  commentsCloseDays: null,
};

type Person = { id: number; role: Role | null };
type Owned = { createdBy: number | null; bylines: { personId: number }[] };

const isOwn = (person: Person, article: Owned) =>
  article.createdBy === person.id || article.bylines.some((b) => b.personId === person.id);

/** Editors edit everything; authors and contributors what they created or are bylined on. */
export const canEditArticle = (person: Person, article: Owned & { status: ArticleStatus }) =>
  can(person.role, 'edit_all_articles') ||
  (can(person.role, 'edit_own_articles') &&
    isOwn(person, article) &&
    // A contributor's work, once published, is the editors' to change.
    (can(person.role, 'publish_own_articles') ||
      article.status === 'draft' ||
      article.status === 'review'));

export const canPublishArticle = (person: Person, article: Owned) =>
  can(person.role, 'publish_all_articles') ||
  (can(person.role, 'publish_own_articles') && isOwn(person, article));

export type FormValue = string | string[] | undefined;
export type DraftField =
  | 'headline'
  | 'standfirst'
  | 'slug'
  | 'section'
  | 'tags'
  | 'bylines'
  | 'dateline'
  | 'lead'
  | 'body'
  | 'seo'
  | 'comments'
  | 'publishAt';

const one = (v: FormValue): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
const many = (v: FormValue): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const id = (v: string): number | null => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null);

/**
 * The edit form as a draft, with a message per field that is wrong. Nothing is cut to fit:
 * over-long input is an error the editor sees.
 */
export function parseArticleForm(form: Record<string, FormValue>): {
  draft: ArticleDraft;
  errors: Partial<Record<DraftField, string>>;
} {
  const errors: Partial<Record<DraftField, string>> = {};
  const tooLong = (field: DraftField, value: string, limit: number, label: string) => {
    if ([...value].length > limit)
      errors[field] = `${label} is too long: at most ${limit} characters.`;
  };
  const headline = one(form.headline).replace(/\s+/g, ' ');
  if (headline === '') errors.headline = 'Every article needs a headline.';
  tooLong('headline', headline, LIMITS.headline, 'The headline');
  const standfirst = one(form.standfirst).replace(/\s+/g, ' ');
  tooLong('standfirst', standfirst, LIMITS.standfirst, 'The standfirst');

  const typedSlug = one(form.slug);
  const slug = typedSlug ? slugify(typedSlug) : slugify(headline).slice(0, 80).replace(/-$/, '');
  if (typedSlug && slug !== typedSlug.toLowerCase())
    errors.slug = 'Use lower-case letters, digits and hyphens only, like "harbour-strike-ends".';
  if (!slug && headline) errors.slug = 'The address needs at least one letter or digit.';
  tooLong('slug', slug, LIMITS.slug, 'The address');

  const sectionId = id(one(form.section));
  if (sectionId === null) errors.section = 'Choose a section.';

  const tags = [
    ...new Set(
      one(form.tags)
        .split(',')
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ];
  if (tags.length > LIMITS.tags) errors.tags = `At most ${LIMITS.tags} tags.`;
  if (tags.some((t) => [...t].length > LIMITS.tag || !slugify(t)))
    errors.tags = `Each tag needs a letter or digit and at most ${LIMITS.tag} characters.`;

  const people = many(form['byline_person[]'] ?? form.byline_person);
  const credits = many(form['byline_credit[]'] ?? form.byline_credit);
  const bylines: ArticleDraft['bylines'] = [];
  people.forEach((p, i) => {
    const personId = id(p.trim());
    if (personId === null) return;
    if (bylines.some((b) => b.personId === personId)) return;
    const credit = (credits[i] ?? '').trim();
    if ([...credit].length > LIMITS.credit)
      errors.bylines = `A byline role has at most ${LIMITS.credit} characters.`;
    bylines.push({ personId, credit: credit || null });
  });

  const place = one(form.dateline_place);
  const date = one(form.dateline_date);
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.dateline = 'Give the date as YYYY-MM-DD.';
  if (date && !place) errors.dateline = 'A dateline with a date needs a place too.';
  tooLong('dateline', place, LIMITS.datelinePlace, 'The place');

  const leadMediaId = id(one(form.lead_media));
  const leadCaption = one(form.lead_caption);
  tooLong('lead', leadCaption, LIMITS.leadCaption, 'The caption');

  let body: ArticleDocument = { type: 'doc', content: [] };
  const json = one(form.body_json);
  try {
    body = json ? parseDocument(JSON.parse(json)) : textToDocument(many(form.body_text)[0] ?? '');
  } catch {
    errors.body = 'The body could not be read. Your text is kept below; please try saving again.';
  }

  const seoTitle = one(form.seo_title);
  const seoDescription = one(form.seo_description);
  tooLong('seo', seoTitle, LIMITS.seoTitle, 'The search title');
  tooLong('seo', seoDescription, LIMITS.seoDescription, 'The search description');

  const mode = one(form.comment_mode) || 'open';
  const commentMode = (COMMENT_MODES as readonly string[]).includes(mode)
    ? (mode as CommentMode)
    : 'open';
  const closeDays = one(form.comments_close_days);
  const commentsCloseDays = closeDays === '' ? null : id(closeDays);
  if (closeDays !== '' && (commentsCloseDays === null || commentsCloseDays > 3650))
    errors.comments = 'Give a number of days between 1 and 3650, or leave it empty.';

  return {
    draft: {
      headline,
      standfirst,
      slug,
      sectionId,
      tags,
      bylines,
      dateline: place ? { place, date: date || null } : null,
      leadMediaId,
      leadCaption: leadCaption || null,
      body,
      seoTitle,
      seoDescription,
      commentMode,
      commentsCloseDays,
    },
    errors,
  };
}

/** The publication time from the schedule field, in the site's zone; null when empty or wrong. */
export function parsePublishAt(value: FormValue, timeZone: string): Date | null {
  const text = one(value);
  return text ? zonedToInstant(text, timeZone) : null;
}

/** What saving over a version can come to. */
export type SaveResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'conflict'; current: { version: number; by: string | null; at: Date } }
  | { ok: false; reason: 'slug-taken' }
  | { ok: false; reason: 'missing' };
