// `dateline import wordpress FILE.xml [--media-dir DIR] [--time-zone ZONE]` and
// `dateline import disqus FILE.xml`: the imports from a terminal, with a progress line and a
// report of what came in, what was left out and what changed on the way.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { systemClock } from '../domain/clock.ts';
import { openConfiguredDatabase } from '../main.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { createStores } from '../storage/stores.ts';
import { DisqusParseError } from './disqus/disqus-reader.ts';
import { importDisqus } from './import-disqus.ts';
import { formatSummary, progressLine, type ImportProgress } from './import-report.ts';
import { importWordPress } from './import-wordpress.ts';
import { isTimeZone } from './wordpress/item-mapping.ts';
import { WxrParseError } from './wordpress/wxr-reader.ts';

export const IMPORT_USAGE = `  import wordpress FILE.xml [--media-dir DIR] [--time-zone ZONE]
               Import a WordPress export (Tools → Export): authors, categories, tags, posts,
               pages, comments, attachments and old addresses. --media-dir is a copy of the old
               site's wp-content/uploads, whose pictures are copied in; --time-zone is the old
               site's zone (default: this site's). Running it again changes nothing.
  import disqus FILE.xml
               Import a Disqus export's comments onto the articles they were left on`;

/** Progress on stderr: one line rewritten in place on a terminal, a line now and then if not. */
function progressPrinter(stream: NodeJS.WriteStream) {
  let last = 0;
  let phase = '';
  let width = 0;
  return {
    update(progress: ImportProgress) {
      const line = progressLine(progress);
      const now = Date.now();
      if (stream.isTTY) {
        if (now - last < 100 && progress.phase === phase) return;
        stream.write(`\r${line.padEnd(width)}`);
        width = line.length;
      } else if (progress.phase !== phase || now - last >= 5000) {
        stream.write(`${line}\n`);
      }
      last = now;
      phase = progress.phase;
    },
    end() {
      if (stream.isTTY && width) stream.write('\n');
    },
  };
}

export async function importCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { 'media-dir': { type: 'string' }, 'time-zone': { type: 'string' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage:\n${IMPORT_USAGE}`);
    return 2;
  }
  const [format, file] = parsed.positionals;
  const { values } = parsed;
  if ((format !== 'wordpress' && format !== 'disqus') || !file || parsed.positionals.length > 2) {
    console.error(`Usage:\n${IMPORT_USAGE}`);
    return 2;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    console.error(`There is no file at ${file}.`);
    return 2;
  }
  const mediaDir = values['media-dir'];
  if (mediaDir && !(await stat(mediaDir).catch(() => null))?.isDirectory()) {
    console.error(`--media-dir: there is no folder at ${mediaDir}.`);
    return 2;
  }
  const zone = values['time-zone'];
  if (zone !== undefined && !isTimeZone(zone)) {
    console.error(`--time-zone: "${zone}" is not a time zone (use a name like Europe/London).`);
    return 2;
  }

  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  const progress = progressPrinter(process.stderr);
  try {
    await migrateToLatest(database);
    const stores = createStores(database);
    const open = () => createReadStream(file);
    let summary;
    if (format === 'wordpress') {
      const timeZone = zone ?? (await stores.settings.site()).timeZone;
      const result = await importWordPress({
        open,
        fileName: path.basename(file),
        store: stores.imports,
        timeZone,
        ...(mediaDir
          ? { media: { dataDir: config.dataDir, mediaDir: path.resolve(mediaDir) } }
          : {}),
        clock: systemClock,
        onProgress: (p) => progress.update(p),
      });
      progress.end();
      console.log(
        `Imported ${result.site.title || 'a WordPress site'} (${result.source.replace(/^wordpress:/, '')}) into ${database.describe}.`,
      );
      summary = result.summary;
    } else {
      const result = await importDisqus({
        open,
        store: stores.imports,
        clock: systemClock,
        onProgress: (p) => progress.update(p),
      });
      progress.end();
      console.log(`Imported Disqus comments (${result.source}) into ${database.describe}.`);
      summary = result.summary;
    }
    console.log(formatSummary(summary).join('\n'));
    return 0;
  } catch (error) {
    progress.end();
    if (error instanceof WxrParseError || error instanceof DisqusParseError) {
      // The WXR reader names the file itself; the Disqus reader gives line and column only.
      console.error(error instanceof WxrParseError ? error.message : `${file}:${error.message}`);
      console.error('Everything imported before this point is kept; fix the file and run again.');
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
