import type { ModerationRule } from './rule.ts';

/**
 * A website must be an http(s) address. WordPress silently drops one it cannot use; we say so,
 * so the reader is not surprised that their link is missing.
 */
export const websiteMustBeAWebAddress: ModerationRule = {
  name: 'website-must-be-a-web-address',
  checksFields: true,
  check({ rawUrl, url }) {
    if (rawUrl.trim() === '' || url !== '') return undefined;
    return {
      outcome: 'reject',
      status: 400,
      code: 'url_invalid',
      reason: 'Please enter a web address, like https://example.com, or leave Website empty.',
      field: 'url',
    };
  },
};
