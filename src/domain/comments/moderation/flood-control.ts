import { can } from '../../people/roles.ts';
import type { ModerationRule } from './rule.ts';

/**
 * One comment per IP and per email every `floodSeconds`. Moderators are exempt: they reply fast
 * when a story breaks. This is the last refusal in the list, so only a comment that would
 * otherwise be stored counts against the limit.
 */
export const floodControl: ModerationRule = {
  name: 'flood-control',
  async check({ person, ip, email }, { settings, counter }) {
    if (settings.floodSeconds <= 0 || can(person?.role, 'moderate_comments')) return undefined;
    const windowMs = settings.floodSeconds * 1000;
    const keys = [`flood:ip:${ip}`, ...(email ? [`flood:email:${email.toLowerCase()}`] : [])];
    for (const key of keys) {
      const { allowed, retryAfterMs } = await counter.take(key, 1, windowMs);
      if (!allowed)
        return {
          outcome: 'reject',
          status: 429,
          code: 'flood',
          reason: 'You are posting comments too quickly. Slow down.',
          retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
        };
    }
    return undefined;
  },
};
