// The JSON-LD validator must catch what it claims to, or the structured-data tests prove nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaOrgProblems } from './schema-org.ts';

const article = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'A headline',
  dateline: 'LISBON',
  datePublished: '2026-11-27T10:00:00.000Z',
  author: [{ '@type': 'Person', name: 'Ana', url: 'https://example.org/author/ana' }],
  image: [{ '@type': 'ImageObject', url: 'https://example.org/a.jpg', creditText: 'Agency' }],
  correction: [{ '@type': 'CorrectionComment', text: 'Fixed a name', datePublished: '2026-11-28' }],
};

test('a valid NewsArticle has no problems', () => {
  assert.deepEqual(schemaOrgProblems(article), []);
});

test('unknown types, unknown properties and values of the wrong kind are caught', () => {
  assert.deepEqual(schemaOrgProblems({ ...article, '@type': 'NewsStory' }), [
    '$: "NewsStory" is not a schema.org type',
  ]);
  assert.deepEqual(schemaOrgProblems({ ...article, byline: 'Ana' }), [
    '$: NewsArticle has no property "byline"',
  ]);
  assert.deepEqual(
    schemaOrgProblems({ ...article, author: [{ '@type': 'ImageObject', url: 'x' }] }),
    ['$.author[0]: a ImageObject where the property expects Organization or Person or IdReference'],
  );
  assert.deepEqual(schemaOrgProblems({ ...article, publisher: 'A Paper' }), [
    '$.publisher: a string where Organization or Person or IdReference is expected',
  ]);
  assert.deepEqual(schemaOrgProblems({ ...article, '@context': 'https://example.org' }), [
    '$: @context is not schema.org',
  ]);
});
