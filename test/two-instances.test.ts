// Two app instances (two processes, two ports) on one PostgreSQL database: 200 comments posted
// at once all land exactly once, and duplicates sent to both instances at the same moment still
// land once. Flood control counts per instance unless the instances share Redis
// (DATELINE_REDIS_URL), where a reader flooding both gets one comment in, not one per instance.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { demoContent } from '../src/demo/demo-content.ts';
import { createTestDatabase, skipUnless, type TestDatabase } from './helpers/databases.ts';
import { REDIS_URL, skipUnlessRedis, testPrefix } from './helpers/redis.ts';

const COMMENTS = 200;
const DUPLICATES = 20;

function startInstance(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.resolve('bin/dateline.js'), 'start'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATELINE_TRUST_PROXY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dateline is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

const post = (url: string, fields: Record<string, string>, ip: string) =>
  fetch(`${url}/comments`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': ip,
    },
    body: new URLSearchParams(fields),
  });

/** The id of the home page's lead story, which takes comments. */
async function commentableArticle(url: string): Promise<string> {
  const home = await (await fetch(url)).text();
  const articlePath = /<h2 class="story-headline"><a href="([^"]+)"/.exec(home)![1]!;
  const page = await (await fetch(url + articlePath)).text();
  return /name="article" value="(\d+)"/.exec(page)![1]!;
}

/** Ten comments at once from one IP, five to each instance: how many got in. */
async function flood(urls: string[], ip: string): Promise<number> {
  const article = await commentableArticle(urls[0]!);
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      post(
        urls[i % 2]!,
        {
          article,
          comment: `Flood ${ip} ${i}`,
          author: `Flooder ${i}`,
          email: `flood${i}@example.net`,
        },
        ip,
      ),
    ),
  );
  const statuses = answers.map((r) => r.status);
  assert.deepEqual(
    statuses.filter((s) => s !== 201 && s !== 429),
    [],
    'each is taken or refused as too quick',
  );
  return statuses.filter((s) => s === 201).length;
}

async function stopInstances(instances: { child: ChildProcess }[]): Promise<void> {
  for (const { child } of instances) child.kill('SIGTERM');
  await Promise.all(instances.map(({ child }) => new Promise((r) => child.once('exit', r))));
}

describe('two instances on one PostgreSQL database', { skip: await skipUnless('postgres') }, () => {
  let database: TestDatabase;
  let dataDir: string;
  const instances: { child: ChildProcess; url: string }[] = [];

  before(async () => {
    database = await createTestDatabase('postgres');
    dataDir = await mkdtemp(path.join(tmpdir(), 'dateline-two-'));
    const env = { DATABASE_URL: database.url!, DATELINE_DATA: dataDir };
    // Both start at once on the empty database: migrations and the demo seed happen once.
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
  });
  after(async () => {
    await stopInstances(instances);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the demo was seeded once although both instances started on an empty database', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(
      database.handle.db,
    );
    assert.equal(rows[0]!.n, demoContent.articles.length);
  });

  test(`${COMMENTS} comments at once, half to each instance, all land exactly once`, async () => {
    const article = await commentableArticle(instances[0]!.url);

    const unique = Array.from({ length: COMMENTS }, (_, i) =>
      post(
        instances[i % 2]!.url,
        {
          article,
          comment: `Concurrent comment ${i}`,
          author: `Reader ${i}`,
          email: `reader${i}@example.net`,
        },
        `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      ),
    );
    // The same comment sent to both instances at the same moment.
    const duplicates = Array.from({ length: DUPLICATES }, (_, i) =>
      [0, 1].map((n) =>
        post(
          instances[n]!.url,
          {
            article,
            comment: `Said twice ${i}`,
            author: `Twin ${i}`,
            email: `twin${i}@example.net`,
          },
          `198.19.${n}.${i + 1}`,
        ),
      ),
    ).flat();
    const answers = await Promise.all([...unique, ...duplicates]);
    const statuses = answers.map((r) => r.status);
    assert.deepEqual(
      statuses.slice(0, COMMENTS).filter((s) => s !== 201),
      [],
      'every unique comment is accepted',
    );
    for (let i = 0; i < DUPLICATES; i++) {
      const pair = statuses.slice(COMMENTS + 2 * i, COMMENTS + 2 * i + 2).sort();
      assert.deepEqual(pair, [201, 409], `duplicate pair ${i}`);
    }
    const numbers = await Promise.all(
      answers
        .filter((r) => r.status === 201)
        .map(async (r) => ((await r.json()) as { number: number }).number),
    );
    assert.equal(
      new Set(numbers).size,
      COMMENTS + DUPLICATES,
      'every accepted comment has its own number',
    );

    const { rows } = await sql<{ text: string; n: number }>`
      select text, count(*)::int as n from comments
      where text like 'Concurrent comment %' or text like 'Said twice %'
      group by text`.execute(database.handle.db);
    assert.equal(rows.length, COMMENTS + DUPLICATES, 'no comment lost');
    assert.deepEqual(
      rows.filter((r) => r.n !== 1),
      [],
      'no comment stored twice',
    );
    const log = await sql<{ n: number }>`
      select count(*)::int as n from moderation_log l join comments c on c.id = l.comment_id
      where c.text like 'Concurrent comment %' or c.text like 'Said twice %'`.execute(
      database.handle.db,
    );
    assert.equal(log.rows[0]!.n, COMMENTS + DUPLICATES, 'one log entry per comment');
  });

  test('without Redis, flood control counts in each instance for itself', async () => {
    assert.equal(
      await flood(
        instances.map((i) => i.url),
        '198.20.0.1',
      ),
      2,
      'one per instance',
    );
  });
});

describe(
  'two instances sharing Redis',
  { skip: (await skipUnless('postgres')) || (await skipUnlessRedis()) },
  () => {
    let database: TestDatabase;
    let dataDir: string;
    const keys = testPrefix();
    const instances: { child: ChildProcess; url: string }[] = [];

    before(async () => {
      database = await createTestDatabase('postgres');
      dataDir = await mkdtemp(path.join(tmpdir(), 'dateline-redis-'));
      const env = {
        DATABASE_URL: database.url!,
        DATELINE_DATA: dataDir,
        DATELINE_REDIS_URL: REDIS_URL,
        DATELINE_REDIS_PREFIX: keys.prefix,
      };
      instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
    });
    after(async () => {
      await stopInstances(instances);
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
      await keys.clear();
    });

    test('a reader flooding both instances gets one comment in, not one per instance', async () => {
      assert.equal(
        await flood(
          instances.map((i) => i.url),
          '198.20.0.2',
        ),
        1,
      );
    });
  },
);
