import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mediaUsedBy, missingAltText, needsAltText, type AltTextSubject } from './alt-text.ts';

const picture = (id: number, alt: string, filename = `photo-${id}.jpg`): AltTextSubject => ({
  id,
  alt,
  filename,
  caption: '',
});

const library = (...items: AltTextSubject[]) => {
  const asked: number[][] = [];
  const lookup = async (ids: number[]) => {
    asked.push(ids);
    return new Map(items.filter((m) => ids.includes(m.id)).map((m) => [m.id, m]));
  };
  return { lookup, asked };
};

test('pictures with alt text pass; those without are each named once, in order', async () => {
  const { lookup, asked } = library(
    picture(1, 'Cranes over the harbour at dusk'),
    picture(2, ''),
    picture(3, '   '),
  );
  const problems = await missingAltText([3, 1, 2, 3], lookup);
  assert.deepEqual(
    problems.map((p) => p.mediaId),
    [3, 2],
  );
  assert.match(problems[0]!.message, /“photo-3\.jpg” has no alt text/);
  assert.deepEqual(asked, [[3, 1, 2]], 'one lookup, each id once');
});

test('no pictures, no lookup; unknown ids are not this rule’s concern', async () => {
  const { lookup, asked } = library(picture(1, 'A described picture'));
  assert.deepEqual(await missingAltText([], lookup), []);
  assert.deepEqual(asked, []);
  assert.deepEqual(await missingAltText([1, 99], lookup), []);
});

test('a picture without a file name is named by its caption, or its number', async () => {
  const withCaption = { ...picture(4, '', ''), caption: 'Dock workers gather at the gate' };
  const bare = picture(5, '', '');
  const problems = await missingAltText([4, 5], new Map([withCaption, bare].map((m) => [m.id, m])));
  assert.match(problems[0]!.message, /“Dock workers gather at the gate”/);
  assert.match(problems[1]!.message, /picture number 5 has no alt text/);
});

test('an article’s pictures: lead first, then the body’s, each once', () => {
  assert.deepEqual(mediaUsedBy({ leadMediaId: 7, inlineMediaIds: [3, 7, 4, 3] }), [7, 3, 4]);
  assert.deepEqual(mediaUsedBy({ leadMediaId: null, inlineMediaIds: [] }), []);
  assert.equal(needsAltText({ alt: ' \n' }), true);
  assert.equal(needsAltText({ alt: 'A gull' }), false);
});
