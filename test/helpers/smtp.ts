// An SMTP server in the test process: it keeps every message it accepts, parsed far enough for a
// test to read it (headers unfolded, encoded words and quoted-printable decoded). It can refuse
// mail (451, as a server in trouble does) or be stopped and started again on the same port.
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** Header values by lower-cased name. */
  headers: Map<string, string>;
  text: string;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Answer every message with a temporary failure (451) while true. */
  refusing: boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
}

const decodeBytes = (encoded: string): string => {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const hex = encoded.slice(i + 1, i + 3);
    if (encoded[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(encoded[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
};

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
const decodeWords = (value: string): string =>
  value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBytes(text.replace(/_/g, ' ')),
    );

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(
      line.slice(0, colon).trim().toLowerCase(),
      decodeWords(line.slice(colon + 1).trim()),
    );
  }
  let body = raw.slice(split + 4);
  const transfer = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (transfer === 'quoted-printable') body = decodeBytes(body.replace(/=\r\n/g, ''));
  else if (transfer === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  return {
    to,
    subject: headers.get('subject') ?? '',
    headers,
    text: body.replace(/\r\n/g, '\n'),
  };
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const smtp: TestSmtp = {
    url: '',
    received,
    refusing: false,
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            if (smtp.refusing) {
              const error = new Error('Mailbox temporarily unavailable') as Error & {
                responseCode: number;
              };
              error.responseCode = 451;
              return callback(error);
            }
            received.push(
              parseMail(
                Buffer.concat(chunks).toString('utf8'),
                session.envelope.rcptTo.map((r) => r.address),
              ),
            );
            callback();
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
      const address = server.server.address();
      port = typeof address === 'object' && address ? address.port : port;
      smtp.url = `smtp://127.0.0.1:${port}`;
    },
    async stop() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
  };
  await smtp.start();
  return smtp;
}
