import type { ComponentChildren } from 'preact';

export interface AdminChrome {
  siteTitle: string;
  language: string;
  stylesheet: string;
  icon: string;
  /** Null on the sign-in and setup pages. */
  person: { name: string } | null;
  csrfToken: string;
}

export function AdminLayout(props: {
  chrome: AdminChrome;
  title: string;
  children: ComponentChildren;
}) {
  const { chrome } = props;
  return (
    <html lang={chrome.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} – ${chrome.siteTitle} admin`}</title>
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheet} />
        <link rel="icon" href={chrome.icon} type="image/svg+xml" />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <header class="admin-bar">
          <p class="admin-site">
            <a href="/">{chrome.siteTitle}</a>
          </p>
          {chrome.person ? (
            <nav aria-label="Admin">
              <ul>
                <li>
                  <a href="/admin/comments">Comments</a>
                </li>
                <li>
                  <form method="post" action="/admin/sign-out" class="inline-form">
                    <input type="hidden" name="_csrf" value={chrome.csrfToken} />
                    <button type="submit" class="link-button">
                      Sign out ({chrome.person.name})
                    </button>
                  </form>
                </li>
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" class="admin-main" tabIndex={-1}>
          <h1 class="page-title">{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}
