// Thumbnails of media records, by id. The document stores only a mediaId, so the editor learns
// what a photo looks like from the media library (when one is picked, or by a lookup on load) and
// figures already on screen redraw themselves when their picture becomes known.

export interface MediaSummary {
  id: number;
  thumb: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  source: string;
}

const known = new Map<number, MediaSummary>();
const listeners = new Set<() => void>();

export const mediaById = (id: number): MediaSummary | undefined => known.get(id);

export function rememberMedia(items: MediaSummary[]): void {
  let added = false;
  for (const item of items) {
    if (!known.has(item.id)) added = true;
    known.set(item.id, item);
  }
  if (added) for (const listener of listeners) listener();
}

/** Calls back whenever new pictures become known; returns the unsubscribe function. */
export function onMediaKnown(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the media library's JSON answer, keeping only well-formed items. */
export function parseMediaItems(data: unknown): MediaSummary[] {
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const size = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.round(v) : 0);
  return items.flatMap((raw: Record<string, unknown> | null) => {
    if (!raw || !Number.isInteger(raw.id) || typeof raw.thumb !== 'string') return [];
    return [
      {
        id: raw.id as number,
        thumb: raw.thumb,
        width: size(raw.width),
        height: size(raw.height),
        alt: text(raw.alt),
        caption: text(raw.caption),
        credit: text(raw.credit),
        source: text(raw.source),
      },
    ];
  });
}

/** Asks the media library for pictures matching `query`. */
export async function searchMedia(mediaUrl: string, query: string): Promise<MediaSummary[]> {
  const url = new URL(mediaUrl, window.location.href);
  url.searchParams.set('q', query);
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`The media library answered ${response.status}`);
  const items = parseMediaItems(await response.json());
  rememberMedia(items);
  return items;
}
