import { ArticleBody, Figure } from './article-body.tsx';
import { Comments } from './comments.tsx';
import { Layout } from './layout.tsx';
import type { ArticlePageView } from './view-models.ts';

const joinNames = (names: string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export function ArticlePage({ view }: { view: ArticlePageView }) {
  const { article } = view;
  return (
    <Layout chrome={view.chrome} head={view.head}>
      <article class="article">
        <header class="article-header">
          <p class="kicker">
            <a href={article.section.href}>{article.section.name}</a>
          </p>
          <h1 class="headline">{article.headline}</h1>
          {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
          <div class="article-meta">
            {article.bylines.length > 0 ? (
              <p class="byline">
                By{' '}
                {article.bylines.map((b, i) => (
                  <>
                    {i === 0 ? '' : i === article.bylines.length - 1 ? ' and ' : ', '}
                    <span class="author">{b.name}</span>
                  </>
                ))}
              </p>
            ) : null}
            <p class="article-dates">
              <span class="published">
                Published <time datetime={article.published.iso}>{article.published.text}</time>
              </span>
              {article.updated ? (
                <span class="updated">
                  Updated <time datetime={article.updated.iso}>{article.updated.text}</time>
                </span>
              ) : null}
            </p>
          </div>
        </header>
        {article.lead ? <Figure image={article.lead} lazy={false} className="lead-image" /> : null}
        <ArticleBody article={article} />
        <footer class="article-footer">
          {article.credits.map((c) => (
            <p class="credit-line">
              {c.label} by {joinNames(c.names)}
            </p>
          ))}
          {article.tags.length > 0 ? (
            <div class="tags">
              <h2 class="tags-title">Topics</h2>
              <ul class="tag-list">
                {article.tags.map((t) => (
                  <li>{t.name}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </footer>
      </article>
      <Comments comments={view.comments} />
    </Layout>
  );
}
