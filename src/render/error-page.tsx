import { Layout } from './layout.tsx';
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
        {view.links.length > 0 ? (
          <ul class="error-links">
            {view.links.map((l) => (
              <li>
                <a href={l.href}>{l.text}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Layout>
  );
}
