import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, readConfig } from './config.ts';

test('without settings: port 3000, SQLite, no SMTP, limits counted in this instance', () => {
  const config = readConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.publicUrl, 'http://localhost:3000');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.smtpUrl, undefined);
  assert.equal(config.redisUrl, undefined);
});

test('DATELINE_REDIS_URL shares limits through Redis, with an optional key prefix', () => {
  const config = readConfig({
    DATELINE_REDIS_URL: 'rediss://:pw@cache.example.net:6380/2',
    DATELINE_REDIS_PREFIX: 'gazette:',
  });
  assert.equal(config.redisUrl, 'rediss://:pw@cache.example.net:6380/2');
  assert.equal(config.redisPrefix, 'gazette:');
});

test('a setting that cannot work is refused at start, saying what is expected', () => {
  const refused = (env: NodeJS.ProcessEnv, message: RegExp) =>
    assert.throws(
      () => readConfig(env),
      (error) => error instanceof ConfigError && message.test(error.message),
    );
  refused({ PORT: 'eighty' }, /PORT must be a port number/);
  refused({ DATELINE_URL: 'ftp://news.example.net' }, /DATELINE_URL must be an http\(s\) URL/);
  refused({ DATELINE_REDIS_URL: '127.0.0.1:6379' }, /DATELINE_REDIS_URL must be a redis:\/\//);
  refused({ DATELINE_REDIS_URL: 'http://cache:6379' }, /redis:\/\/127\.0\.0\.1:6379/);
});
