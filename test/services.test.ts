// Without a PostgreSQL server (or Redis) their suites are skipped with a notice and pass, unless
// DATELINE_REQUIRE_SERVICES=1 (CI), where a missing server fails the run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function runContractSuite(env: Record<string, string>, file = 'src/storage/contract.test.ts') {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATELINE_REQUIRE_SERVICES: '',
    // Nothing listens on port 1.
    DATELINE_TEST_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/test',
    DATELINE_TEST_REDIS_URL: 'redis://127.0.0.1:1',
    ...env,
  };
  // Set by the test runner for its own children; the nested run must report as a run of its own.
  delete childEnv.NODE_TEST_CONTEXT;
  return spawnSync(process.execPath, ['scripts/run-tests.js', file], {
    encoding: 'utf8',
    env: childEnv,
  });
}

test('no PostgreSQL: its suites are skipped with a notice, and the run passes', () => {
  const run = runContractSuite({});
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /skipped: no PostgreSQL at 127\.0\.0\.1:1\/test/);
  assert.match(run.stdout, /ok \d+ - storage contract on sqlite/);
});

test('no PostgreSQL with DATELINE_REQUIRE_SERVICES=1: the run fails', () => {
  const run = runContractSuite({ DATELINE_REQUIRE_SERVICES: '1' });
  assert.notEqual(run.status, 0);
  assert.match(run.stdout, /DATELINE_REQUIRE_SERVICES=1 but no PostgreSQL/);
});

test('no Redis: its suites are skipped with a notice, and the run passes', () => {
  const run = runContractSuite({}, 'src/storage/counter-contract.test.ts');
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /skipped: no Redis at 127\.0\.0\.1:1/);
  assert.match(run.stdout, /ok \d+ - event counter contract on memory/);
});

test('no Redis with DATELINE_REQUIRE_SERVICES=1: the run fails', () => {
  const run = runContractSuite(
    { DATELINE_REQUIRE_SERVICES: '1' },
    'src/storage/counter-contract.test.ts',
  );
  assert.notEqual(run.status, 0);
  assert.match(run.stdout, /DATELINE_REQUIRE_SERVICES=1 but no Redis/);
});
