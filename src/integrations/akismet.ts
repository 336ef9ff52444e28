import type { CommentCandidate, SpamCheck } from '../domain/comments/moderation/rule.ts';

/** How long to wait for the service before letting the comment through the other rules. */
const TIMEOUT_MS = 3000;

/**
 * A spam check speaking Akismet's `comment-check` protocol: a form POST of the comment and its
 * context; the answer is the body "true" (spam) or "false". Works with Akismet and compatible
 * services (the URL and key are settings). Any failure answers null: no opinion.
 */
export function akismetCheck(options: {
  url: string;
  key: string;
  site: string;
  language: string;
  log?: (message: string) => void;
}): SpamCheck {
  return async (c: CommentCandidate) => {
    const body = new URLSearchParams({
      api_key: options.key,
      blog: options.site,
      blog_lang: options.language,
      blog_charset: 'UTF-8',
      user_ip: c.ip,
      user_agent: c.userAgent,
      referrer: c.referrer,
      permalink: c.article ? `${options.site}${c.article.path}` : options.site,
      comment_type: c.parentNumber ? 'reply' : 'comment',
      comment_author: c.name,
      comment_author_email: c.email,
      comment_author_url: c.url,
      comment_content: c.text,
    });
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Dateline' },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = (await response.text()).trim();
      if (response.ok && (text === 'true' || text === 'false')) return text === 'true';
      options.log?.(`spam check answered ${response.status}: ${text.slice(0, 200)}`);
      return null;
    } catch (error) {
      options.log?.(`spam check failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
}
