// Signed-in staff for admin tests: a person with a role and a password, and a cookie jar that
// carries their session and reads CSRF tokens from the pages it gets.
import { hashPassword } from '../../src/domain/people/passwords.ts';
import type { Role } from '../../src/domain/people/roles.ts';
import { form, FORM, type TestSite } from './site.ts';

export const STAFF_PASSWORD = 'correct horse battery staple';
let hashed: Promise<string> | undefined;

type Response = import('light-my-request').Response;

export interface Staff {
  id: number;
  name: string;
  email: string;
  cookie: string;
  csrf: string;
  get(url: string): Promise<Response>;
  post(
    url: string,
    fields: Record<string, string | number | (string | number)[]>,
  ): Promise<Response>;
  postJson(url: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

let counter = 0;

/** Creates a person with `role` and signs them in. */
export async function signedIn(site: TestSite, role: Role, name?: string): Promise<Staff> {
  const n = ++counter;
  const email = `${role}${n}@newsroom.example.test`;
  const personName = name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${n}`;
  const id = await site.stores.people.create({
    slug: `${role}-${n}`,
    name: personName,
    email,
    role,
    passwordHash: await (hashed ??= hashPassword(STAFF_PASSWORD)),
    now: site.clock.now,
  });
  const signIn = await site.app.inject({
    method: 'POST',
    url: '/admin/sign-in',
    headers: FORM,
    payload: form({ email, password: STAFF_PASSWORD }),
    remoteAddress: `10.1.${Math.floor(n / 250)}.${(n % 250) + 1}`,
  });
  const session = signIn.cookies.find((c) => c.name === 'dl_session');
  if (!session) throw new Error(`could not sign in as ${role}: ${signIn.statusCode}`);
  const cookie = `dl_session=${session.value}`;
  const account = await site.app.inject({ url: '/admin/account', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(account.body)?.[1] ?? '';
  const encode = (fields: Record<string, string | number | (string | number)[]>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(fields))
      for (const value of Array.isArray(v) ? v : [v]) params.append(k, String(value));
    return params.toString();
  };
  return {
    id,
    name: personName,
    email,
    cookie,
    csrf,
    get: (url) => site.app.inject({ url, headers: { cookie } }),
    post: (url, fields) =>
      site.app.inject({
        method: 'POST',
        url,
        headers: { ...FORM, cookie },
        payload: encode({ _csrf: csrf, ...fields }),
      }),
    postJson: (url, body, headers = {}) =>
      site.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf, ...headers },
        payload: JSON.stringify(body),
      }),
  };
}
