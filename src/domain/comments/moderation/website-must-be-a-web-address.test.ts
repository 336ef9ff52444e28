import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseWebsite } from '../post-comment.ts';
import { websiteMustBeAWebAddress } from './website-must-be-a-web-address.ts';
import { answerOf, candidate, context } from './testing.ts';

const check = (typed: string) =>
  answerOf(
    websiteMustBeAWebAddress,
    candidate({ rawUrl: typed, url: normaliseWebsite(typed) }),
    context(),
  );

test('an empty website, or a web address with or without its scheme, passes', async () => {
  for (const typed of [
    '',
    '  ',
    'https://example.net/me',
    'example.net',
    'www.example.org/path?q=1',
  ])
    assert.equal(await check(typed), undefined, typed);
});

test('a website that is not a web address is refused at the url field', async () => {
  for (const typed of [
    'javascript:alert(1)',
    'data:text/html,x',
    'ftp://example.net',
    'not a site',
  ]) {
    const answer = await check(typed);
    assert.ok(answer?.outcome === 'reject', typed);
    assert.equal(answer.field, 'url');
    assert.equal(answer.status, 400);
  }
});
