import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder for the SQLite database, media files and other state. */
  dataDir: string;
  /** PostgreSQL URL; when absent, SQLite in `dataDir`. */
  databaseUrl?: string;
  /** The site's public origin, for canonical links: https://news.example.com */
  publicUrl: string;
  /** Trust X-Forwarded-* from a proxy in front (needed for real client IPs behind one). */
  trustProxy: boolean;
  /** Seed the demo newsroom into an empty database. */
  demoContent: boolean;
  /** SMTP server for outgoing mail; without one, mail is written to `<dataDir>/outbox`. */
  smtpUrl?: string;
  /** The sender of the site's mail. */
  mailFrom: string;
  /** Redis for counters shared by every instance (flood control, rate limits); else in-process. */
  redisUrl?: string;
  /** Put before every Redis key, so several sites can share one Redis server. */
  redisPrefix?: string;
}

export class ConfigError extends Error {}

/** Reads the configuration from the environment; documented in README.md. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  const host = env.HOST ?? '0.0.0.0';
  const publicUrl = (env.DATELINE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    throw new ConfigError(`DATELINE_URL must be an http(s) URL, not "${env.DATELINE_URL}".`);
  }
  const databaseUrl = env.DATELINE_DATABASE_URL ?? env.DATABASE_URL;
  const smtpUrl = env.DATELINE_SMTP_URL;
  const redisUrl = env.DATELINE_REDIS_URL;
  if (redisUrl) {
    let protocol = '';
    try {
      protocol = new URL(redisUrl).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'redis:' && protocol !== 'rediss:')
      throw new ConfigError(
        'DATELINE_REDIS_URL must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379.',
      );
  }
  return {
    port,
    host,
    dataDir: path.resolve(env.DATELINE_DATA ?? 'data'),
    ...(databaseUrl ? { databaseUrl } : {}),
    publicUrl,
    trustProxy: env.DATELINE_TRUST_PROXY === '1' || env.DATELINE_TRUST_PROXY === 'true',
    demoContent: env.DATELINE_DEMO !== '0' && env.DATELINE_DEMO !== 'false',
    ...(smtpUrl ? { smtpUrl } : {}),
    mailFrom: env.DATELINE_MAIL_FROM ?? `Dateline <no-reply@${new URL(publicUrl).hostname}>`,
    ...(redisUrl ? { redisUrl } : {}),
    ...(env.DATELINE_REDIS_PREFIX ? { redisPrefix: env.DATELINE_REDIS_PREFIX } : {}),
  };
}
