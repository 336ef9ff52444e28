import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.ts';
import { openConfiguredDatabase, start } from '../main.ts';
import { DatabaseNewerThanCodeError, migrateToLatest } from '../storage/migrate.ts';

const USAGE = `Usage: dateline <command>

Commands:
  start     Migrate the database, add the demo newsroom to an empty site, and serve it
  migrate   Apply pending database migrations and exit
  help      Show this help

Configuration comes from the environment (see README.md): PORT, HOST, DATELINE_DATA,
DATELINE_URL, DATABASE_URL, DATELINE_DEMO, DATELINE_TRUST_PROXY.`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const command = positionals[0] ?? 'help';
  switch (command) {
    case 'start': {
      const running = await start(readConfig());
      const stop = async () => {
        await running.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1; // keep running
    }
    case 'migrate': {
      const database = await openConfiguredDatabase(readConfig());
      try {
        const { applied } = await migrateToLatest(database);
        console.log(
          applied.length
            ? `Applied ${applied.length} migration(s) to ${database.describe}: ${applied.join(', ')}`
            : `${database.describe} is up to date.`,
        );
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseNewerThanCodeError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
