// Debian's Chromium driven by playwright-core. Where Chromium is missing the browser tests are
// skipped with a notice, except in CI (CI is set), where they must run.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or false when they can. */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI)
    throw new Error(`CI is set but Chromium is missing at ${CHROMIUM}; .ci/run installs it.`);
  const reason = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  console.log(`# ${reason}`);
  return reason;
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

export const SCREENSHOTS = path.resolve('test-output/screenshots');

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

let axeSource: Promise<string> | undefined;

/** axe-core's findings on the page as it is now, one line per rule broken (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (
            d: Document,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe.run(document),
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
