import { Layout } from './layout.tsx';
import type { ArticleListPageView } from './view-models.ts';

/** The home page and section pages: the latest articles, newest first. */
export function ArticleListPage({ view }: { view: ArticleListPageView }) {
  return (
    <Layout chrome={view.chrome} head={view.head}>
      <h1 class={view.headingHidden ? 'visually-hidden' : 'page-title'}>{view.heading}</h1>
      {view.articles.length === 0 ? (
        <p class="empty">Nothing has been published here yet.</p>
      ) : (
        <ol class="article-list">
          {view.articles.map((a, i) => (
            <li class={i === 0 ? 'story story-lead' : 'story'}>
              <article>
                {a.image ? (
                  <img
                    class="story-image"
                    src={a.image.src}
                    alt={a.image.alt}
                    width={a.image.width}
                    height={a.image.height}
                    loading={i < 2 ? undefined : 'lazy'}
                    decoding="async"
                  />
                ) : null}
                <p class="kicker">
                  <a href={a.section.href}>{a.section.name}</a>
                </p>
                <h2 class="story-headline">
                  <a href={a.href}>{a.headline}</a>
                </h2>
                {a.standfirst ? <p class="story-standfirst">{a.standfirst}</p> : null}
                <p class="story-date">
                  <time datetime={a.published.iso}>{a.published.text}</time>
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
