// The WordPress "Theme Unit Test" export, read where it lies (../shared, beside the project): it
// is real data nobody on this project wrote. Where it is missing the tests that need it are
// skipped with a notice, so a checkout without ../shared still passes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE = fileURLToPath(
  new URL('../../../../shared/fixtures/wordpress/themeunittestdata.wordpress.xml', import.meta.url),
);

let noticed = false;

/** For `test(..., { skip })`: false when the fixture is there. */
export function fixtureSkipReason(): string | false {
  if (existsSync(FIXTURE)) return false;
  const reason = `skipped: no fixture at ${FIXTURE}`;
  if (!noticed) console.log(`# ${reason}`);
  noticed = true;
  return reason;
}

/** The fixture's text; call only from tests that are not skipped. */
export const fixtureText = (): string => readFileSync(FIXTURE, 'utf8');

/** Values of one element across the raw file, CDATA unwrapped: an independent count. */
export function rawValues(text: string, element: string): string[] {
  const pattern = new RegExp(
    `<${element}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${element}>`,
    'g',
  );
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}
