import type { ModerationRule } from './rule.ts';

/**
 * When a story draws comments faster than moderators can read them (more than
 * `surge.comments` in `surge.minutes`), the article switches to holding every comment until a
 * moderator switches it back on the desk. Every comment that reaches this rule counts.
 */
export const surgeMode: ModerationRule = {
  name: 'surge-mode',
  async check({ article, person }, { settings, counter, history, now }) {
    if (!article || person) return undefined;
    if (article.surge)
      return { outcome: 'hold', reason: 'The article is in surge mode: every comment is held' };
    const { comments, minutes } = settings.surge;
    if (comments <= 0) return undefined;
    const { allowed } = await counter.take(
      `surge:article:${article.id}`,
      comments,
      minutes * 60_000,
    );
    if (allowed) return undefined;
    await history.startSurge(article.id, now);
    return {
      outcome: 'hold',
      reason: `More than ${comments} comments in ${minutes} minutes: the article switched to surge mode`,
    };
  },
};
