// `dateline export [--out FILE]`: the site as a WordPress export, to a file or to stdout.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { systemClock } from '../domain/clock.ts';
import { openConfiguredDatabase } from '../main.ts';
import { ExportStore } from '../storage/import-store.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { createStores } from '../storage/stores.ts';
import { exportWordPress } from './export-wordpress.ts';

export const EXPORT_USAGE = `  export [--out FILE]
               Write the site as a WordPress export (WXR 1.2) to FILE, or to standard output`;

export async function exportCommand(args: string[]): Promise<number> {
  let out: string | undefined;
  try {
    ({
      values: { out },
    } = parseArgs({ args, strict: true, options: { out: { type: 'string' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage:\n${EXPORT_USAGE}`);
    return 2;
  }
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  // Written beside the target and renamed when complete: a failed export leaves no half file.
  const partial = out ? `${out}.partial` : null;
  try {
    await migrateToLatest(database);
    const settings = await createStores(database).settings.site();
    const stream = partial ? createWriteStream(partial) : process.stdout;
    const counts = await exportWordPress({
      store: new ExportStore(database.db),
      settings,
      publicUrl: config.publicUrl,
      out: stream,
      clock: systemClock,
    });
    if (partial && out) {
      stream.end();
      await finished(stream);
      await rename(partial, out);
    }
    const summary = Object.entries(counts)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    // The report goes to stderr: stdout may be the export itself.
    console.error(`Exported ${summary}${out ? ` to ${out}` : ''}.`);
    return 0;
  } catch (error) {
    if (partial) await rm(partial, { force: true });
    throw error;
  } finally {
    await database.close();
  }
}
