/** A message to send. Queued durably: a failing mail server delays it, never loses it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

export interface MailQueue {
  queue(message: OutgoingMail): Promise<void>;
}
