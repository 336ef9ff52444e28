// Streams a Disqus export (the XML Disqus mails from Admin → Export) into threads and posts, one
// at a time, as the WXR reader does: nothing is kept but the record being read.
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface DisqusAuthor {
  name: string;
  email: string;
  username: string;
  isAnonymous: boolean;
}

/** A page comments were left on: its address and the identifier the site gave Disqus. */
export interface DisqusThread {
  kind: 'thread';
  /** Disqus's own id (`dsq:id`). */
  id: string;
  forum: string;
  /** The identifier the embed passed (`<id>`): WordPress's plugin writes "123 https://…/?p=123". */
  identifier: string;
  link: string;
  title: string;
  createdAt: string;
  isClosed: boolean;
  isDeleted: boolean;
}

export interface DisqusPost {
  kind: 'post';
  id: string;
  /** `<id>`: empty, or the WordPress comment id ("wp_123") for comments synced from WordPress. */
  identifier: string;
  threadId: string;
  parentId: string | null;
  /** HTML. */
  message: string;
  createdAt: string;
  isDeleted: boolean;
  isSpam: boolean;
  /** Absent from most exports (everything exported was approved); false: held. */
  isApproved: boolean | null;
  author: DisqusAuthor;
  ipAddress: string;
}

export type DisqusRecord = DisqusThread | DisqusPost;

export class DisqusParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DisqusParseError';
  }
}

const DSQ = 'http://disqus.com/disqus-internals';
const SLICE = 64 * 1024;

const dsqId = (tag: SaxesTagNS): string =>
  Object.values(tag.attributes)
    .find((a) => a.local === 'id' && (a.uri === DSQ || a.prefix === 'dsq'))
    ?.value.trim() ?? '';

const flag = (value: string | undefined) => (value ?? '').trim().toLowerCase() === 'true';

interface Open {
  name: 'thread' | 'post';
  id: string;
  fields: Map<string, string>;
  author: Map<string, string>;
  threadRef: string;
  parentRef: string | null;
}

/**
 * Reads a Disqus export as a stream of threads and posts in file order (Disqus writes every
 * thread before the first post). Rejects with a DisqusParseError on malformed XML.
 */
export async function* readDisqus(
  input: AsyncIterable<string | Buffer> | NodeJS.ReadableStream,
): AsyncGenerator<DisqusRecord, void, undefined> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: string[] = [];
  let text: string[] = [];
  let open: Open | null = null;
  let ready: DisqusRecord[] = [];
  let forum = '';
  const fail = (message: string): never => {
    throw new DisqusParseError(`${parser.line}:${parser.column}: ${message}`);
  };

  parser.on('error', (err) => {
    throw new DisqusParseError(err.message);
  });
  parser.on('text', (t) => text.push(t));
  parser.on('cdata', (t) => text.push(t));
  parser.on('opentag', (tag) => {
    const depth = stack.length;
    stack.push(tag.local);
    text = [];
    if (depth === 0 && tag.local !== 'disqus')
      fail(`not a Disqus export: the root element is <${tag.name}>`);
    if (depth === 1 && (tag.local === 'thread' || tag.local === 'post')) {
      open = {
        name: tag.local,
        id: dsqId(tag),
        fields: new Map(),
        author: new Map(),
        threadRef: '',
        parentRef: null,
      };
    } else if (depth === 2 && open) {
      if (tag.local === 'thread') open.threadRef = dsqId(tag);
      if (tag.local === 'parent') open.parentRef = dsqId(tag) || null;
    }
  });
  parser.on('closetag', () => {
    const name = stack.pop() ?? '';
    const depth = stack.length;
    const value = text.join('');
    text = [];
    const current = open as Open | null;
    if (!current) return;
    if (depth === 1) {
      ready.push(build(current));
      open = null;
    } else if (depth === 2) {
      if (!current.fields.has(name)) current.fields.set(name, value);
      if (name === 'forum' && !forum) forum = value.trim();
    } else if (depth === 3 && stack[2] === 'author') {
      current.author.set(name, value);
    }
  });

  const build = (o: Open): DisqusRecord => {
    const f = (name: string) => o.fields.get(name) ?? '';
    if (o.name === 'thread')
      return {
        kind: 'thread',
        id: o.id,
        forum: f('forum').trim() || forum,
        identifier: f('id').trim(),
        link: f('link').trim(),
        title: f('title'),
        createdAt: f('createdAt').trim(),
        isClosed: flag(f('isClosed')),
        isDeleted: flag(f('isDeleted')),
      };
    const approved = o.fields.get('isApproved');
    return {
      kind: 'post',
      id: o.id,
      identifier: f('id').trim(),
      threadId: o.threadRef,
      parentId: o.parentRef,
      message: f('message'),
      createdAt: f('createdAt').trim(),
      isDeleted: flag(f('isDeleted')),
      isSpam: flag(f('isSpam')),
      isApproved: approved === undefined ? null : flag(approved),
      author: {
        name: o.author.get('name') ?? '',
        email: (o.author.get('email') ?? '').trim(),
        username: (o.author.get('username') ?? '').trim(),
        isAnonymous: flag(o.author.get('isAnonymous')),
      },
      ipAddress: f('ipAddress').trim(),
    };
  };

  const decoder = new TextDecoder('utf-8');
  let first = true;
  function* feed(chunk: string): Generator<DisqusRecord> {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let at = 0; at < chunk.length; at += SLICE) {
      parser.write(chunk.slice(at, at + SLICE));
      const out = ready;
      ready = [];
      yield* out;
    }
  }
  for await (const chunk of input as AsyncIterable<string | Buffer>)
    yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  yield* feed(decoder.decode());
  parser.close();
  yield* ready;
}
