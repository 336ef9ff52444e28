// The server side of `npm run bench`: the demo newsroom plus one article with 200 approved,
// threaded comments, and a small plain file, served by one process. Prints its URLs as JSON.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { doc, p } from '../src/domain/articles/document.ts';
import { renderCommentText } from '../src/domain/comments/comment-text.ts';
import { commentFingerprint } from '../src/domain/comments/post-comment.ts';
import { startDemoServer } from '../test/helpers/demo-server.ts';

const COMMENTS = 200;
const server = await startDemoServer();
const { stores } = server;
const now = new Date();
const section = (await stores.articles.findSection('news'))!;
const published = new Date(now.getTime() - 48 * 3600_000);
const articleId = await stores.articles.create({
  sectionId: section.id,
  slug: 'two-hundred-comments',
  status: 'published',
  headline: 'Ferry timetable shake-up draws two hundred replies',
  standfirst: 'Readers weigh in on the new winter sailings.',
  body: doc(
    ...Array.from({ length: 12 }, (_, i) =>
      p(`Paragraph ${i + 1} of a long story about the ferry timetable, with “quotes”, she said.`),
    ),
  ),
  dateline: { place: 'Port Alder', date: null },
  leadMediaId: null,
  bylines: [],
  tags: [{ slug: 'ferries', name: 'Ferries' }],
  commentsOpen: true,
  publishedAt: published,
  createdAt: published,
  updatedAt: published,
});
// A realistic thread: every third comment replies to one of the last few.
const saved: { id: number; number: number }[] = [];
for (let i = 0; i < COMMENTS; i++) {
  const parent =
    i % 3 === 0 && saved.length > 0 ? (saved[saved.length - 1 - (i % 4)] ?? null) : null;
  const text = `Comment ${i + 1}. The winter timetable leaves the 07:10 sailing too early for shift workers.\n\nSee https://example.org/timetable for the details.`;
  const name = `Reader ${i % 37}`;
  const email = `reader${i % 37}@example.net`;
  saved.push(
    await stores.comments.insert(
      {
        articleId,
        parentId: parent?.id ?? null,
        status: 'approved',
        authorName: name,
        authorEmail: email,
        authorUrl: i % 5 === 0 ? 'https://example.net/reader' : '',
        authorIp: '192.0.2.1',
        authorUserAgent: 'bench',
        personId: null,
        text,
        html: renderCommentText(text).html,
        fingerprint: commentFingerprint(parent?.number ?? null, { name, email, text }),
        createdAt: new Date(published.getTime() + i * 60_000),
      },
      { outcome: 'approve', rule: 'bench', reason: 'benchmark data' },
    ),
  );
}
await writeFile(
  path.join(server.dataDir, 'media', 'plain.txt'),
  'A plain static file.\n'.repeat(50),
);

console.log(
  JSON.stringify({
    article: `${server.url}/news/two-hundred-comments`,
    staticFile: `${server.url}/media/plain.txt`,
  }),
);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
