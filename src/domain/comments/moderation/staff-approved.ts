import { can } from '../../people/roles.ts';
import type { ModerationRule } from './rule.ts';

/** The article's own author and moderators are trusted: their comments go straight up. */
export const staffApproved: ModerationRule = {
  name: 'staff-approved',
  check({ person, article }) {
    if (!person) return undefined;
    if (article?.bylinePersonIds.includes(person.id))
      return { outcome: 'approve', reason: 'Written by an author of the article' };
    if (can(person.role, 'moderate_comments'))
      return { outcome: 'approve', reason: 'Written by a moderator' };
    return undefined;
  },
};
