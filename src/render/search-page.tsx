import { Layout } from './layout.tsx';
import { Pagination, StoryList } from './story-list.tsx';
import type { SearchPageView } from './view-models.ts';

export function SearchPage({ view }: { view: SearchPageView }) {
  return (
    <Layout chrome={view.chrome} head={view.head}>
      <h1 class="page-title">Search</h1>
      <SearchForm view={view} />
      {view.message ? (
        <p class="search-message" role="status">
          {view.message}
        </p>
      ) : (
        <p class="search-message" role="status">
          {view.total === 1 ? '1 article' : `${view.total.toLocaleString('en')} articles`} found for
          “{view.query}”.
        </p>
      )}
      <StoryList stories={view.results} />
      <Pagination pagination={view.pagination} />
    </Layout>
  );
}

function SearchForm({ view }: { view: SearchPageView }) {
  return (
    <form
      class="search-form"
      role="search"
      aria-label="Search articles"
      action="/search"
      method="get"
    >
      <p>
        <label for="q">Search for</label>
        <input id="q" name="q" type="search" value={view.query} maxLength={200} />
      </p>
      <p>
        <label for="section">In</label>
        <select id="section" name="section">
          <option value="">All sections</option>
          {view.sections.map((s) => (
            <option value={s.slug} selected={s.slug === view.section}>
              {s.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="from">From</label>
        <input id="from" name="from" type="date" value={view.from} />
      </p>
      <p>
        <label for="to">To</label>
        <input id="to" name="to" type="date" value={view.to} />
      </p>
      <p>
        <button type="submit">Search</button>
      </p>
    </form>
  );
}
