// Brings the comments of a Disqus export in, under the articles they were left on. Threads are
// matched to articles by the identifier the site gave Disqus (WordPress's plugin: "123 …?p=123",
// found through the WordPress import's links) or by their address (an article's own, or an old
// one kept as a redirect). Like the WordPress import, running it again changes nothing.
import type { Clock } from '../domain/clock.ts';
import { renderCommentText } from '../domain/comments/comment-text.ts';
import type { CommentStatus } from '../domain/comments/comment.ts';
import { cleanName, commentFingerprint } from '../domain/comments/post-comment.ts';
import type { CommentWriteOptions, ImportedComment, ImportStore } from '../storage/import-store.ts';
import { commentHtmlToText } from './comment-html.ts';
import { readDisqus, type DisqusPost, type DisqusThread } from './disqus/disqus-reader.ts';
import { ImportReport, type ImportProgress, type ImportSummary } from './import-report.ts';
import { oldPath } from './wordpress/item-mapping.ts';

export interface DisqusImportOptions {
  open: () => AsyncIterable<string | Buffer> | NodeJS.ReadableStream;
  store: ImportStore;
  clock: Clock;
  onProgress?: (progress: ImportProgress) => void;
}

export interface DisqusImportResult {
  source: string;
  summary: ImportSummary;
}

const PROGRESS_EVERY = 25;

const STATUS_WORDS: Record<CommentStatus, string> = {
  approved: 'approved',
  pending: 'held',
  spam: 'marked as spam',
  trash: 'deleted',
};

const fingerprint = (
  parentNumber: number | null,
  c: { name: string; email: string; text: string },
) => commentFingerprint(parentNumber, c);

const OPTIONS: CommentWriteOptions = {
  rule: 'import:disqus',
  reason: (c) => `Imported from Disqus, where it was ${STATUS_WORDS[c.status]}.`,
  fingerprint: (parentNumber, c) =>
    fingerprint(parentNumber, { name: c.authorName, email: c.authorEmail, text: c.text }),
};

class DisqusImport {
  private source = '';
  private readonly report = new ImportReport();
  private read = 0;
  /** Replies imported before their parent; set once the parent is in (usually none). */
  private readonly orphans: { commentId: number; parentExternalId: string }[] = [];

  constructor(private readonly options: DisqusImportOptions) {}

  private progress(phase: string) {
    this.options.onProgress?.({ phase, read: this.read, summary: this.report.summary() });
  }

  async run(): Promise<DisqusImportResult> {
    for await (const record of readDisqus(this.options.open())) {
      if (!this.source) this.source = `disqus:${record.kind === 'thread' ? record.forum : ''}`;
      if (record.kind === 'thread') await this.thread(record);
      else await this.post(record);
      if (++this.read % PROGRESS_EVERY === 0) this.progress('comments');
    }
    let attached = 0;
    for (const orphan of this.orphans)
      if (await this.options.store.attachToParent(this.source, orphan, fingerprint)) attached++;
    const unattached = this.orphans.length - attached;
    if (unattached)
      this.report.warn(
        'reply to a comment that is not in the export: shown at the top level',
        'comments',
        unattached,
      );
    this.progress('done');
    return { source: this.source, summary: this.report.summary() };
  }

  /** The article a thread was on, or null. */
  private async articleOf(thread: DisqusThread): Promise<number | null> {
    const { store } = this.options;
    const wordpress = /^(\d+) (?:https?:\/\/\S*)?$/.exec(thread.identifier);
    if (wordpress) {
      const id = await store.findLinkFromAny('wordpress:', 'post', wordpress[1]!);
      if (id !== null) return id;
    }
    for (const candidate of [thread.identifier, thread.link]) {
      const path = candidate.startsWith('/') ? candidate : oldPath(candidate);
      if (!path) continue;
      const id =
        (await store.findArticleAt(path)) ?? (await store.findArticleAt(path.replace(/\?.*$/, '')));
      if (id !== null) return id;
    }
    return null;
  }

  private async thread(thread: DisqusThread) {
    const { store } = this.options;
    if ((await store.findLink(this.source, 'thread', thread.id)) !== null) return;
    const articleId = await this.articleOf(thread);
    if (articleId === null) {
      this.report.skip('threads not matched to an article');
      this.report.warn(
        'thread not matched to an article: its comments are left out',
        `thread ${thread.id} ${thread.link || thread.identifier}`,
      );
      return;
    }
    await store.addLink(this.source, 'thread', thread.id, articleId, this.options.clock());
    this.report.added('threads matched');
  }

  private status(post: DisqusPost): CommentStatus {
    if (post.isSpam) return 'spam';
    if (post.isDeleted) return 'trash';
    return post.isApproved === false ? 'pending' : 'approved';
  }

  private async post(post: DisqusPost) {
    const { store, clock } = this.options;
    const where = `post ${post.id}`;
    const articleId = await store.findLink(this.source, 'thread', post.threadId);
    if (articleId === null)
      return this.report.skip('comments on threads not matched to an article');
    // Comments the WordPress plugin synced from WordPress came in with the WordPress import.
    const synced = /^wp_(\d+)$/.exec(post.identifier);
    if (synced && (await store.commentOnArticle(articleId, Number(synced[1]))))
      return this.report.skip('comments already imported from WordPress');

    const text = commentHtmlToText(post.message);
    let createdAt = new Date(post.createdAt);
    if (!post.createdAt || Number.isNaN(createdAt.getTime())) {
      this.report.warn('comment without a valid date: dated at the import', where);
      createdAt = clock();
    }
    const comment: ImportedComment = {
      externalId: post.id,
      parentExternalId: post.parentId,
      number: null,
      status: this.status(post),
      kind: 'comment',
      authorName: cleanName(post.author.name) || post.author.username || 'Anonymous',
      authorEmail: post.author.email,
      authorUrl: '',
      authorIp: post.ipAddress,
      authorUserAgent: '',
      personId: null,
      text,
      html: renderCommentText(text).html,
      createdAt,
    };
    const result = await store.writeComments(this.source, articleId, [comment], OPTIONS, clock());
    this.report.added('comments', result.imported);
    if (result.duplicates)
      this.report.warn(
        'the same comment twice on one article: both kept',
        where,
        result.duplicates,
      );
    this.orphans.push(...result.orphans);
    if (result.already) {
      this.report.skip('already imported');
      // A run that stopped between a reply and its parent: the reply still waits for it.
      if (post.parentId) {
        const found = (await store.orphanedComments(this.source, [post.id])).get(post.id);
        if (found && found.parentId === null)
          this.orphans.push({ commentId: found.commentId, parentExternalId: post.parentId });
      }
    }
  }
}

/** Imports a Disqus export's comments; safe to run again, or after a failure. */
export async function importDisqus(options: DisqusImportOptions): Promise<DisqusImportResult> {
  return new DisqusImport(options).run();
}
