import { accountRequired } from './account-required.ts';
import { articleHoldsAll } from './article-holds-all.ts';
import { articleMustAcceptComments } from './article-must-accept-comments.ts';
import { disallowedWords } from './disallowed-words.ts';
import { floodControl } from './flood-control.ts';
import { lengthLimits } from './length-limits.ts';
import { linkLimit } from './link-limit.ts';
import { manualModeration } from './manual-moderation.ts';
import { moderationWords } from './moderation-words.ts';
import { nameAndEmailRequired } from './name-and-email-required.ts';
import { noDuplicates } from './no-duplicates.ts';
import { parentMustBeApproved } from './parent-must-be-approved.ts';
import { previouslyApproved } from './previously-approved.ts';
import type { ModerationRule } from './rule.ts';
import { staffApproved } from './staff-approved.ts';
import { textRequired } from './text-required.ts';
import { websiteMustBeAWebAddress } from './website-must-be-a-web-address.ts';

/**
 * The order is WordPress's (comment-rules.md): refusals first, in the order readers meet them,
 * then trust, then the word list that discards, then everything that holds. Disallowed words
 * come before the holds because a discard must win over a hold.
 */
export const DEFAULT_RULES: readonly ModerationRule[] = [
  parentMustBeApproved,
  articleMustAcceptComments,
  accountRequired,
  nameAndEmailRequired,
  websiteMustBeAWebAddress,
  textRequired,
  lengthLimits,
  noDuplicates,
  floodControl,
  staffApproved,
  disallowedWords,
  manualModeration,
  articleHoldsAll,
  linkLimit,
  moderationWords,
  previouslyApproved,
];
