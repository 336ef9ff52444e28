import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { canGrantRole, invitePerson } from '../../domain/people/accounts.ts';
import { isRole, ROLES } from '../../domain/people/roles.ts';
import { PeoplePage, type PeoplePageView } from '../../render/admin/account-pages.tsx';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { adminChrome, field, personOf } from './support.ts';

/** The newsroom's people: who has which role, and invitations. */
export async function peopleRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const page = async (
    request: FastifyRequest,
    form: Pick<PeoplePageView, 'values' | 'errors' | 'notice'>,
  ): Promise<PeoplePageView> => {
    const me = personOf(request);
    const grantable = ROLES.filter((r) => canGrantRole(me.role, r));
    return {
      chrome: await adminChrome(ctx, request),
      people: (await ctx.stores.people.listStaff()).map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email ?? '',
        role: p.role ?? 'none',
        active: p.active,
        // Nobody changes their own role here, nor an owner's unless they are one.
        roleChoices:
          p.id !== me.id && (p.role !== 'owner' || me.role === 'owner') ? [...grantable] : null,
      })),
      roles: [...grantable],
      ...form,
    };
  };

  app.get<{ Querystring: { done?: string } }>(
    '/people',
    { config: { capability: 'manage_people' } },
    async (request, reply) =>
      sendPage(
        reply,
        h(PeoplePage, {
          view: await page(request, {
            values: { name: '', email: '', role: 'author' },
            errors: {},
            notice: request.query.done === 'invited' ? 'Invitation sent.' : null,
          }),
        }),
      ),
  );

  app.post(
    '/people/invite',
    { config: { capability: 'manage_people' } },
    async (request, reply) => {
      const settings = await ctx.stores.settings.site();
      const values = {
        name: field(request, 'name'),
        email: field(request, 'email'),
        role: field(request, 'role'),
      };
      const result = await invitePerson(
        {
          people: ctx.stores.people,
          mail: ctx.mail,
          clock: ctx.clock,
          site: { title: settings.title, url: ctx.config.publicUrl },
        },
        personOf(request),
        values,
      );
      if (result.ok) return reply.redirect('/admin/people?done=invited', 303);
      if (result.status === 403)
        return sendError(ctx, request, reply, 403, result.message ?? 'Not allowed.');
      return sendPage(
        reply,
        h(PeoplePage, {
          view: await page(request, { values, errors: result.errors, notice: null }),
        }),
        { status: result.status },
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    '/people/:id/role',
    { config: { capability: 'manage_people' } },
    async (request, reply) => {
      const me = personOf(request);
      const id = positiveInt(request.params.id);
      const role = field(request, 'role');
      const target =
        id === null ? undefined : (await ctx.stores.people.listStaff()).find((p) => p.id === id);
      if (!target) return reply.callNotFound();
      if (!isRole(role)) return sendError(ctx, request, reply, 400, 'Choose a role.');
      if (
        target.id === me.id ||
        !canGrantRole(me.role, role) ||
        (target.role === 'owner' && me.role !== 'owner')
      )
        return sendError(ctx, request, reply, 403, 'You may not give that role to this person.');
      await ctx.stores.people.setRole(target.id, role);
      // Sessions read the role on every request, so the change applies at once.
      return reply.redirect('/admin/people', 303);
    },
  );
}
