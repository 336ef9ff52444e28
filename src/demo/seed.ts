import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { renderCommentText } from '../domain/comments/comment-text.ts';
import { commentFingerprint } from '../domain/comments/post-comment.ts';
import { slugify } from '../domain/slug.ts';
import { portraitSvg } from './portraits.ts';
import type { Stores } from '../storage/stores.ts';
import type { DemoComment, DemoContent } from './demo-types.ts';

const HOUR = 3600_000;

/**
 * Fills an empty database with the demo newsroom. Does nothing when any article exists or the
 * demo was seeded before, so it is safe on every start. Returns whether it seeded.
 */
export async function seedDemo(
  stores: Stores,
  content: DemoContent,
  options: { dataDir: string; now: Date },
): Promise<boolean> {
  if ((await stores.articles.countAll()) > 0) return false;
  // Several instances may start on one empty database at once: only the one that claims the
  // seed runs it.
  if (!(await stores.settings.claimOnce('demo-content'))) return false;
  const { now } = options;

  await stores.settings.updateSite({
    title: content.site.title,
    tagline: content.site.tagline,
    language: content.site.language,
    timeZone: content.site.timeZone,
  });

  const sectionIds = new Map<string, number>();
  for (const [position, s] of content.sections.entries())
    sectionIds.set(s.slug, await stores.articles.createSection({ ...s, position }));

  const mediaDir = path.join(options.dataDir, 'media', 'demo');
  await mkdir(mediaDir, { recursive: true });
  const personIds = new Map<string, number>();
  for (const p of content.people) {
    const id = await stores.people.create({ slug: p.slug, name: p.name, bio: p.bio, now });
    personIds.set(p.key, id);
    if (!p.portrait) continue;
    const jpeg = await sharp(Buffer.from(portraitSvg(p.key)))
      .jpeg({ quality: 82 })
      .toBuffer();
    await writeFile(path.join(mediaDir, `portrait-${p.slug}.jpg`), jpeg);
    const photo = await stores.media.create(
      {
        file: `demo/portrait-${p.slug}.jpg`,
        mime: 'image/jpeg',
        width: 480,
        height: 480,
        bytes: jpeg.length,
        alt: `Portrait of ${p.name}`,
        caption: p.name,
        credit: content.site.title,
        source: '',
        mayRedistribute: true,
      },
      now,
    );
    await stores.people.setPhoto(id, photo);
  }
  // Rasterising is the slow part of a first start; sharp renders on its own threads, so all at once.
  const rendered = await Promise.all(
    content.images.map(async (image) => {
      const jpeg = await sharp(Buffer.from(image.svg()))
        .jpeg({ quality: 80, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      await writeFile(path.join(mediaDir, `${image.key}.jpg`), jpeg.data);
      return { image, width: jpeg.info.width, height: jpeg.info.height, bytes: jpeg.data.length };
    }),
  );
  const mediaIds = new Map<string, number>();
  for (const { image, width, height, bytes } of rendered)
    mediaIds.set(
      image.key,
      await stores.media.create(
        {
          file: `demo/${image.key}.jpg`,
          mime: 'image/jpeg',
          width,
          height,
          bytes,
          alt: image.alt,
          caption: image.caption,
          credit: image.credit,
          source: image.source ?? '',
          mayRedistribute: image.mayRedistribute,
        },
        now,
      ),
    );
  const lookup = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Demo content names an unknown ${what} "${key}"`);
    return value;
  };

  for (const a of content.articles) {
    const publishedAt = new Date(now.getTime() - a.publishedHoursAgo * HOUR);
    const articleId = await stores.articles.create({
      sectionId: lookup(sectionIds, a.section, 'section'),
      slug: a.slug,
      status: 'published',
      headline: a.headline,
      standfirst: a.standfirst,
      body: a.body((key) => lookup(mediaIds, key, 'image')),
      dateline: a.dateline && {
        place: a.dateline.place,
        date: a.dateline.dated ? publishedAt.toISOString().slice(0, 10) : null,
      },
      leadMediaId: lookup(mediaIds, a.leadImage, 'image'),
      bylines: a.bylines.map((b) => ({
        personId: lookup(personIds, b.person, 'person'),
        credit: b.credit ?? null,
      })),
      tags: a.tags.map((name) => ({ name, slug: slugify(name) })),
      commentsOpen: a.commentsOpen,
      publishedAt,
      createdAt: publishedAt,
      updatedAt:
        a.updatedHoursAgo === undefined
          ? publishedAt
          : new Date(now.getTime() - a.updatedHoursAgo * HOUR),
    });
    const addThread = async (
      comments: DemoComment[],
      parent: { id: number; number: number } | null,
    ) => {
      for (const c of comments) {
        const text = c.text.trim();
        const saved = await stores.comments.insert(
          {
            articleId,
            parentId: parent?.id ?? null,
            status: 'approved',
            authorName: c.name,
            authorEmail: c.email,
            authorUrl: c.url ?? '',
            authorIp: '192.0.2.1',
            authorUserAgent: 'Dateline demo content',
            personId: c.person ? lookup(personIds, c.person, 'person') : null,
            text,
            html: renderCommentText(text).html,
            fingerprint: commentFingerprint(parent?.number ?? null, {
              name: c.name,
              email: c.email,
              text,
            }),
            createdAt: new Date(publishedAt.getTime() + c.minutesAfterPublish * 60_000),
          },
          { outcome: 'approve', rule: 'demo-content', reason: 'Part of the demo content' },
        );
        await addThread(c.replies ?? [], saved);
      }
    };
    await addThread(a.comments, null);
    for (const c of a.corrections ?? [])
      await stores.articles.addCorrection(articleId, {
        kind: c.kind,
        text: c.text,
        createdAt: new Date(now.getTime() - c.hoursAgo * HOUR),
      });
    if (a.pinned) await stores.articles.pin(articleId, publishedAt);
  }
  return true;
}
