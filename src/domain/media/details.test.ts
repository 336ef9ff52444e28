import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateMediaDetails } from './details.ts';

const input = {
  alt: '  Two gulls on a rusted bollard \r\n',
  caption: 'Gulls at the north quay.',
  credit: 'Ines Halloran/Wire',
  source: 'Wire',
  description: '',
  mayRedistribute: true,
};

test('details are tidied and accepted', () => {
  const result = validateMediaDetails(input);
  assert.equal(result.ok, true);
  assert.equal(result.details.alt, 'Two gulls on a rusted bollard');
  assert.equal(result.details.mayRedistribute, true);
});

test('over-long text is refused at its field, never cut, and the input comes back', () => {
  const result = validateMediaDetails({ ...input, credit: 'x'.repeat(251) });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.errors.credit?.includes('250'));
  assert.equal(result.details.credit.length, 251);
});

test('alt text that only says "image" or names the file is refused', () => {
  for (const alt of ['Image', 'photo.', 'IMG_2041.JPG']) {
    const result = validateMediaDetails({ ...input, alt });
    assert.ok(!result.ok && result.errors.alt, alt);
  }
  assert.equal(validateMediaDetails({ ...input, alt: '' }).ok, true, 'empty is allowed, flagged');
});
