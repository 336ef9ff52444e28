import type { ModerationRule } from './rule.ts';

/** The site setting "every comment must be approved by hand". */
export const manualModeration: ModerationRule = {
  name: 'manual-moderation',
  check(_candidate, { settings }) {
    return settings.manualModeration
      ? { outcome: 'hold', reason: 'The site holds every comment for a moderator' }
      : undefined;
  },
};
