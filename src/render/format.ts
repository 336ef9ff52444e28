// Dates as readers read them, in the site's language and time zone. Intl formatters are costly
// to build, so each is built once per language and zone.

export interface TimeView {
  /** For `<time datetime>`: UTC, to the second. */
  readonly iso: string;
  readonly text: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(
  language: string,
  timeZone: string,
  kind: 'dateTime' | 'date' | 'dayMonth',
): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'dateTime'
        ? {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZoneName: 'short',
            timeZone,
          }
        : kind === 'date'
          ? { day: 'numeric', month: 'long', year: 'numeric', timeZone }
          : { day: 'numeric', month: 'long', timeZone };
    f = new Intl.DateTimeFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

// Formatting a date costs microseconds, and an article page shows hundreds (one per comment):
// remember each second shown recently, per language and zone. Bounded, so it cannot grow
// without limit.
const shown = new Map<string, Map<number, TimeView>>();
const SHOWN_LIMIT = 20_000;

export function timeView(date: Date, language: string, timeZone: string): TimeView {
  const zone = `${language}|${timeZone}`;
  let seconds = shown.get(zone);
  if (!seconds) shown.set(zone, (seconds = new Map()));
  const second = Math.floor(date.getTime() / 1000);
  let view = seconds.get(second);
  if (view === undefined) {
    view = {
      iso: new Date(second * 1000).toISOString().replace('.000Z', 'Z'),
      text: formatter(language, timeZone, 'dateTime').format(date),
    };
    if (seconds.size >= SHOWN_LIMIT) seconds.clear();
    seconds.set(second, view);
  }
  return view;
}

export function dateText(date: Date, language: string, timeZone: string): string {
  return formatter(language, timeZone, 'date').format(date);
}

/** "LISBON:" or "LISBON, 12 November:" for a dateline with a calendar date (YYYY-MM-DD). */
export function datelineText(
  dateline: { place: string; date: string | null },
  language: string,
): string {
  const place = dateline.place.trim().toLocaleUpperCase(language);
  if (!dateline.date) return `${place}:`;
  const day = new Date(`${dateline.date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return `${place}:`;
  return `${place}, ${formatter(language, 'UTC', 'dayMonth').format(day)}:`;
}
