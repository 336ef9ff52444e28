// A big export imports in bounded memory: the fixture's items many times over, each copy with
// new ids (posts, attachments, comments and their parents), padded with menu items (read and
// skipped) so the file is far larger than the heap growth allowed. Measured on SQLite, whose
// pages live outside the JavaScript heap.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { importWordPress } from '../../src/import/import-wordpress.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';
import { fixtureSkipReason, fixtureText, rowCounts } from './support.ts';

const COPIES = 8;
const OFFSET = 100_000;
/** Text in each menu item, which the importer reads and skips. */
const PADDING = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(2000);

let site: TestSite;
before(async () => {
  site = await createTestSite();
});
after(() => site?.close());

/** One copy of the fixture's items, every id moved by `k × OFFSET`. */
function copyOf(items: string, k: number): Buffer {
  const shift = (n: string) => String(Number(n) + k * OFFSET);
  const shifted = items
    .replace(
      /<wp:(post_id|comment_id)>(\d+)</g,
      (_, tag: string, n: string) => `<wp:${tag}>${shift(n)}<`,
    )
    .replace(
      /<wp:(post_parent|comment_parent)>([1-9]\d*)</g,
      (_, tag: string, n: string) => `<wp:${tag}>${shift(n)}<`,
    )
    .replace(
      /(<wp:meta_key>(?:<!\[CDATA\[)?_thumbnail_id(?:\]\]>)?<\/wp:meta_key>\s*<wp:meta_value>(?:<!\[CDATA\[)?)(\d+)/g,
      (_, head: string, n: string) => head + shift(n),
    )
    .replace(/wp-image-(\d+)/g, (_, n: string) => `wp-image-${shift(n)}`)
    .replace(
      /(<wp:post_type>(?:<!\[CDATA\[)?nav_menu_item(?:\]\]>)?<\/wp:post_type>)/g,
      `$1<wp:postmeta><wp:meta_key>padding</wp:meta_key><wp:meta_value><![CDATA[${PADDING}]]></wp:meta_value></wp:postmeta>`,
    );
  return Buffer.from(shifted);
}

test(
  `memory stays bounded: the fixture's items ${COPIES} times over`,
  { skip: fixtureSkipReason() },
  async (t) => {
    const text = fixtureText();
    const start = text.indexOf('<item>');
    const end = text.lastIndexOf('</item>') + '</item>'.length;
    const items = text.slice(start, end);
    let bytes = 0;
    async function* generated(): AsyncGenerator<Buffer> {
      yield Buffer.from(text.slice(0, start));
      for (let k = 0; k < COPIES; k++) {
        const copy = copyOf(items, k);
        bytes += copy.length;
        for (let at = 0; at < copy.length; at += 65536) yield copy.subarray(at, at + 65536);
      }
      yield Buffer.from(text.slice(end));
    }

    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    const samples: { read: number; phase: string; heap: number }[] = [];
    let lastSample = 0;
    const started = Date.now();
    const result = await importWordPress({
      open: generated,
      store: site.stores.imports,
      timeZone: 'UTC',
      clock: () => site.clock.now,
      onProgress: (p) => {
        if (p.read - lastSample < 400 && p.read > lastSample) return;
        lastSample = p.read;
        gc();
        samples.push({
          read: p.read,
          phase: p.phase,
          heap: process.memoryUsage().heapUsed - baseline,
        });
      },
    });
    const seconds = (Date.now() - started) / 1000;
    assert.equal(result.summary.imported.posts, 58 * COPIES);
    assert.equal(result.summary.imported.pages, 21 * COPIES);
    assert.equal(result.summary.imported.comments, 33 * COPIES);
    assert.equal(result.summary.imported.media, 35 * COPIES);
    const counts = await rowCounts(site.database.db);
    assert.equal(counts.comments, 33 * COPIES);
    assert.equal(counts.comment_number, 1017 + (COPIES - 1) * OFFSET);

    const input = bytes / 2; // both passes counted
    const peak = Math.max(...samples.map((s) => s.heap));
    const content = samples.filter((s) => s.phase === 'content');
    const early = content[Math.floor(content.length / 4)]!.heap;
    const late = content[content.length - 1]!.heap;
    t.diagnostic(
      `${(input / 1e6).toFixed(0)} MB read twice in ${seconds.toFixed(1)} s; heap above the start: peak ${(peak / 1e6).toFixed(1)} MB, a quarter in ${(early / 1e6).toFixed(1)} MB, at the end ${(late / 1e6).toFixed(1)} MB`,
    );
    assert.ok(input > 60e6, `the export is ${(input / 1e6).toFixed(0)} MB`);
    assert.ok(peak < 24e6, `heap grew by ${(peak / 1e6).toFixed(1)} MB`);
    // What is held does not grow with what was imported.
    assert.ok(late - early < 8e6, `heap grew by ${((late - early) / 1e6).toFixed(1)} MB late on`);
  },
);
