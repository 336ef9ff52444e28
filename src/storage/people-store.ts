import type { Kysely } from 'kysely';
import { isRole, type Role } from '../domain/people/roles.ts';
import { slugify } from '../domain/slug.ts';
import type { OwnerSetupPorts } from '../domain/people/set-up-owner.ts';
import type { SessionPorts } from '../domain/people/sign-in.ts';
import type { AccountPorts } from '../domain/people/accounts.ts';
import type { MediaItem } from '../domain/media/media.ts';
import { toMediaItem } from './article-store.ts';
import { writeTime } from './dialect.ts';
import type { Database } from './schema.ts';

const OWNER_SETUP = 'owner-setup';

export interface SignedInPerson {
  id: number;
  name: string;
  email: string;
  role: Role | null;
}

export interface PersonListItem {
  id: number;
  name: string;
  slug: string;
  email: string | null;
  role: Role | null;
  /** Has chosen a password (an invited person has not, yet). */
  active: boolean;
}

export class PeopleStore implements OwnerSetupPorts, SessionPorts, AccountPorts {
  constructor(private readonly db: Kysely<Database>) {}

  async create(person: {
    slug: string;
    name: string;
    email?: string | null;
    role?: Role | null;
    bio?: string;
    passwordHash?: string | null;
    now: Date;
  }): Promise<number> {
    const at = writeTime(person.now);
    const { id } = await this.db
      .insertInto('people')
      .values({
        slug: person.slug,
        name: person.name,
        email: person.email ? person.email.trim().toLowerCase() : null,
        role: person.role ?? null,
        bio: person.bio ?? '',
        password_hash: person.passwordHash ?? null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async ownerHasPassword(): Promise<boolean> {
    const row = await this.db
      .selectFrom('people')
      .select('id')
      .where('role', '=', 'owner')
      .where('password_hash', 'is not', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  async saveSetupToken(tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('tokens').where('purpose', '=', OWNER_SETUP).execute();
      await trx
        .insertInto('tokens')
        .values({
          purpose: OWNER_SETUP,
          token_hash: tokenHash,
          person_id: null,
          created_at: writeTime(now),
          expires_at: writeTime(expiresAt),
          used_at: null,
        })
        .execute();
    });
  }

  async findSetupToken(tokenHash: string, now: Date): Promise<{ id: number } | null> {
    const row = await this.db
      .selectFrom('tokens')
      .select('id')
      .where('purpose', '=', OWNER_SETUP)
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', writeTime(now))
      .executeTakeFirst();
    return row ?? null;
  }

  async createOwner(
    owner: { name: string; email: string; passwordHash: string; now: Date },
    tokenId: number,
  ): Promise<{ id: number }> {
    const at = writeTime(owner.now);
    return this.db.transaction().execute(async (trx) => {
      // Spend the token first: of two submissions at once, only one finds it unused.
      const spent = await trx
        .updateTable('tokens')
        .set({ used_at: at })
        .where('id', '=', tokenId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) !== 1) throw new Error('This setup link has been used.');
      const existing = await trx
        .selectFrom('people')
        .select('id')
        .where('email', '=', owner.email)
        .executeTakeFirst();
      if (existing) {
        await trx
          .updateTable('people')
          .set({
            name: owner.name,
            role: 'owner',
            password_hash: owner.passwordHash,
            updated_at: at,
          })
          .where('id', '=', existing.id)
          .execute();
        return existing;
      }
      return trx
        .insertInto('people')
        .values({
          slug: await uniqueSlug(trx, owner.name),
          name: owner.name,
          email: owner.email,
          role: 'owner',
          password_hash: owner.passwordHash,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    });
  }

  async findPersonForSignIn(email: string) {
    const row = await this.db
      .selectFrom('people')
      .select(['id', 'role', 'password_hash'])
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row
      ? { id: row.id, role: isRole(row.role) ? row.role : null, passwordHash: row.password_hash }
      : null;
  }

  async createSession(session: {
    tokenHash: string;
    personId: number;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
  }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.tokenHash,
        person_id: session.personId,
        csrf_token: session.csrfToken,
        created_at: writeTime(session.now),
        expires_at: writeTime(session.expiresAt),
        last_seen_at: writeTime(session.now),
      })
      .execute();
  }

  async findSession(
    tokenHash: string,
    now: Date,
  ): Promise<{ person: SignedInPerson; csrfToken: string } | null> {
    const row = await this.db
      .selectFrom('sessions as s')
      .innerJoin('people as p', 'p.id', 's.person_id')
      .select(['p.id', 'p.name', 'p.email', 'p.role', 's.csrf_token'])
      .where('s.id', '=', tokenHash)
      .where('s.expires_at', '>', writeTime(now))
      .where('p.password_hash', 'is not', null)
      .executeTakeFirst();
    if (!row) return null;
    return {
      person: {
        id: row.id,
        name: row.name,
        email: row.email ?? '',
        role: isRole(row.role) ? row.role : null,
      },
      csrfToken: row.csrf_token,
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', tokenHash).execute();
  }

  /** Signs a person out everywhere. */
  async deleteSessions(personId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('person_id', '=', personId).execute();
  }

  async findByEmail(email: string) {
    const row = await this.db
      .selectFrom('people')
      .select(['id', 'name', 'password_hash'])
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row ? { id: row.id, name: row.name, hasPassword: row.password_hash !== null } : null;
  }

  async createPerson(person: {
    name: string;
    email: string;
    role: Role;
    passwordHash: string | null;
    now: Date;
  }): Promise<number> {
    return this.create({
      slug: await uniqueSlug(this.db, person.name),
      name: person.name,
      email: person.email,
      role: person.role,
      passwordHash: person.passwordHash,
      now: person.now,
    });
  }

  async setRole(personId: number, role: Role | null): Promise<void> {
    await this.db.updateTable('people').set({ role }).where('id', '=', personId).execute();
  }

  async saveToken(token: {
    purpose: 'invitation' | 'password-reset';
    personId: number;
    hash: string;
    now: Date;
    expiresAt: Date;
  }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // A new link replaces the person's earlier one of the same kind.
      await trx
        .deleteFrom('tokens')
        .where('purpose', '=', token.purpose)
        .where('person_id', '=', token.personId)
        .execute();
      await trx
        .insertInto('tokens')
        .values({
          purpose: token.purpose,
          token_hash: token.hash,
          person_id: token.personId,
          created_at: writeTime(token.now),
          expires_at: writeTime(token.expiresAt),
          used_at: null,
        })
        .execute();
    });
  }

  async findToken(purpose: 'invitation' | 'password-reset', hash: string, now: Date) {
    const row = await this.db
      .selectFrom('tokens as t')
      .innerJoin('people as p', 'p.id', 't.person_id')
      .select(['t.id', 'p.id as person_id', 'p.name', 'p.email'])
      .where('t.purpose', '=', purpose)
      .where('t.token_hash', '=', hash)
      .where('t.used_at', 'is', null)
      .where('t.expires_at', '>', writeTime(now))
      .executeTakeFirst();
    return row
      ? { id: row.id, personId: row.person_id, name: row.name, email: row.email ?? '' }
      : null;
  }

  async setPasswordWithToken(change: {
    tokenId: number;
    personId: number;
    passwordHash: string;
    name?: string;
    now: Date;
  }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const spent = await trx
        .updateTable('tokens')
        .set({ used_at: writeTime(change.now) })
        .where('id', '=', change.tokenId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) !== 1) throw new Error('This link has been used.');
      await trx
        .updateTable('people')
        .set({
          password_hash: change.passwordHash,
          ...(change.name !== undefined ? { name: change.name } : {}),
          updated_at: writeTime(change.now),
        })
        .where('id', '=', change.personId)
        .execute();
      await trx.deleteFrom('sessions').where('person_id', '=', change.personId).execute();
    });
  }

  /** Everyone with a role, for the people page. */
  async listStaff(): Promise<PersonListItem[]> {
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'name', 'slug', 'email', 'role', 'password_hash'])
      .where('role', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      slug: r.slug,
      email: r.email,
      role: isRole(r.role) ? r.role : null,
      active: r.password_hash !== null,
    }));
  }

  /** Everyone who can be in a byline (staff and agencies alike). */
  async listBylinePeople(): Promise<{ id: number; name: string }[]> {
    return this.db
      .selectFrom('people')
      .select(['id', 'name'])
      .orderBy('name')
      .orderBy('id')
      .execute();
  }

  /** A person as their public author page shows them; null if they have no such page. */
  async findAuthor(slug: string): Promise<{
    id: number;
    name: string;
    slug: string;
    bio: string;
    photo: MediaItem | null;
  } | null> {
    const row = await this.db
      .selectFrom('people as p')
      .select(['p.id', 'p.name', 'p.slug', 'p.bio', 'p.photo_media_id'])
      .where('p.slug', '=', slug)
      .executeTakeFirst();
    if (!row) return null;
    const photo =
      row.photo_media_id === null
        ? undefined
        : await this.db
            .selectFrom('media')
            .selectAll()
            .where('id', '=', row.photo_media_id)
            .executeTakeFirst();
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      bio: row.bio,
      photo: photo ? toMediaItem(photo) : null,
    };
  }

  /** People with at least one published article to their name, for sitemaps. */
  async listAuthors(now: Date): Promise<{ slug: string }[]> {
    return this.db
      .selectFrom('people as p')
      .select('p.slug')
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('article_bylines as b')
            .innerJoin('articles as a', 'a.id', 'b.article_id')
            .select('b.article_id')
            .whereRef('b.person_id', '=', 'p.id')
            .where('a.status', '=', 'published')
            .where('a.published_at', '<=', writeTime(now)),
        ),
      )
      .orderBy('p.id')
      .execute();
  }

  async setPhoto(personId: number, mediaId: number | null): Promise<void> {
    await this.db
      .updateTable('people')
      .set({ photo_media_id: mediaId })
      .where('id', '=', personId)
      .execute();
  }
}

async function uniqueSlug(db: Kysely<Database>, name: string): Promise<string> {
  const base = slugify(name) || 'person';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await db
      .selectFrom('people')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!taken) return slug;
  }
}
