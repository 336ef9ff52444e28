// Small pieces for writing WXR: escaped text, CDATA sections, WordPress's date formats, and a
// writer that waits when the output cannot take more (so a big site streams out in bounded
// memory instead of piling up in a buffer).
import type { Writable } from 'node:stream';
import { wallClockTime } from '../domain/time.ts';

// XML 1.0 forbids these characters outright, escaped or not.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (text: string): string =>
  text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A CDATA section; a `]]>` inside is split across two sections, as WordPress does. */
export const cdata = (text: string): string =>
  `<![CDATA[${text.replace(FORBIDDEN, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** `<name>text</name>`, CDATA'd when the text has markup characters. */
export const element = (name: string, text: string | number): string => {
  const value = String(text);
  return `<${name}>${/[<&>]/.test(value) ? cdata(value) : escapeXml(value)}</${name}>`;
};

/** WordPress's `YYYY-MM-DD HH:MM:SS`, in UTC. */
export const wpGmt = (at: Date): string => at.toISOString().slice(0, 19).replace('T', ' ');

/** WordPress's `YYYY-MM-DD HH:MM:SS`, on the wall clock of `timeZone`. */
export const wpLocal = (at: Date, timeZone: string): string =>
  wallClockTime(at, timeZone).replace('T', ' ');

/** RSS's date (RFC 822), as `pubDate` has it. */
export const rfc822 = (at: Date): string => at.toUTCString().replace(/GMT$/, '+0000');

/** Writes text to a stream, waiting for it to drain whenever its buffer is full. */
export class StreamWriter {
  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    if (this.out.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        this.out.off('drain', onDrain);
        this.out.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => done();
      this.out.once('drain', onDrain);
      this.out.once('error', done);
    });
  }
}
