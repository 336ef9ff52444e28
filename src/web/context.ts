import type { Config } from '../config.ts';
import type { Clock } from '../domain/clock.ts';
import type { EventCounter } from '../domain/counters.ts';
import type { MailQueue } from '../domain/mail.ts';
import type { DatabaseHandle } from '../storage/dialect.ts';
import type { Stores } from '../storage/stores.ts';
import type { Assets } from './assets.ts';

/** Everything the routes need, built once by app.ts and handed to each route table. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  stores: Stores;
  counter: EventCounter;
  clock: Clock;
  assets: Assets;
  /** Signs held-comment notice links. */
  secret: string;
  /** Outgoing mail, queued as durable jobs. */
  mail: MailQueue;
  /** Tells this instance's job runner to look for new work now. */
  nudgeJobs: () => void;
}
