import type { CommentStatus } from '../../domain/comments/comment.ts';
import type { TimeView } from '../format.ts';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

export interface ModerationItemView {
  number: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  html: string;
  time: TimeView;
  article: { headline: string; href: string };
  why: string;
}

export interface CommentsPageView {
  chrome: AdminChrome;
  status: CommentStatus;
  counts: Record<CommentStatus, number>;
  items: ModerationItemView[];
  notice: string | null;
}

const TABS: { status: CommentStatus; label: string }[] = [
  { status: 'pending', label: 'Pending' },
  { status: 'approved', label: 'Approved' },
  { status: 'spam', label: 'Spam' },
  { status: 'trash', label: 'Trash' },
];

const ACTIONS: { action: string; label: string; hideFor: CommentStatus }[] = [
  { action: 'approve', label: 'Approve', hideFor: 'approved' },
  { action: 'hold', label: 'Unapprove', hideFor: 'pending' },
  { action: 'spam', label: 'Spam', hideFor: 'spam' },
  { action: 'trash', label: 'Trash', hideFor: 'trash' },
];

export function CommentsPage({ view }: { view: CommentsPageView }) {
  return (
    <AdminLayout chrome={view.chrome} title="Comments">
      <nav aria-label="Comment status" class="status-tabs">
        <ul>
          {TABS.map((t) => (
            <li>
              <a
                href={`/admin/comments?status=${t.status}`}
                aria-current={t.status === view.status ? 'page' : undefined}
              >
                {t.label} <span class="count">({view.counts[t.status]})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      {view.items.length === 0 ? (
        <p class="empty">No {view.status} comments.</p>
      ) : (
        <ol class="moderation-list">
          {view.items.map((c) => (
            <li id={`comment-${c.number}`} class="moderation-item">
              <article aria-label={`Comment ${c.number} by ${c.authorName || 'Anonymous'}`}>
                <header class="comment-meta">
                  <strong>{c.authorName || 'Anonymous'}</strong>{' '}
                  <span class="meta">{c.authorEmail}</span> <span class="meta">{c.authorIp}</span>
                  {c.authorUrl ? (
                    <>
                      {' '}
                      <span class="meta">{c.authorUrl}</span>
                    </>
                  ) : null}
                  <br />
                  On <a href={c.article.href}>{c.article.headline}</a>,{' '}
                  <time datetime={c.time.iso}>{c.time.text}</time>
                </header>
                <div class="comment-content" dangerouslySetInnerHTML={{ __html: c.html }} />
                <p class="why">{c.why}</p>
                <div class="moderation-actions">
                  {ACTIONS.filter((a) => a.hideFor !== view.status).map((a) => (
                    <form method="post" action={`/admin/comments/${c.number}`} class="inline-form">
                      <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
                      <input type="hidden" name="return" value={view.status} />
                      <button
                        type="submit"
                        name="action"
                        value={a.action}
                        aria-label={`${a.label} comment ${c.number}`}
                      >
                        {a.label}
                      </button>
                    </form>
                  ))}
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </AdminLayout>
  );
}
