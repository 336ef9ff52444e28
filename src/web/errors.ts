import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { DEFAULT_SITE_SETTINGS } from '../domain/settings.ts';
import { ErrorPage } from '../render/error-page.tsx';
import type { Chrome } from '../render/view-models.ts';
import type { AppContext } from './context.ts';
import { sendPage, wantsJson } from './pages.ts';
import { chrome, listItemView } from './site/views.ts';

const TITLES: Record<number, string> = {
  400: 'That request could not be understood',
  403: 'Not allowed',
  404: 'Page not found',
  410: 'Gone',
  405: 'Method not allowed',
  413: 'Too much to send',
  415: 'Unsupported form',
  429: 'Too many requests',
  500: 'Something went wrong',
};

async function safeChrome(ctx: AppContext): Promise<Chrome> {
  try {
    return await chrome(ctx, await ctx.stores.settings.site());
  } catch {
    // The database may be why we are here; an error page must still render.
    return {
      siteTitle: DEFAULT_SITE_SETTINGS.title,
      tagline: '',
      language: DEFAULT_SITE_SETTINGS.language,
      sections: [],
      stylesheet: ctx.assets.stylesheet,
      icon: ctx.assets.icon,
      year: ctx.clock().getUTCFullYear(),
    };
  }
}

/** The latest stories, for a page that could not show what was asked; none if that fails too. */
async function latestStories(ctx: AppContext) {
  try {
    const settings = await ctx.stores.settings.site();
    const latest = await ctx.stores.articles.listPublic(ctx.clock(), {}, { limit: 5, offset: 0 });
    return latest.map((a) => listItemView(a, settings));
  } catch {
    return [];
  }
}

/**
 * An error as a page (with the site around it) or as JSON, as the client asked. `helpful` pages
 * (not found, gone) offer a search box and the latest stories.
 */
export async function sendError(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
  extra: { title?: string; code?: string; helpful?: boolean } = {},
): Promise<FastifyReply> {
  const title = extra.title ?? TITLES[status] ?? 'Error';
  if (wantsJson(request.headers.accept))
    return reply.code(status).send({ error: { code: extra.code ?? String(status), message } });
  return sendPage(
    reply,
    h(ErrorPage, {
      view: {
        chrome: await safeChrome(ctx),
        status,
        title,
        message,
        links: [{ text: 'Go to the front page', href: '/' }],
        latest: extra.helpful ? await latestStories(ctx) : [],
        search: extra.helpful ?? false,
      },
    }),
    { status, personal: true },
  );
}

const CLIENT_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE:
    'What you sent is larger than this site accepts. If it was a comment, please shorten it.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Please send the form as a normal web form.',
};

export function installErrorHandlers(app: FastifyInstance, ctx: AppContext): void {
  // WordPress's short links (/?p=12, /?page_id=7) reach the front page's route, never the
  // not-found handler; an import keeps them in the redirects table, so they are looked up here.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const match = /^\/\?(?:[^#]*&)?(p|page_id)=(\d{1,12})(?:&|#|$)/.exec(request.url);
    if (!match) return;
    const target = await ctx.stores.articles.findRedirect(`/?${match[1]}=${match[2]}`);
    if (target) return reply.redirect(target, 301);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // Every URL an article ever had keeps working.
    const target =
      (await ctx.stores.articles.findRedirect(path)) ??
      (path.length > 1 && path.endsWith('/')
        ? await ctx.stores.articles.findRedirect(path.replace(/\/+$/, ''))
        : null);
    if (target && (request.method === 'GET' || request.method === 'HEAD'))
      return reply.redirect(target, 301);
    return sendError(
      ctx,
      request,
      reply,
      404,
      'There is nothing at this address. It may have moved, or the link may be mistyped. Try a search, or one of the latest stories.',
      { helpful: true },
    );
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(
        ctx,
        request,
        reply,
        status,
        'The page could not be shown. Please try again in a moment.',
      );
    }
    const message = (error.code && CLIENT_MESSAGES[error.code]) || error.message;
    return sendError(ctx, request, reply, status, message, { code: error.code });
  });
}
