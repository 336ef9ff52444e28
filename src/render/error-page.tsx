import { Layout } from './layout.tsx';
import { StoryList } from './story-list.tsx';
import type { ErrorPageView } from './view-models.ts';

export function ErrorPage({ view }: { view: ErrorPageView }) {
  return (
    <Layout
      chrome={view.chrome}
      head={{ title: `${view.title} – ${view.chrome.siteTitle}`, noindex: true }}
    >
      <div class="error-page">
        <h1 class="page-title">{view.title}</h1>
        <p>{view.message}</p>
        {view.search ? (
          <form
            class="search-form"
            role="search"
            aria-label="Search articles"
            action="/search"
            method="get"
          >
            <p>
              <label for="q">Search the site</label>
              <input id="q" name="q" type="search" maxLength={200} />
              <button type="submit">Search</button>
            </p>
          </form>
        ) : null}
        {view.links.length > 0 ? (
          <ul class="error-links">
            {view.links.map((l) => (
              <li>
                <a href={l.href}>{l.text}</a>
              </li>
            ))}
          </ul>
        ) : null}
        {view.latest.length > 0 ? (
          <section aria-labelledby="latest-title">
            <h2 id="latest-title" class="section-title">
              Latest stories
            </h2>
            <StoryList stories={view.latest} headingLevel={3} />
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
