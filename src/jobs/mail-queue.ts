import type { Clock } from '../domain/clock.ts';
import type { MailQueue, OutgoingMail } from '../domain/mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { JobStore } from '../storage/job-store.ts';
import type { JobHandler } from './runner.ts';

export const SEND_MAIL = 'send-mail';

/** Mail goes through the jobs table: sent soon, retried when the server fails, never lost. */
export class JobMailQueue implements MailQueue {
  constructor(
    private readonly jobs: JobStore,
    private readonly clock: Clock,
    private readonly nudge: () => void = () => {},
  ) {}

  async queue(message: OutgoingMail): Promise<void> {
    await this.jobs.enqueue(
      { kind: SEND_MAIL, payload: message, runAt: this.clock(), maxAttempts: 8 },
      this.clock(),
    );
    this.nudge();
  }
}

export const sendMailHandler =
  (mailer: Mailer): JobHandler =>
  async (payload) => {
    const message = payload as OutgoingMail;
    await mailer.send(message);
  };
