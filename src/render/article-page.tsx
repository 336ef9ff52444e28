import { ArticleBody, Figure } from './article-body.tsx';
import { Comments } from './comments.tsx';
import { Layout } from './layout.tsx';
import type { ArticlePageView } from './view-models.ts';

/** "A", "A and B", "A, B and C", each linked to the person's page. */
function People({ people, rel }: { people: { name: string; href: string }[]; rel?: string }) {
  return (
    <>
      {people.map((p, i) => (
        <>
          {i === 0 ? '' : i === people.length - 1 ? ' and ' : ', '}
          <a class="author" href={p.href} rel={rel}>
            {p.name}
          </a>
        </>
      ))}
    </>
  );
}

export function ArticlePage({ view }: { view: ArticlePageView }) {
  const { article } = view;
  return (
    <Layout chrome={view.chrome} head={view.head}>
      {view.preview ? (
        <p class="preview-banner" role="note">
          Preview: this is how the article will look. Readers cannot see it until it is published.
        </p>
      ) : null}
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
                By <People people={article.bylines} rel="author" />
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
              {c.label} by <People people={c.people} />
            </p>
          ))}
          {article.corrections.length > 0 ? (
            <aside class="corrections" aria-labelledby="corrections-title">
              <h2 id="corrections-title" class="corrections-title">
                Corrections and updates
              </h2>
              {article.corrections.map((c) => (
                <p class="correction">
                  <strong>
                    {c.label}, <time datetime={c.date.iso}>{c.date.text}</time>:
                  </strong>{' '}
                  {c.text}
                </p>
              ))}
            </aside>
          ) : null}
          {article.tags.length > 0 ? (
            <div class="tags">
              <h2 class="tags-title">Topics</h2>
              <ul class="tag-list">
                {article.tags.map((t) => (
                  <li>
                    <a href={t.href} rel="tag">
                      {t.name}
                    </a>
                  </li>
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
