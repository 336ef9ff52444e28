import { charLength, COMMENT_LIMITS, type CommentField } from '../comment.ts';
import type { ModerationRule, RuleAnswer } from './rule.ts';

const CHECKS: { field: CommentField; key: 'name' | 'email' | 'url' | 'text'; label: string }[] = [
  { field: 'comment', key: 'text', label: 'Your comment' },
  { field: 'author', key: 'name', label: 'Your name' },
  { field: 'email', key: 'email', label: 'Your email address' },
  { field: 'url', key: 'url', label: 'Your website address' },
];

/**
 * Over-long input is refused, never cut: truncation once left broken markup behind and made a
 * stored XSS in WordPress (fixed in 4.2.1).
 */
export const lengthLimits: ModerationRule = {
  name: 'length-limits',
  checksFields: true,
  check(candidate) {
    return CHECKS.flatMap(({ field, key, label }): RuleAnswer[] => {
      const length = charLength(candidate[key]);
      const limit = COMMENT_LIMITS[key];
      if (length <= limit) return [];
      return [
        {
          outcome: 'reject',
          status: 400,
          code: `${key}_too_long`,
          reason: `${label} is too long: ${length.toLocaleString('en')} characters, the limit is ${limit.toLocaleString('en')}.`,
          field,
        },
      ];
    });
  },
};
