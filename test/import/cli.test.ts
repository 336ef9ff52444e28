// `dateline import` and `dateline export` as an operator runs them: real processes over a data
// folder of their own, their reports read from what they print.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importCommand } from '../../src/import/import-command.ts';
import { readWxr } from '../../src/import/wordpress/wxr-reader.ts';
import { FIXTURE, fixtureSkipReason, SMALL_SITE, uploadsCopy } from './support.ts';

const bin = path.resolve('bin/dateline.js');
const DISQUS = fileURLToPath(new URL('./fixtures/disqus-export.xml', import.meta.url));

describe('dateline import and export', () => {
  let dataDir: string;
  let uploads: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        DATELINE_DATA: dataDir,
        DATELINE_URL: 'https://news.example.test',
        DATABASE_URL: '',
        DATELINE_DATABASE_URL: '',
      },
    });

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'dateline-cli-import-'));
    uploads = await uploadsCopy();
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(uploads, { recursive: true, force: true });
  });

  test('imports a WordPress export with a copy of its uploads, and reports what it did', () => {
    const res = run(
      'import',
      'wordpress',
      SMALL_SITE,
      '--media-dir',
      uploads,
      '--time-zone',
      'America/New_York',
    );
    assert.equal(res.status, 0, res.stderr);
    assert.match(
      res.stdout,
      /^Imported Millbrook Weekly \(https:\/\/millbrook-weekly\.example\.org\) into .*dateline\.sqlite\.$/m,
    );
    for (const line of [
      /^Imported:$/m,
      /^ +1 people$/m,
      /^ +2 sections$/m,
      /^ +2 media$/m,
      /^ +1 media copied from uploads$/m,
      /^ +2 posts$/m,
      /^ +1 pages$/m,
      /^ +2 comments$/m,
      /^Skipped:$/m,
      /^Warnings:$/m,
      /^ +1 × picture not found in the copy of uploads; left at its old address$/m,
      /e\.g\. attachment 32 https:\/\/cdn\.millbrook-weekly\.example\.org\/2026\/03\/town-hall\.jpg/,
    ])
      assert.match(res.stdout, line);
    // Not a terminal: progress comes as plain lines, on stderr.
    assert.match(res.stderr, /^media: \d+ records read/m);
    assert.match(res.stderr, /^content: \d+ records read; .*2 posts/m);
    assert.doesNotMatch(res.stderr, /\r/);
  });

  test('a second run changes nothing and says so', () => {
    const res = run('import', 'wordpress', SMALL_SITE);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /^Imported:\n {2}nothing new$/m);
    assert.match(res.stdout, /^ +5 already imported$/m);
  });

  test('the Theme Unit Test export', { skip: fixtureSkipReason() }, () => {
    const res = run('import', 'wordpress', FIXTURE);
    assert.equal(res.status, 0, res.stderr);
    for (const line of [/^ +58 posts$/m, /^ +21 pages$/m, /^ +33 comments$/m, /^ +35 media$/m])
      assert.match(res.stdout, line);
    assert.match(res.stdout, /^ +70 menu items \(menus are not content\)$/m);
    assert.match(res.stdout, /^ +\d+ × block wp:\S+ kept as raw HTML$/m);
  });

  test('a Disqus export: threads it cannot place are reported', () => {
    const res = run('import', 'disqus', DISQUS);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /^Imported Disqus comments \(disqus:testgazette\)/m);
    assert.match(res.stdout, /^ +4 threads not matched to an article$/m);
  });

  test('exports the site as WXR, to a file', async () => {
    const out = path.join(dataDir, 'site.xml');
    const res = run('export', '--out', out);
    assert.equal(res.status, 0, res.stderr);
    assert.match(
      res.stderr,
      /^Exported \d+ authors, .* \d+ posts, \d+ pages, \d+ comments to .*site\.xml\.$/m,
    );
    const items: Record<string, number> = {};
    for await (const r of readWxr(createReadStream(out)))
      if (r.kind === 'item') items[r.type] = (items[r.type] ?? 0) + 1;
    assert.ok((items.post ?? 0) >= 2 && (items.page ?? 0) >= 1 && (items.attachment ?? 0) >= 2);
  });

  test('refuses what it cannot use, with a reason', async () => {
    // Checked before anything is opened: run in this process, its messages caught.
    const refusal = async (...args: string[]) => {
      const messages: string[] = [];
      const original = console.error;
      console.error = (...parts: unknown[]) => messages.push(parts.join(' '));
      try {
        return { status: await importCommand(args), stderr: messages.join('\n') };
      } finally {
        console.error = original;
      }
    };
    const missing = await refusal('wordpress', path.join(dataDir, 'nope.xml'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /There is no file at/);
    const zone = await refusal('wordpress', SMALL_SITE, '--time-zone', 'Mars/Olympus');
    assert.equal(zone.status, 2);
    assert.match(zone.stderr, /"Mars\/Olympus" is not a time zone/);
    const usage = await refusal('blogger', SMALL_SITE);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /import wordpress FILE\.xml/);
    const option = await refusal('wordpress', SMALL_SITE, '--media', uploads);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Unknown option '--media'/);

    const broken = path.join(dataDir, 'broken.xml');
    await writeFile(
      broken,
      '<rss><channel><title>Cut</title><item><title>x</title></channel></rss>',
    );
    const bad = run('import', 'wordpress', broken);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^broken\.xml:1:\d+: /m);
    assert.match(bad.stderr, /Everything imported before this point is kept/);
  });
});
