import type { Clock } from '../domain/clock.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Stores } from '../storage/stores.ts';
import { SEND_MAIL, sendMailHandler } from './mail-queue.ts';
import { PUBLISH_ARTICLE, publishArticleHandler } from './publication.ts';
import type { JobHandler } from './runner.ts';

/** Every kind of background job and what runs it. */
export const jobHandlers = (deps: {
  stores: Stores;
  mailer: Mailer;
  clock: Clock;
}): Record<string, JobHandler> => ({
  [SEND_MAIL]: sendMailHandler(deps.mailer),
  [PUBLISH_ARTICLE]: publishArticleHandler(deps.stores.editing, deps.clock),
});
