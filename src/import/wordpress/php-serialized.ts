// WordPress keeps some post meta PHP-serialised (`_wp_attachment_metadata`: a picture's size,
// its resized copies, its camera details). This reads just that format, and nothing is ever
// executed or instantiated: objects come back as plain records, like arrays.

export type PhpValue = string | number | boolean | null | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

/** Nesting deeper than this is not attachment metadata; refused rather than recursed into. */
const MAX_DEPTH = 32;

class Reader {
  at = 0;
  constructor(private readonly bytes: Buffer) {}

  private fail(): never {
    throw new SyntaxError(`malformed PHP serialisation at byte ${this.at}`);
  }

  private expect(char: string): void {
    if (this.bytes[this.at] !== char.charCodeAt(0)) this.fail();
    this.at++;
  }

  /** Characters up to (not including) `end`, which is consumed. */
  private until(end: string): string {
    const stop = this.bytes.indexOf(end, this.at);
    if (stop < 0) this.fail();
    const text = this.bytes.toString('latin1', this.at, stop);
    this.at = stop + 1;
    return text;
  }

  private integer(end: string): number {
    const text = this.until(end);
    if (!/^-?\d+$/.test(text)) this.fail();
    return Number(text);
  }

  value(depth: number): PhpValue {
    if (depth > MAX_DEPTH) this.fail();
    const type = String.fromCharCode(this.bytes[this.at] ?? 0);
    this.at++;
    switch (type) {
      case 'N':
        this.expect(';');
        return null;
      case 'b':
        this.expect(':');
        return this.integer(';') !== 0;
      case 'i':
        this.expect(':');
        return this.integer(';');
      case 'd': {
        this.expect(':');
        const n = Number(this.until(';'));
        return Number.isFinite(n) ? n : this.fail();
      }
      case 's': {
        this.expect(':');
        // The length counts bytes, not characters: UTF-8 text is read by its byte length.
        const length = this.integer(':');
        this.expect('"');
        if (length < 0 || this.at + length > this.bytes.length) this.fail();
        const text = this.bytes.toString('utf8', this.at, this.at + length);
        this.at += length;
        this.expect('"');
        this.expect(';');
        return text;
      }
      case 'a':
        this.expect(':');
        return this.entries(this.integer(':'), depth);
      case 'O': {
        // An object: its class name is read and dropped; its properties become a record.
        this.expect(':');
        const nameLength = this.integer(':');
        this.expect('"');
        this.at += nameLength;
        this.expect('"');
        this.expect(':');
        return this.entries(this.integer(':'), depth);
      }
      default:
        return this.fail();
    }
  }

  private entries(count: number, depth: number): PhpArray {
    this.expect('{');
    const out: PhpArray = {};
    for (let i = 0; i < count; i++) {
      const key = this.value(depth + 1);
      if (typeof key !== 'string' && typeof key !== 'number') this.fail();
      out[String(key)] = this.value(depth + 1);
    }
    this.expect('}');
    return out;
  }
}

/** The value serialised in `text`, or undefined when it is not (well-formed) PHP serialisation. */
export function unserializePhp(text: string): PhpValue | undefined {
  const bytes = Buffer.from(text.trim(), 'utf8');
  if (bytes.length === 0) return undefined;
  const reader = new Reader(bytes);
  try {
    const value = reader.value(0);
    return reader.at === bytes.length ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Serialises the few shapes the exporter writes (strings, integers, nested records). */
export function serializePhp(value: PhpValue): string {
  if (value === null) return 'N;';
  if (typeof value === 'boolean') return `b:${value ? 1 : 0};`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? `i:${value};` : `d:${String(value)};`;
  if (typeof value === 'string') return `s:${Buffer.byteLength(value, 'utf8')}:"${value}";`;
  const entries = Object.entries(value);
  const key = (k: string) => (/^(0|-?[1-9]\d*)$/.test(k) ? `i:${k};` : serializePhp(k));
  return `a:${entries.length}:{${entries.map(([k, v]) => key(k) + serializePhp(v)).join('')}}`;
}

export const phpRecord = (value: PhpValue | undefined): PhpArray | null =>
  value !== null && typeof value === 'object' ? value : null;

export const phpNumber = (value: PhpValue | undefined): number | null => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

export const phpString = (value: PhpValue | undefined): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
