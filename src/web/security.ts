import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Origins of imported pictures that stayed on the old site, checked and space-separated as
 * img-src takes them (see `cachedImageOrigins`). Asked on every response, so it does no work.
 */
export type ImageOrigins = () => string;

/** A bare http(s) origin: anything else (a path, a quote, a wildcard) never reaches the policy. */
const ORIGIN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

/**
 * The origins an import recorded (`load`), read again at most every `ttlMs`. Headers must not
 * wait for the database, so the getter answers from the last reading and refreshes behind it;
 * every instance reads the same setting, so an import on one reaches them all.
 */
export function cachedImageOrigins(
  load: () => Promise<readonly string[]>,
  ttlMs = 60_000,
  now: () => number = Date.now,
): ImageOrigins {
  let origins = '';
  let loadedAt = -Infinity;
  let loading = false;
  const refresh = () => {
    if (loading) return;
    loading = true;
    load()
      .then((list) => (origins = list.filter((o) => ORIGIN.test(o)).join(' ')))
      .catch(() => {})
      .finally(() => {
        loadedAt = now();
        loading = false;
      });
  };
  refresh();
  return () => {
    if (now() - loadedAt > ttlMs) refresh();
    return origins;
  };
}

/**
 * Security headers for every response. Scripts are files served from this origin: no inline
 * script and no eval, so an injected `<script>` or `onclick` would not run even if escaping failed.
 * Pictures come from this origin too, and from the old site's origin for imported pictures
 * whose files stayed there (`imageOrigins`).
 */
export function helmetOptions(
  publicUrl: string,
  imageOrigins?: ImageOrigins,
): FastifyHelmetOptions {
  const https = publicUrl.startsWith('https:');
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(imageOrigins ? [imageOrigins] : [])],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only makes sense when the site is served over HTTPS.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
}
