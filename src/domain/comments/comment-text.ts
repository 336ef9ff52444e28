import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Comments are plain text with paragraphs, autolinked URLs and a little Markdown (emphasis,
// code, links, quotes). Raw HTML is shown as text. The rendered HTML is then sanitised, so even a
// renderer bug cannot let a script or a `javascript:` link through.
const markdown = new MarkdownIt('zero', { linkify: true, breaks: true }).enable([
  'linkify',
  'newline',
  'escape',
  'backticks',
  'emphasis',
  'link',
  'autolink',
  'entity',
  'blockquote',
]);

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'code', 'a', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    // A link with an unsafe or missing address becomes its plain text.
    a: (tagName, attribs) =>
      SAFE_HREF.test(attribs.href ?? '')
        ? { tagName, attribs: { href: attribs.href ?? '', rel: 'nofollow ugc noopener' } }
        : { tagName: 'span', attribs: {} as sanitizeHtml.Attributes },
  },
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript'],
};

export interface RenderedCommentText {
  html: string;
  linkCount: number;
}

export function renderCommentText(text: string): RenderedCommentText {
  const html = sanitizeHtml(markdown.render(text), SANITIZE).trim();
  return { html, linkCount: (html.match(/<a\s[^>]*href=/gi) ?? []).length };
}
