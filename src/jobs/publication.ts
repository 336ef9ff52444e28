import type { Clock } from '../domain/clock.ts';
import type { PublicationJobs } from '../domain/articles/publish-article.ts';
import type { ArticleEditStore } from '../storage/article-edit-store.ts';
import type { JobStore } from '../storage/job-store.ts';
import type { JobHandler } from './runner.ts';

export const PUBLISH_ARTICLE = 'publish-article';
const key = (articleId: number) => `${PUBLISH_ARTICLE}:${articleId}`;

/** Scheduled publishing as a job per article, due at the publication time. */
export class JobPublication implements PublicationJobs {
  constructor(
    private readonly jobs: JobStore,
    private readonly clock: Clock,
    private readonly nudge: () => void = () => {},
  ) {}

  async schedule(articleId: number, at: Date): Promise<void> {
    await this.jobs.enqueue(
      {
        kind: PUBLISH_ARTICLE,
        uniqueKey: key(articleId),
        payload: { articleId },
        runAt: at,
        maxAttempts: 20,
      },
      this.clock(),
    );
    this.nudge();
  }

  async cancel(articleId: number): Promise<void> {
    await this.jobs.cancel(key(articleId));
  }
}

export const publishArticleHandler =
  (editing: ArticleEditStore, clock: Clock): JobHandler =>
  async (payload) => {
    const { articleId } = payload as { articleId: number };
    // Idempotent: an article already published, unscheduled or trashed is left alone.
    await editing.publishDue(articleId, clock());
  };
