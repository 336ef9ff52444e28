import { can } from '../../people/roles.ts';
import type { ModerationRule } from './rule.ts';

const HOUR = 3_600_000;

/**
 * Beyond the 15-second flood rule: at most so many comments an hour from one IP and from one
 * email address (configurable; 0 turns a limit off). Moderators are exempt.
 */
export const rateLimits: ModerationRule = {
  name: 'rate-limits',
  async check({ ip, email, person }, { settings, counter }) {
    if (can(person?.role, 'moderate_comments')) return undefined;
    const { perIpPerHour, perEmailPerHour } = settings.rateLimits;
    const limits: [string, number, string][] = [
      [`hourly:ip:${ip}`, perIpPerHour, 'from your connection'],
      ...(email
        ? ([
            [`hourly:email:${email.toLowerCase()}`, perEmailPerHour, 'from your email address'],
          ] as [string, number, string][])
        : []),
    ];
    for (const [key, limit, from] of limits) {
      if (limit <= 0) continue;
      const { allowed, retryAfterMs } = await counter.take(key, limit, HOUR);
      if (!allowed) {
        const minutes = Math.ceil(retryAfterMs / 60_000);
        return {
          outcome: 'reject',
          status: 429,
          code: 'rate_limited',
          reason: `You have posted ${limit} comments in an hour ${from}, the most this site takes. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
        };
      }
    }
    return undefined;
  },
};
