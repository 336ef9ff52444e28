import type { ComponentChildren } from 'preact';
import { jsonForScript } from './json-ld.ts';
import type { Chrome, PageHead } from './view-models.ts';

export function Layout(props: { chrome: Chrome; head: PageHead; children: ComponentChildren }) {
  const { chrome, head } = props;
  return (
    <html lang={chrome.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        {(head.links ?? []).map((l) => (
          <link rel={l.rel} href={l.href} type={l.type} title={l.title} key={`${l.rel}${l.href}`} />
        ))}
        {(head.meta ?? []).map((m) =>
          'property' in m ? (
            <meta property={m.property} content={m.content} />
          ) : (
            <meta name={m.name} content={m.content} />
          ),
        )}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheet} />
        <link rel="icon" href={chrome.icon} type="image/svg+xml" />
        {(head.scripts ?? []).map((src) => (
          <script type="module" src={src} key={src} />
        ))}
        {(head.jsonLd ?? []).map((data) => (
          // Data, not code: browsers do not run it, and the content is escaped for the context.
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonForScript(data) }}
          />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <header class="masthead">
          <div class="masthead-inner">
            <p class="site-title">
              <a href="/">{chrome.siteTitle}</a>
            </p>
            {chrome.tagline ? <p class="tagline">{chrome.tagline}</p> : null}
          </div>
          <form
            class="site-search"
            role="search"
            aria-label="Site search"
            action="/search"
            method="get"
          >
            <label for="site-search-q" class="visually-hidden">
              Search {chrome.siteTitle}
            </label>
            <input id="site-search-q" name="q" type="search" placeholder="Search" maxLength={200} />
            <button type="submit">Search</button>
          </form>
          {chrome.sections.length > 0 ? (
            <nav class="sections-nav" aria-label="Sections">
              <ul>
                {chrome.sections.map((s) => (
                  <li key={s.href}>
                    <a href={s.href} aria-current={s.current ? 'page' : undefined}>
                      {s.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            © {chrome.year} {chrome.siteTitle}. Published with Dateline.
          </p>
        </footer>
      </body>
    </html>
  );
}
