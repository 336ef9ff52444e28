import type { Kysely } from 'kysely';
import { isRole, type Role } from '../domain/people/roles.ts';
import { slugify } from '../domain/slug.ts';
import type { OwnerSetupPorts } from '../domain/people/set-up-owner.ts';
import type { SessionPorts } from '../domain/people/sign-in.ts';
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

export class PeopleStore implements OwnerSetupPorts, SessionPorts {
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
