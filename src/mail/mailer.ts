import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** For messages: "smtp://host:port" or the outbox folder. */
  describe: string;
}

/**
 * Writes each message as an .eml file in a folder: the default, so a fresh site never loses
 * mail it cannot send. Written to a temporary name and renamed, so a reader of the folder never
 * sees half a message.
 */
export class OutboxMailer implements Mailer {
  readonly describe: string;
  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    this.describe = dir;
  }

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const raw = await new MailComposer({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: message.headers ?? {},
    })
      .compile()
      .build();
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
    const temporary = path.join(this.dir, `.${name}.tmp`);
    await writeFile(temporary, raw);
    await rename(temporary, path.join(this.dir, name));
  }
}

export class SmtpMailer implements Mailer {
  readonly describe: string;
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    const safe = new URL(url);
    if (safe.password) safe.password = '***';
    this.describe = safe.toString();
    this.transport = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: message.headers ?? {},
    });
  }
}

export function createMailer(config: {
  smtpUrl?: string;
  mailFrom: string;
  dataDir: string;
}): Mailer {
  return config.smtpUrl
    ? new SmtpMailer(config.smtpUrl, config.mailFrom)
    : new OutboxMailer(path.join(config.dataDir, 'outbox'), config.mailFrom);
}
