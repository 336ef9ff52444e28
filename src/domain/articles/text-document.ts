// The article body as plain text, for editing without JavaScript: Markdown, with two additions
// for what Markdown has no words for: a library image is `![caption](media:12)` and an embed is
// `![title](embed:https://…)`; imported HTML is a ```html fenced block. Text → document →
// text keeps everything the editor can make.
import MarkdownIt from 'markdown-it';
import {
  parseDocument,
  type ArticleDocument,
  type Block,
  type Inline,
  type ListItem,
  type Mark,
} from './document.ts';

const markdown = new MarkdownIt('commonmark', { html: false, breaks: true, linkify: false });
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

function inlines(tokens: Token[]): Inline[] {
  const out: Inline[] = [];
  const marks: Mark[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        if (t.content)
          out.push({
            type: 'text',
            text: t.content,
            ...(marks.length ? { marks: [...marks] } : {}),
          });
        break;
      case 'code_inline':
        out.push({ type: 'text', text: t.content, marks: [...marks, { type: 'code' }] });
        break;
      case 'softbreak':
      case 'hardbreak':
        out.push({ type: 'hardBreak' });
        break;
      case 'strong_open':
        marks.push({ type: 'bold' });
        break;
      case 'em_open':
        marks.push({ type: 'italic' });
        break;
      case 'link_open':
        marks.push({ type: 'link', attrs: { href: String(t.attrGet('href') ?? '') } });
        break;
      case 'strong_close':
      case 'em_close':
      case 'link_close': {
        const kind = t.type === 'strong_close' ? 'bold' : t.type === 'em_close' ? 'italic' : 'link';
        const at = marks.map((m) => m.type).lastIndexOf(kind);
        if (at >= 0) marks.splice(at, 1);
        break;
      }
      case 'image':
        // An image inside a paragraph: keep its words.
        if (t.content) out.push({ type: 'text', text: t.content });
        break;
    }
  }
  // Merge neighbours with the same marks, as the editor does.
  return out.reduce<Inline[]>((acc, node) => {
    const last = acc[acc.length - 1];
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    )
      acc[acc.length - 1] = { ...last, text: last.text + node.text };
    else acc.push(node);
    return acc;
  }, []);
}

/** A paragraph that is only an image token: a library image or an embed. */
function specialBlock(children: Token[]): Block | null {
  const meaningful = children.filter((c) => !(c.type === 'text' && c.content.trim() === ''));
  if (meaningful.length !== 1 || meaningful[0]!.type !== 'image') return null;
  const image = meaningful[0]!;
  const src = String(image.attrGet('src') ?? '');
  // The alt text as parsed (escapes resolved), not as typed.
  const caption = (image.children ?? []).map((c) => c.content).join('');
  const media = /^media:(\d+)$/.exec(src);
  if (media)
    return { type: 'image', attrs: { mediaId: Number(media[1]), ...(caption ? { caption } : {}) } };
  if (src.startsWith('embed:'))
    return { type: 'embed', attrs: { url: src.slice(6), ...(caption ? { title: caption } : {}) } };
  return null;
}

export function textToDocument(text: string): ArticleDocument {
  const tokens = markdown.parse(text.replace(/\r\n?/g, '\n'), {});
  let i = 0;
  const blocks = (until: string | null): Block[] => {
    const out: Block[] = [];
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (until && t.type === until) {
        i++;
        return out;
      }
      i++;
      switch (t.type) {
        case 'paragraph_open': {
          const inline = tokens[i++]!;
          i++; // paragraph_close
          const children = inline.children ?? [];
          const special = specialBlock(children);
          if (special) out.push(special);
          else {
            const content = inlines(children);
            if (content.length) out.push({ type: 'paragraph', content });
          }
          break;
        }
        case 'heading_open': {
          const inline = tokens[i++]!;
          i++;
          const level = Math.min(4, Math.max(2, Number(t.tag.slice(1)))) as 2 | 3 | 4;
          out.push({ type: 'heading', attrs: { level }, content: inlines(inline.children ?? []) });
          break;
        }
        case 'blockquote_open': {
          const inner = blocks('blockquote_close');
          const paragraphs = inner.flatMap((b) => (b.type === 'paragraph' ? [b] : []));
          // A last line "— Name, title" is the quote's attribution, whether it is a paragraph
          // of its own or the last line of the last one.
          let attribution: string | undefined;
          const last = paragraphs[paragraphs.length - 1];
          const lineStart = last?.content
            ? last.content.map((n) => n.type).lastIndexOf('hardBreak') + 1
            : 0;
          const tail = last?.content?.slice(lineStart) ?? [];
          const tailText = tail.map((n) => (n.type === 'text' ? n.text : '')).join('');
          const match = /^(—|--|–)\s*(.+)$/.exec(tailText);
          if (last && match) {
            attribution = match[2];
            if (lineStart === 0) paragraphs.pop();
            else last.content = last.content!.slice(0, lineStart - 1);
          }
          const content = paragraphs;
          if (content.length)
            out.push({
              type: 'blockquote',
              ...(attribution ? { attrs: { attribution } } : {}),
              content,
            });
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const ordered = t.type === 'ordered_list_open';
          const items = listItems(ordered ? 'ordered_list_close' : 'bullet_list_close');
          const start = Number(t.attrGet('start') ?? 1);
          out.push(
            ordered
              ? {
                  type: 'orderedList',
                  ...(start !== 1 ? { attrs: { start } } : {}),
                  content: items,
                }
              : { type: 'bulletList', content: items },
          );
          break;
        }
        case 'hr':
          out.push({ type: 'horizontalRule' });
          break;
        case 'fence':
          out.push(
            t.info.trim() === 'html'
              ? { type: 'rawHtml', attrs: { html: t.content.replace(/\n$/, '') } }
              : {
                  type: 'paragraph',
                  content: [{ type: 'text', text: t.content.trimEnd(), marks: [{ type: 'code' }] }],
                },
          );
          break;
        case 'code_block':
          if (t.content.trim())
            out.push({ type: 'paragraph', content: [{ type: 'text', text: t.content.trimEnd() }] });
          break;
      }
    }
    return out;
  };
  const listItems = (close: string): ListItem[] => {
    const items: ListItem[] = [];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (t.type === close) break;
      if (t.type !== 'list_item_open') continue;
      const inner = blocks('list_item_close');
      const content = inner.flatMap((b) =>
        b.type === 'paragraph' || b.type === 'bulletList' || b.type === 'orderedList' ? [b] : [],
      );
      items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] });
    }
    return items;
  };
  return parseDocument({ type: 'doc', content: blocks(null) });
}

const escape = (text: string) => text.replace(/([\\`*_[\]#>!])/g, '\\$1');

function inlineText(content: Inline[] | undefined): string {
  return (content ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '\\\n';
      let text = (n.marks ?? []).some((m) => m.type === 'code') ? `\`${n.text}\`` : escape(n.text);
      for (const mark of n.marks ?? []) {
        if (mark.type === 'bold') text = `**${text}**`;
        else if (mark.type === 'italic') text = `*${text}*`;
        else if (mark.type === 'link') text = `[${text}](${mark.attrs.href})`;
      }
      return text;
    })
    .join('');
}

function listText(items: ListItem[], ordered: boolean, indent: string, start = 1): string {
  return items
    .map((item, n) => {
      const marker = ordered ? `${start + n}. ` : '- ';
      return item.content
        .map((child, k) =>
          child.type === 'paragraph'
            ? `${k === 0 ? indent + marker : indent + ' '.repeat(marker.length)}${inlineText(child.content)}`
            : listText(
                child.content,
                child.type === 'orderedList',
                indent + ' '.repeat(marker.length),
                child.type === 'orderedList' ? (child.attrs?.start ?? 1) : 1,
              ),
        )
        .join('\n');
    })
    .join('\n');
}

export function documentToText(doc: ArticleDocument): string {
  return doc.content
    .map((block): string => {
      switch (block.type) {
        case 'paragraph':
          return inlineText(block.content);
        case 'heading':
          return `${'#'.repeat(block.attrs.level)} ${inlineText(block.content)}`;
        case 'blockquote':
          return [
            ...block.content.map((p) => inlineText(p.content)),
            ...(block.attrs?.attribution ? [`— ${block.attrs.attribution}`] : []),
          ]
            .map((line) => `> ${line}`)
            .join('\n>\n');
        case 'bulletList':
          return listText(block.content, false, '');
        case 'orderedList':
          return listText(block.content, true, '', block.attrs?.start ?? 1);
        case 'image':
          return `![${escape(block.attrs.caption ?? '')}](media:${block.attrs.mediaId})`;
        case 'embed':
          return `![${escape(block.attrs.title ?? '')}](embed:${block.attrs.url})`;
        case 'rawHtml':
          return `\`\`\`html\n${block.attrs.html}\n\`\`\``;
        case 'horizontalRule':
          return '---';
      }
    })
    .join('\n\n');
}
