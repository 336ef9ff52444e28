import type { Clock } from '../domain/clock.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Stores } from '../storage/stores.ts';
import { IMPORT_SITE, importSiteHandler } from '../import/import-job.ts';
import { commentNotificationHandlers } from './comment-notifications.ts';
import { IP_RETENTION, ipRetentionHandler } from './ip-retention.ts';
import { SEND_MAIL, sendMailHandler } from './mail-queue.ts';
import { PUBLISH_ARTICLE, publishArticleHandler } from './publication.ts';
import type { JobHandler } from './runner.ts';

/** Every kind of background job and what runs it. */
export const jobHandlers = (deps: {
  stores: Stores;
  mailer: Mailer;
  clock: Clock;
  /** The public origin, for links in mail about comments; without it those jobs do not run. */
  publicUrl?: string;
}): Record<string, JobHandler> => ({
  [SEND_MAIL]: sendMailHandler(deps.mailer),
  [PUBLISH_ARTICLE]: publishArticleHandler(deps.stores.editing, deps.clock),
  [IMPORT_SITE]: importSiteHandler(deps.stores, deps.clock),
  [IP_RETENTION]: ipRetentionHandler(deps.stores, deps.clock),
  ...(deps.publicUrl ? commentNotificationHandlers(deps.stores, deps.clock, deps.publicUrl) : {}),
});
