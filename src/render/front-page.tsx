import { Layout } from './layout.tsx';
import { FeedLinksLine, Story, StoryList } from './story-list.tsx';
import type { FrontPageView } from './view-models.ts';

export function FrontPage({ view }: { view: FrontPageView }) {
  return (
    <Layout chrome={view.chrome} head={view.head}>
      <h1 class="visually-hidden">{view.chrome.siteTitle}</h1>
      {view.lead ? (
        <section class="front-lead" aria-label="Lead story">
          <Story story={view.lead} lead eager />
        </section>
      ) : (
        <p class="empty">Nothing has been published yet.</p>
      )}
      {view.latest.length > 0 ? (
        <section class="front-latest" aria-labelledby="latest-title">
          <h2 id="latest-title" class="section-title">
            Latest
          </h2>
          <StoryList stories={view.latest} eagerImages={2} headingLevel={3} />
          {view.moreHref ? (
            <p class="more">
              <a href={view.moreHref}>More news</a>
            </p>
          ) : null}
        </section>
      ) : null}
      {view.sections.map((section) => (
        <section class="front-section" aria-labelledby={`section-${section.href.slice(1)}`}>
          <h2 id={`section-${section.href.slice(1)}`} class="section-title">
            <a href={section.href}>{section.name}</a>
          </h2>
          <StoryList stories={section.articles} headingLevel={3} />
        </section>
      ))}
      <FeedLinksLine feeds={view.feeds} label="all the news" />
    </Layout>
  );
}
