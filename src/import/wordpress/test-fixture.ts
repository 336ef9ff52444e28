// The WordPress "Theme Unit Test" export, read where it lies (../shared, beside the project): it
// is real data nobody on this project wrote. A clone made elsewhere (CI clones to a temporary
// folder) finds it at DATELINE_WORDPRESS_FIXTURE or where this project's machines keep it. Where it
// is missing the tests that need it are skipped with a notice, so a checkout without it passes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NAME = 'shared/fixtures/wordpress/themeunittestdata.wordpress.xml';
const CANDIDATES = [
  process.env.DATELINE_WORDPRESS_FIXTURE,
  fileURLToPath(new URL(`../../../../${NAME}`, import.meta.url)),
  `/work/${NAME}`,
].filter((f): f is string => Boolean(f));

export const FIXTURE = CANDIDATES.find((f) => existsSync(f)) ?? CANDIDATES[0]!;

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
