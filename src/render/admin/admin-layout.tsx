import type { ComponentChildren } from 'preact';
import { can, type Capability, type Role } from '../../domain/people/roles.ts';

const NAV: { href: string; label: string; capability: Capability | 'signed_in' }[] = [
  { href: '/admin/articles', label: 'Articles', capability: 'edit_own_articles' },
  { href: '/admin/media', label: 'Media', capability: 'upload_media' },
  { href: '/admin/comments', label: 'Comments', capability: 'moderate_comments' },
  { href: '/admin/privacy', label: 'Privacy', capability: 'moderate_comments' },
  { href: '/admin/people', label: 'People', capability: 'manage_people' },
  { href: '/admin/import', label: 'Import', capability: 'manage_site' },
  { href: '/admin/account', label: 'Account', capability: 'signed_in' },
];

export interface AdminChrome {
  siteTitle: string;
  language: string;
  stylesheet: string;
  /** The admin's own styles, after the site's. */
  adminStylesheet: string;
  icon: string;
  /** Null on the sign-in and setup pages. */
  person: { name: string; role: Role | null } | null;
  csrfToken: string;
}

export function AdminLayout(props: {
  chrome: AdminChrome;
  title: string;
  children: ComponentChildren;
  /** Extra stylesheets and module scripts (the article editor's). */
  stylesheets?: string[];
  scripts?: string[];
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
        <link rel="stylesheet" href={chrome.adminStylesheet} />
        {(props.stylesheets ?? []).map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {(props.scripts ?? []).map((src) => (
          <script type="module" src={src} />
        ))}
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
                {NAV.filter(
                  (n) => n.capability === 'signed_in' || can(chrome.person!.role, n.capability),
                ).map((n) => (
                  <li>
                    <a href={n.href}>{n.label}</a>
                  </li>
                ))}
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
