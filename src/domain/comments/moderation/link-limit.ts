import type { ModerationRule } from './rule.ts';

/**
 * Comments with `maxLinks` links or more are held. Bare URLs count too (we autolink them), where
 * WordPress only counts `<a href>` tags and lets a page of pasted URLs through.
 */
export const linkLimit: ModerationRule = {
  name: 'link-limit',
  check({ linkCount }, { settings }) {
    if (settings.maxLinks <= 0 || linkCount < settings.maxLinks) return undefined;
    return {
      outcome: 'hold',
      reason: `Has ${linkCount} links; comments with ${settings.maxLinks} or more are held`,
    };
  },
};
