import type { ModerationRule } from './rule.ts';

export const DUPLICATE_MESSAGE =
  'Duplicate comment detected; it looks as though you’ve already said that!';

/** The same words from the same person under the same comment, unless the first is in the trash. */
export const noDuplicates: ModerationRule = {
  name: 'no-duplicates',
  async check({ article, fingerprint }, { history }) {
    if (!article) return undefined;
    return (await history.isDuplicate(article.id, fingerprint))
      ? { outcome: 'reject', status: 409, code: 'duplicate', reason: DUPLICATE_MESSAGE }
      : undefined;
  },
};
