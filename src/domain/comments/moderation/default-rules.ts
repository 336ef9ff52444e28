import { accountRequired } from './account-required.ts';
import { articleHoldsAll } from './article-holds-all.ts';
import { articleMustAcceptComments } from './article-must-accept-comments.ts';
import { bannedCommenters, heldCommenters } from './commenter-measures.ts';
import { disallowedWords } from './disallowed-words.ts';
import { floodControl } from './flood-control.ts';
import { formHoneypot } from './form-honeypot.ts';
import { formTiming } from './form-timing.ts';
import { lengthLimits } from './length-limits.ts';
import { linkLimit } from './link-limit.ts';
import { manualModeration } from './manual-moderation.ts';
import { moderationWords } from './moderation-words.ts';
import { nameAndEmailRequired } from './name-and-email-required.ts';
import { noDuplicates } from './no-duplicates.ts';
import { parentMustBeApproved } from './parent-must-be-approved.ts';
import { previouslyApproved } from './previously-approved.ts';
import { rateLimits } from './rate-limits.ts';
import type { ModerationRule } from './rule.ts';
import { spamCheck } from './spam-check.ts';
import { staffApproved } from './staff-approved.ts';
import { surgeMode } from './surge-mode.ts';
import { textRequired } from './text-required.ts';
import { websiteMustBeAWebAddress } from './website-must-be-a-web-address.ts';

/**
 * The order is WordPress's (comment-rules.md), with our defences slotted in:
 *  1. refusals, in the order readers meet them (a banned commenter is told before anything else
 *     is checked);
 *  2. trust: the article's authors and moderators;
 *  3. discards (spam, trash), which must win over any hold;
 *  4. surge detection, which counts every comment still in the running;
 *  5. everything that holds.
 * A comment no rule holds is approved.
 */
export const DEFAULT_RULES: readonly ModerationRule[] = [
  parentMustBeApproved,
  articleMustAcceptComments,
  accountRequired,
  bannedCommenters,
  nameAndEmailRequired,
  websiteMustBeAWebAddress,
  textRequired,
  lengthLimits,
  noDuplicates,
  floodControl,
  rateLimits,
  staffApproved,
  formHoneypot,
  disallowedWords,
  spamCheck,
  formTiming,
  surgeMode,
  manualModeration,
  articleHoldsAll,
  heldCommenters,
  linkLimit,
  moderationWords,
  previouslyApproved,
];
