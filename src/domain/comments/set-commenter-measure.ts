import { isIP } from 'node:net';
import type { Clock } from '../clock.ts';
import { can, type Role } from '../people/roles.ts';

export const MEASURE_KINDS = ['hold', 'ban'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MEASURE_MATCHES = ['email', 'ip'] as const;
export type MeasureMatch = (typeof MEASURE_MATCHES)[number];

/** The longest a measure can last when it has an end; longer ones are "until lifted". */
export const MAX_MEASURE_DAYS = 3650;
export const MAX_MEASURE_NOTE = 500;

export interface MeasurePorts {
  addMeasure(measure: {
    kind: MeasureKind;
    match: MeasureMatch;
    /** Email addresses are stored lower-cased: bans match them in any case. */
    value: string;
    note: string;
    expiresAt: Date | null;
    personId: number;
    at: Date;
  }): Promise<number>;
  /** Ends a measure now (it stays listed as lifted); false if there is none. */
  liftMeasure(id: number, at: Date): Promise<boolean>;
}

export interface MeasureInput {
  kind: string;
  match: string;
  value: string;
  /** Whole days; '' or '0' for no end. */
  days: string;
  note: string;
}

export type MeasureResult =
  | { ok: true; id: number }
  | { ok: false; status: 400 | 403; reason: string; field?: keyof MeasureInput };

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Hold everything from, or ban, an email address or an IP address, for a time or until lifted. */
export async function setCommenterMeasure(
  deps: { measures: MeasurePorts; clock: Clock },
  moderator: { id: number; role: Role | null },
  input: MeasureInput,
): Promise<MeasureResult> {
  if (!can(moderator.role, 'moderate_comments'))
    return { ok: false, status: 403, reason: 'You may not hold or ban commenters.' };
  const kind = MEASURE_KINDS.find((k) => k === input.kind);
  if (!kind) return { ok: false, status: 400, reason: 'Choose to hold or to ban.', field: 'kind' };
  const match = MEASURE_MATCHES.find((m) => m === input.match);
  if (!match)
    return {
      ok: false,
      status: 400,
      reason: 'Choose an email address or an IP address.',
      field: 'match',
    };
  const value = match === 'email' ? input.value.trim().toLowerCase() : input.value.trim();
  if (match === 'email' ? !EMAIL.test(value) || value.length > 100 : isIP(value) === 0)
    return {
      ok: false,
      status: 400,
      reason:
        match === 'email'
          ? 'Enter the email address to match, like name@example.com.'
          : 'Enter an IP address, like 203.0.113.7 or 2001:db8::1.',
      field: 'value',
    };
  const days = input.days.trim() === '' ? 0 : Number(input.days);
  if (!Number.isInteger(days) || days < 0 || days > MAX_MEASURE_DAYS)
    return {
      ok: false,
      status: 400,
      reason: `Enter a whole number of days from 1 to ${MAX_MEASURE_DAYS}, or leave it empty for no end.`,
      field: 'days',
    };
  const note = input.note.trim();
  if (note.length > MAX_MEASURE_NOTE)
    return {
      ok: false,
      status: 400,
      reason: `Keep the note under ${MAX_MEASURE_NOTE} characters.`,
      field: 'note',
    };
  const now = deps.clock();
  const id = await deps.measures.addMeasure({
    kind,
    match,
    value,
    note,
    expiresAt: days === 0 ? null : new Date(now.getTime() + days * 86_400_000),
    personId: moderator.id,
    at: now,
  });
  return { ok: true, id };
}

export async function liftCommenterMeasure(
  deps: { measures: MeasurePorts; clock: Clock },
  moderator: { id: number; role: Role | null },
  id: number,
): Promise<{ ok: true } | { ok: false; status: 403 | 404; reason: string }> {
  if (!can(moderator.role, 'moderate_comments'))
    return { ok: false, status: 403, reason: 'You may not lift measures.' };
  return (await deps.measures.liftMeasure(id, deps.clock()))
    ? { ok: true }
    : { ok: false, status: 404, reason: 'There is no such measure.' };
}
