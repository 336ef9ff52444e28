import type { MediaItem } from './media.ts';

// An article may not be published while a picture it shows has no alt text: a reader who cannot
// see the picture would get nothing (a caption says what the picture is about, not what it shows).

/** What the rule needs to know about a picture. */
export type AltTextSubject = Pick<MediaItem, 'id' | 'alt' | 'filename' | 'caption'>;

/**
 * Finds pictures by id (e.g. the article store's `findMedia`), or the pictures already loaded;
 * ids it does not know are simply absent from the answer.
 */
export type MediaLookup =
  | ((ids: number[]) => Promise<ReadonlyMap<number, AltTextSubject>>)
  | ReadonlyMap<number, AltTextSubject>;

export interface AltTextProblem {
  mediaId: number;
  /** A sentence for the editor, naming the picture. */
  message: string;
}

/** True when a picture has no usable alt text (whitespace does not count). */
export const needsAltText = (media: Pick<MediaItem, 'alt'>): boolean => media.alt.trim() === '';

/** The ids of the pictures an article shows: its lead picture first, then those in its body. */
export function mediaUsedBy(article: {
  leadMediaId: number | null;
  inlineMediaIds: readonly number[];
}): number[] {
  const ids = article.leadMediaId === null ? [] : [article.leadMediaId];
  return [...new Set([...ids, ...article.inlineMediaIds])];
}

/** How an editor recognises the picture: its file name, else the start of its caption. */
function describe(media: AltTextSubject): string {
  if (media.filename.trim()) return `“${media.filename.trim()}”`;
  const caption = media.caption.trim();
  if (caption) return `“${caption.length > 60 ? `${caption.slice(0, 59)}…` : caption}”`;
  return `number ${media.id}`;
}

/**
 * One problem per picture (in the order given, each once) that has no alt text. Ids the lookup
 * does not find are not this rule's concern: a missing picture is not shown at all.
 */
export async function missingAltText(
  mediaIds: Iterable<number>,
  lookup: MediaLookup,
): Promise<AltTextProblem[]> {
  const ids = [...new Set(mediaIds)];
  if (ids.length === 0) return [];
  const found = typeof lookup === 'function' ? await lookup(ids) : lookup;
  return ids.flatMap((id) => {
    const media = found.get(id);
    if (!media || !needsAltText(media)) return [];
    return [
      {
        mediaId: id,
        message: `The picture ${describe(media)} has no alt text. Describe what it shows for readers who cannot see it, then publish.`,
      },
    ];
  });
}
