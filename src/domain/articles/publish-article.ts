import type { Clock } from '../clock.ts';
import type { Role } from '../people/roles.ts';
import type { ArticleStatus } from './article.ts';
import { mediaIdsIn } from './document.ts';
import { canEditArticle, canPublishArticle, type EditableArticle } from './editing.ts';

export const PUBLICATION_ACTIONS = [
  'publish',
  'schedule',
  'unpublish',
  'submit',
  'trash',
  'restore',
] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];
export const isPublicationAction = (v: string): v is PublicationAction =>
  (PUBLICATION_ACTIONS as readonly string[]).includes(v);

export interface PublicationPorts {
  findForEdit(id: number, now: Date): Promise<EditableArticle | null>;
  setStatus(change: {
    id: number;
    status: ArticleStatus;
    publishedAt: Date | null;
    now: Date;
  }): Promise<void>;
}

/** Durable jobs for scheduled publishing: they run on time with no traffic, after restarts. */
export interface PublicationJobs {
  schedule(articleId: number, at: Date): Promise<void>;
  cancel(articleId: number): Promise<void>;
}

/** Problems that stop an article going out: an image without alt text, say. */
export type ReadinessCheck = (mediaIds: number[]) => Promise<string[]>;

export type PublicationResult =
  | { ok: true; status: ArticleStatus; publishedAt: Date | null }
  | { ok: false; status: 400 | 403 | 404; problems: string[] };

/** Scheduling must be at least this far ahead; nearer than that, publish now. */
const MIN_SCHEDULE_AHEAD_MS = 60_000;

export async function changePublication(
  deps: {
    editing: PublicationPorts;
    jobs: PublicationJobs;
    clock: Clock;
    readiness?: ReadinessCheck;
  },
  person: { id: number; role: Role | null },
  id: number,
  action: PublicationAction,
  at: Date | null = null,
): Promise<PublicationResult> {
  const now = deps.clock();
  const article = await deps.editing.findForEdit(id, now);
  if (!article) return { ok: false, status: 404, problems: ['There is no such article.'] };
  const publisher = canPublishArticle(person, article);
  const editor = canEditArticle(person, article);
  const goingOut = action === 'publish' || action === 'schedule';
  const public_ = article.status === 'published' || article.status === 'scheduled';
  const allowed =
    goingOut || action === 'unpublish'
      ? publisher
      : action === 'submit'
        ? editor
        : // Trash and restore: publishers always; others only their own unpublished work.
          publisher || (editor && !public_);
  if (!allowed)
    return {
      ok: false,
      status: 403,
      problems: [
        goingOut
          ? 'Your role does not allow publishing this article. Submit it for review instead.'
          : 'Your role does not allow this.',
      ],
    };

  if (goingOut) {
    const problems: string[] = [];
    if (!article.headline.trim()) problems.push('Give the article a headline.');
    if (article.body.content.length === 0 && !article.standfirst.trim())
      problems.push('The article has no text yet.');
    const media = [
      ...(article.leadMediaId !== null ? [article.leadMediaId] : []),
      ...mediaIdsIn(article.body),
    ];
    if (deps.readiness) problems.push(...(await deps.readiness(media)));
    if (action === 'schedule') {
      if (!at) problems.push('Choose the date and time to publish at.');
      else if (at.getTime() < now.getTime() + MIN_SCHEDULE_AHEAD_MS)
        problems.push('That time has passed (or is within a minute): publish now instead.');
    }
    if (problems.length > 0) return { ok: false, status: 400, problems };
  }

  let status: ArticleStatus;
  let publishedAt: Date | null;
  switch (action) {
    case 'publish':
      status = 'published';
      // Republishing keeps the first publication time; an early release of a scheduled one is now.
      publishedAt =
        article.status === 'published' && article.publishedAt ? article.publishedAt : now;
      break;
    case 'schedule':
      status = 'scheduled';
      publishedAt = at;
      break;
    case 'unpublish':
    case 'restore':
      status = 'draft';
      publishedAt = null;
      break;
    case 'submit':
      status = 'review';
      publishedAt = null;
      break;
    case 'trash':
      status = 'trash';
      publishedAt = article.publishedAt;
      break;
  }
  await deps.editing.setStatus({ id, status, publishedAt, now });
  if (status === 'scheduled' && publishedAt) await deps.jobs.schedule(id, publishedAt);
  else await deps.jobs.cancel(id);
  return { ok: true, status, publishedAt };
}
