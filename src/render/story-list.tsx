import { Picture } from './picture.tsx';
import type { ArticleListItemView, FeedLinks, PaginationView } from './view-models.ts';

/** One story in a list: picture, section, headline, standfirst (or search snippet), byline, date. */
export function Story({
  story,
  lead = false,
  eager = false,
  headingLevel = 2,
}: {
  story: ArticleListItemView;
  lead?: boolean;
  eager?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={lead ? 'story story-lead' : 'story'}>
      {story.image ? (
        <Picture
          image={story.image}
          className="story-image"
          // A thumbnail in compact lists on phones, about half the page in grids, wider as lead.
          sizes={lead ? '(min-width: 40em) 40rem, 100vw' : '(min-width: 40em) 32rem, 7rem'}
          loading={eager ? undefined : 'lazy'}
          decoding="async"
          // The stylesheet places `.story-image` in the story's grid: a <picture> would break it.
          imgOnly
        />
      ) : null}
      <p class="kicker">
        <a href={story.section.href}>{story.section.name}</a>
      </p>
      <Heading class="story-headline">
        <a href={story.href}>{story.headline}</a>
      </Heading>
      {story.snippet ? (
        <p class="story-snippet">
          {story.snippet.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}
        </p>
      ) : story.standfirst ? (
        <p class="story-standfirst">{story.standfirst}</p>
      ) : null}
      <p class="story-date">
        {story.bylines.length > 0 ? (
          <>
            By{' '}
            {story.bylines.map((b, i) => (
              <>
                {i === 0 ? '' : i === story.bylines.length - 1 ? ' and ' : ', '}
                <a href={b.href}>{b.name}</a>
              </>
            ))}
            {' · '}
          </>
        ) : null}
        <time datetime={story.published.iso}>{story.published.text}</time>
      </p>
    </article>
  );
}

export function StoryList({
  stories,
  eagerImages = 0,
  headingLevel = 2,
}: {
  stories: ArticleListItemView[];
  eagerImages?: number;
  headingLevel?: 2 | 3;
}) {
  return (
    <ol class="article-list">
      {stories.map((story, i) => (
        <li>
          <Story story={story} eager={i < eagerImages} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

export function Pagination({ pagination }: { pagination: PaginationView }) {
  if (pagination.pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pages">
      {pagination.prevHref ? (
        <a href={pagination.prevHref} rel="prev">
          Newer
        </a>
      ) : null}
      <span class="page-count">
        Page {pagination.page} of {pagination.pages}
      </span>
      {pagination.nextHref ? (
        <a href={pagination.nextHref} rel="next">
          Older
        </a>
      ) : null}
    </nav>
  );
}

export function FeedLinksLine({ feeds, label }: { feeds: FeedLinks; label: string }) {
  return (
    <p class="feed-links">
      Follow {label}: <a href={feeds.rss}>RSS</a> · <a href={feeds.atom}>Atom</a> ·{' '}
      <a href={feeds.json}>JSON Feed</a>
    </p>
  );
}
