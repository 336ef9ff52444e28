// Newsrooms schedule in their own time zone ("publish at 06:00 London time"); instants are
// stored in UTC. These convert between a wall-clock time in a zone and an instant, with no
// library: Intl knows every zone's offsets.

const partsFormatter = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string) {
  let f = partsFormatter.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatter.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
}

/** The zone's offset from UTC at that instant, in milliseconds. */
const offsetAt = (instant: Date, timeZone: string) =>
  wallClock(instant, timeZone) - Math.floor(instant.getTime() / 1000) * 1000;

/**
 * The instant a wall-clock time ("2026-11-27T06:00") names in a zone, or null if malformed. In
 * the hour skipped by a daylight-saving change, the later reading wins.
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  if (Number.isNaN(asUtc)) return null;
  const guess = new Date(asUtc - offsetAt(new Date(asUtc), timeZone));
  // Once more at the guess: the offset there may differ (a DST change between the two).
  return new Date(asUtc - offsetAt(guess, timeZone));
}

/** "2026-11-27T06:00:59": the wall-clock time of an instant in a zone, to the second. */
export function wallClockTime(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 19);
}

/** "2026-11-27T06:00": the wall-clock time of an instant in a zone, for datetime-local inputs. */
export function instantToZoned(instant: Date, timeZone: string): string {
  return wallClockTime(instant, timeZone).slice(0, 16);
}
