// The links in notification mail. GET shows what the link does and a button; POST does it. No
// sign-in and no CSRF token: these are public forms, and the signed token in the address is what
// defends them (nobody can make one for another subscription or person). Mail programs offering
// one-click unsubscribe (RFC 8058) POST `List-Unsubscribe=One-Click` straight to the address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { CommentStatus } from '../../domain/comments/comment.ts';
import { NOTIFICATION_PATHS } from '../../domain/comments/notifications/compose-notifications.ts';
import {
  confirmSubscription,
  findSubscriptionToConfirm,
} from '../../domain/comments/notifications/confirm-subscription.ts';
import { subscribeToReplies } from '../../domain/comments/notifications/subscribe-to-replies.ts';
import {
  describeUnsubscribe,
  unsubscribe,
  type UnsubscribeResult,
} from '../../domain/comments/notifications/unsubscribe.ts';
import { SubscriptionPage, type SubscriptionPageView } from '../../render/subscription-pages.tsx';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { chrome } from './views.ts';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

const BAD_LINK_TITLE = 'This link does not work';
/** The unsubscribe page's box: stop reply mail about every comment from that address. */
const EVERY_COMMENT_FIELD = 'every_comment';

export async function subscriptionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // RFC 8058 lets a mail program send the one-click POST as multipart/form-data; its body says
  // nothing the address does not, so it is read and set aside (only in this plugin's routes).
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, _body, done) => done(null, {}),
  );

  // The token is in the address: it is sent to no other site, and no cache keeps the pages
  // (`personal` below, and the error pages are never cached).
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
  });

  const page = async (reply: FastifyReply, view: Omit<SubscriptionPageView, 'chrome'>) =>
    sendPage(
      reply,
      h(SubscriptionPage, {
        view: { ...view, chrome: await chrome(ctx, await ctx.stores.settings.site()) },
      }),
      { personal: true },
    );
  const refuse = (request: FastifyRequest, reply: FastifyReply, status: number, reason: string) =>
    sendError(ctx, request, reply, status, reason, {
      title: status === 400 ? BAD_LINK_TITLE : 'Nothing to confirm',
    });
  const deps = () => ({
    subscriptions: ctx.stores.notifications,
    staff: ctx.stores.notifications,
    secret: ctx.secret,
    clock: ctx.clock,
  });
  const confirmAction = (token: string) =>
    `${NOTIFICATION_PATHS.confirm}${encodeURIComponent(token)}`;
  const unsubscribeAction = (token: string) =>
    `${NOTIFICATION_PATHS.unsubscribe}${encodeURIComponent(token)}`;

  app.get(`${NOTIFICATION_PATHS.confirm}:token`, async (request: TokenRequest, reply) => {
    const found = await findSubscriptionToConfirm(deps(), request.params.token);
    if (!found.ok) return refuse(request, reply, found.status, found.reason);
    const { subscription } = found;
    return page(reply, {
      title: 'Confirm reply notifications',
      paragraphs: [
        `Press the button to get an email whenever someone replies to your comment on “${subscription.article.headline}”.`,
        'Each email has a link that stops them with one click.',
      ],
      form: { action: confirmAction(request.params.token), button: 'Yes, email me about replies' },
      done: false,
      link: {
        text: 'Go to your comment',
        href: `${subscription.article.path}#comment-${subscription.commentNumber}`,
      },
    });
  });

  app.post(`${NOTIFICATION_PATHS.confirm}:token`, async (request: TokenRequest, reply) => {
    const result = await confirmSubscription(deps(), request.params.token);
    if (!result.ok) return refuse(request, reply, result.status, result.reason);
    const { subscription } = result;
    return page(reply, {
      title: 'Reply notifications are on',
      paragraphs: [
        `Thank you. We will email you when someone replies to your comment on “${subscription.article.headline}”.`,
        'To stop, use the link at the foot of any of those emails.',
      ],
      form: null,
      done: true,
      link: {
        text: 'Back to the conversation',
        href: `${subscription.article.path}#comment-${subscription.commentNumber}`,
      },
    });
  });

  const unsubscribePage = (
    request: TokenRequest,
    reply: FastifyReply,
    result: UnsubscribeResult,
    done: boolean,
  ) => {
    if (!result.ok) return refuse(request, reply, result.status, result.reason);
    return done
      ? page(reply, {
          title: 'You are unsubscribed',
          paragraphs: [`You will no longer receive ${result.what}.`],
          form: null,
          done: true,
          link: { text: 'Go to the front page', href: '/' },
        })
      : page(reply, {
          title: 'Unsubscribe',
          paragraphs: [`Press the button to stop receiving ${result.what}.`],
          form: {
            action: unsubscribeAction(request.params.token),
            button: 'Unsubscribe',
            ...(result.kind === 'replies'
              ? {
                  choice: {
                    name: EVERY_COMMENT_FIELD,
                    label: 'Also stop emails about replies to my other comments',
                  },
                }
              : {}),
          },
          done: false,
          link: null,
        });
  };

  app.get(`${NOTIFICATION_PATHS.unsubscribe}:token`, async (request: TokenRequest, reply) =>
    unsubscribePage(request, reply, await describeUnsubscribe(deps(), request.params.token), false),
  );

  app.post(`${NOTIFICATION_PATHS.unsubscribe}:token`, async (request: TokenRequest, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const everyComment = body[EVERY_COMMENT_FIELD] === 'yes';
    return unsubscribePage(
      request,
      reply,
      await unsubscribe(deps(), request.params.token, { everyComment }),
      true,
    );
  });
}

/** The form's "Notify me of replies by email" box. */
export const NOTIFY_REPLIES_FIELD = 'notify_replies';

/**
 * Called by the comment route after a comment was stored with the box ticked: an unconfirmed
 * subscription and the mail asking to confirm it. True when that mail was queued. The comment is
 * already safe; if this fails, the reader still gets their answer and the failure is logged.
 */
export async function subscribeAfterPosting(
  ctx: AppContext,
  request: FastifyRequest,
  siteTitle: string,
  comment: { id: number; status: CommentStatus },
): Promise<boolean> {
  try {
    return await subscribeToReplies(
      {
        subscriptions: ctx.stores.notifications,
        mail: ctx.mail,
        clock: ctx.clock,
        mailContext: { site: { title: siteTitle, url: ctx.config.publicUrl }, secret: ctx.secret },
      },
      comment,
    );
  } catch (error) {
    request.log.error({ err: error }, 'could not subscribe a commenter to replies');
    return false;
  }
}
