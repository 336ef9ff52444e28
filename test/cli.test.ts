// The `dateline` command as an operator runs it: a real process, a real port, a real data folder.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openSqlite } from '../src/storage/dialect.ts';
import { CommentStore } from '../src/storage/comment-store.ts';

const bin = path.resolve('bin/dateline.js');
let dataDir: string;

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dateline-cli-'));
});
after(() => rm(dataDir, { recursive: true, force: true }));

/** Starts `dateline start` and resolves with its URL and everything it printed so far. */
function startServer(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATELINE_DATA: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dateline is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

test('dateline migrate creates and migrates the database, then finds nothing to do', () => {
  const env = { ...process.env, DATELINE_DATA: dataDir };
  const first = spawnSync(process.execPath, [bin, 'migrate'], { env, encoding: 'utf8' });
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /Applied 1 migration\(s\) to .*dateline\.sqlite: 0001-initial/);
  const second = spawnSync(process.execPath, [bin, 'migrate'], { env, encoding: 'utf8' });
  assert.match(second.stdout, /is up to date/);
});

test('the first start seeds the demo newsroom and prints a one-time setup link, not a password', async () => {
  const { child, url, output } = await startServer({});
  try {
    assert.match(output(), /Added the demo newsroom/);
    assert.match(
      output(),
      /Set up the owner account at http:\/\/localhost:\d+\/admin\/setup\/[\w-]{43}/,
    );
    assert.doesNotMatch(output(), /password:/i);
    const home = await fetch(url);
    assert.equal(home.status, 200);
    const articles = new Set(
      [...(await home.text()).matchAll(/class="story-headline"><a href="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    assert.ok(articles.size >= 6, `at least 6 demo articles, found ${articles.size}`);
  } finally {
    child.kill('SIGTERM');
  }
});

test('a comment answered as accepted survives kill -9 of the server right after the answer', async () => {
  const { child, url } = await startServer({});
  let number: number;
  try {
    const home = await (await fetch(url)).text();
    const articlePath = /<h2 class="story-headline"><a href="([^"]+)"/.exec(home)![1]!;
    const page = await (await fetch(url + articlePath)).text();
    const articleId = /name="article" value="(\d+)"/.exec(page)![1]!;
    const res = await fetch(`${url}/comments`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        article: articleId,
        comment: 'Durable words, written before the lights went out.',
        author: 'Nadia Stone',
        email: 'nadia@example.net',
      }),
    });
    assert.equal(res.status, 201);
    number = ((await res.json()) as { number: number }).number;
  } finally {
    child.kill('SIGKILL');
  }
  await new Promise((resolve) => child.once('exit', resolve));
  const database = openSqlite(path.join(dataDir, 'dateline.sqlite'));
  try {
    const found = await new CommentStore(database.db).findPublic(number);
    assert.equal(found?.html, '<p>Durable words, written before the lights went out.</p>');
  } finally {
    await database.close();
  }
});

test('an unknown command prints the usage and fails', () => {
  const res = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' });
  assert.equal(res.status, 2);
  assert.match(res.stderr, /Unknown command "frobnicate"/);
  assert.match(res.stderr, /start\s+Migrate the database/);
});

test('a Redis that does not answer does not stop the site: it says limits are per instance', async () => {
  // Nothing listens on port 1.
  const { child, url, output } = await startServer({
    DATELINE_REDIS_URL: 'redis://:hunter2-secret@127.0.0.1:1',
  });
  try {
    assert.match(
      output(),
      /Redis at 127\.0\.0\.1:1 did not answer; counting limits in this instance until it does/,
    );
    assert.doesNotMatch(output(), /hunter2-secret/);
    assert.equal((await fetch(url)).status, 200);
  } finally {
    child.kill('SIGTERM');
  }
});

test('a setting that cannot work stops the start with a clear message', () => {
  const res = spawnSync(process.execPath, [bin, 'start'], {
    env: { ...process.env, DATELINE_DATA: dataDir, DATELINE_REDIS_URL: 'localhost:6379' },
    encoding: 'utf8',
  });
  assert.equal(res.status, 1, res.stdout + res.stderr);
  assert.match(res.stderr, /DATELINE_REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
});
