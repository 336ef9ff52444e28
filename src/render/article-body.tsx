import type { ComponentChildren, VNode } from 'preact';
import sanitizeHtml from 'sanitize-html';
import type { Block, Inline, ListItem, Mark } from '../domain/articles/document.ts';
import { Picture } from './picture.tsx';
import type { ArticleView, ImageView } from './view-models.ts';

// Renders the stored article document. Text goes through Preact, which escapes it; links keep
// only safe schemes; the one raw-HTML block (from imports) is sanitised here, on the way out.

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** Imported markup keeps its structure but loses anything that could run or restyle the page. */
const IMPORTED_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'h1'),
    'img',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { img: sanitizeHtml.simpleTransform('img', { loading: 'lazy' }) },
};

function withMark(mark: Mark, child: ComponentChildren): ComponentChildren {
  switch (mark.type) {
    case 'bold':
      return <strong>{child}</strong>;
    case 'italic':
      return <em>{child}</em>;
    case 'code':
      return <code>{child}</code>;
    case 'link':
      return SAFE_LINK.test(mark.attrs.href) ? (
        <a href={mark.attrs.href} title={mark.attrs.title}>
          {child}
        </a>
      ) : (
        child
      );
  }
}

function InlineContent({ content }: { content: Inline[] | undefined }) {
  return (
    <>
      {(content ?? []).map((node) => {
        if (node.type === 'hardBreak') return <br />;
        // Links outermost, so a bold word inside a link stays one link.
        const marks = [...(node.marks ?? [])].sort(
          (a, b) => Number(a.type === 'link') - Number(b.type === 'link'),
        );
        return marks.reduce<ComponentChildren>((child, mark) => withMark(mark, child), node.text);
      })}
    </>
  );
}

export function Figure({
  image,
  lazy,
  className,
}: {
  image: ImageView;
  lazy: boolean;
  className: string;
}) {
  return (
    <figure class={className}>
      <Picture
        image={image}
        // The lead spans the wide column; pictures in the text, the text's measure (68ch).
        sizes={className === 'lead-image' ? undefined : '(min-width: 44rem) 40rem, 100vw'}
        loading={lazy ? 'lazy' : undefined}
        decoding="async"
        fetchpriority={lazy ? undefined : 'high'}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption ? <span class="caption">{image.caption}</span> : null}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span class="credit">({image.credit})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function ListItems({ items }: { items: ListItem[] }) {
  return (
    <>
      {items.map((item) => (
        <li>
          {item.content.map((child) =>
            child.type === 'paragraph' ? (
              <InlineContent content={child.content} />
            ) : (
              <BlockNode block={child} media={new Map()} />
            ),
          )}
        </li>
      ))}
    </>
  );
}

function BlockNode({
  block,
  media,
  lead,
}: {
  block: Block;
  media: ArticleView['media'];
  lead?: ComponentChildren;
}): VNode | null {
  switch (block.type) {
    case 'paragraph':
      if (!block.content?.length && !lead) return null;
      return (
        <p>
          {lead}
          <InlineContent content={block.content} />
        </p>
      );
    case 'heading': {
      const Tag = `h${block.attrs.level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag>
          <InlineContent content={block.content} />
        </Tag>
      );
    }
    case 'blockquote': {
      const quote = (
        <blockquote>
          {block.content.map((p) => (
            <p>
              <InlineContent content={p.content} />
            </p>
          ))}
        </blockquote>
      );
      const attribution = block.attrs?.attribution?.trim();
      return attribution ? (
        <figure class="pull-quote">
          {quote}
          <figcaption>— {attribution}</figcaption>
        </figure>
      ) : (
        quote
      );
    }
    case 'bulletList':
      return (
        <ul>
          <ListItems items={block.content} />
        </ul>
      );
    case 'orderedList':
      return (
        <ol start={block.attrs?.start}>
          <ListItems items={block.content} />
        </ol>
      );
    case 'image': {
      const found = media.get(block.attrs.mediaId);
      if (!found) return null;
      const image = {
        ...found,
        caption: block.attrs.caption ?? found.caption,
        credit: block.attrs.credit ?? found.credit,
      };
      return <Figure image={image} lazy className="body-image" />;
    }
    case 'embed': {
      if (!/^https?:\/\//i.test(block.attrs.url)) return null;
      const label = block.attrs.title || block.attrs.url;
      return (
        <p class="embed">
          <a href={block.attrs.url}>{label}</a>
          {block.attrs.provider ? (
            <span class="embed-provider"> ({block.attrs.provider})</span>
          ) : null}
        </p>
      );
    }
    case 'rawHtml':
      return (
        <div
          class="imported"
          dangerouslySetInnerHTML={{ __html: sanitizeHtml(block.attrs.html, IMPORTED_HTML) }}
        />
      );
    case 'horizontalRule':
      return <hr />;
  }
}

/** The article body; the dateline leads the first paragraph. */
export function ArticleBody({
  article,
}: {
  article: Pick<ArticleView, 'body' | 'media' | 'dateline'>;
}) {
  const first = article.body.content.findIndex((b) => b.type === 'paragraph');
  const dateline =
    article.dateline !== null ? (
      <>
        <span class="dateline">{article.dateline}</span>{' '}
      </>
    ) : undefined;
  return (
    <div class="article-body">
      {article.body.content.map((block, i) => (
        <BlockNode block={block} media={article.media} lead={i === first ? dateline : undefined} />
      ))}
    </div>
  );
}
