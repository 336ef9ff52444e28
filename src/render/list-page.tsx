import { Layout } from './layout.tsx';
import { Picture } from './picture.tsx';
import { FeedLinksLine, Pagination, StoryList } from './story-list.tsx';
import type { ListPageView } from './view-models.ts';

/** A section, a tag, an author, or an older page of the latest news. */
export function ListPage({ view }: { view: ListPageView }) {
  return (
    <Layout chrome={view.chrome} head={view.head}>
      <header class="list-header">
        {view.person?.photo ? (
          <Picture
            image={view.person.photo}
            className="author-photo"
            sizes="7.5rem"
            // The stylesheet places `.author-photo` in the header's grid.
            imgOnly
          />
        ) : null}
        {view.kicker ? <p class="kicker">{view.kicker}</p> : null}
        <h1 class="page-title">{view.heading}</h1>
        {view.person?.bio ? <p class="author-bio">{view.person.bio}</p> : null}
      </header>
      {view.articles.length === 0 ? (
        <p class="empty">Nothing has been published here yet.</p>
      ) : (
        <StoryList stories={view.articles} eagerImages={2} />
      )}
      <Pagination pagination={view.pagination} />
      {view.feeds ? <FeedLinksLine feeds={view.feeds} label="this page" /> : null}
    </Layout>
  );
}
