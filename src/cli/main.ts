import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.ts';
import { openConfiguredDatabase, start } from '../main.ts';
import { DatabaseNewerThanCodeError, migrateToLatest } from '../storage/migrate.ts';
import { createUser } from '../domain/people/accounts.ts';
import { systemClock } from '../domain/clock.ts';
import { ROLES } from '../domain/people/roles.ts';
import { createStores } from '../storage/stores.ts';
import { EXPORT_USAGE, exportCommand } from '../export/export-command.ts';
import { IMPORT_USAGE, importCommand } from '../import/import-command.ts';

const USAGE = `Usage: dateline <command>

Commands:
  start        Migrate the database, add the demo newsroom to an empty site, and serve it
  migrate      Apply pending database migrations and exit
  create-user  --email E --name N --role ROLE
               Create a staff account; the password comes from DATELINE_PASSWORD, or is
               asked for on a terminal. Roles: ${ROLES.join(', ')}
${IMPORT_USAGE}
${EXPORT_USAGE}
  help         Show this help

Configuration comes from the environment (see README.md): PORT, HOST, DATELINE_DATA,
DATELINE_URL, DATABASE_URL, DATELINE_DEMO, DATELINE_TRUST_PROXY.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  });
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
    case 'create-user': {
      const { email, name, role } = values;
      if (typeof email !== 'string' || typeof name !== 'string' || typeof role !== 'string') {
        console.error('create-user needs --email, --name and --role.');
        return 2;
      }
      const password = process.env.DATELINE_PASSWORD ?? (await askPassword());
      if (password === null) {
        console.error('Set DATELINE_PASSWORD, or run this on a terminal to be asked for it.');
        return 2;
      }
      const database = await openConfiguredDatabase(readConfig());
      try {
        await migrateToLatest(database);
        const result = await createUser(
          { people: createStores(database).people, clock: systemClock },
          { email, name, role, password },
        );
        if (!result.ok) {
          for (const problem of Object.values(result.errors)) console.error(problem);
          return 1;
        }
        console.log(
          `Created ${role} ${name} <${email.trim().toLowerCase()}>. They can sign in at /admin.`,
        );
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'import':
      return importCommand(argv.slice(1));
    case 'export':
      return exportCommand(argv.slice(1));
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

/** Asks for a password on the terminal without echoing it; null when there is no terminal. */
async function askPassword(): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      let typed = '';
      process.stdin.setRawMode(true);
      process.stdin.resume();
      const onData = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            process.stdin.setRawMode(false);
            process.stdin.pause();
            process.stdin.off('data', onData);
            process.stdout.write('\n');
            resolve(typed);
            return;
          }
          if (ch === '\u0003') process.exit(130);
          typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
        }
      };
      process.stdin.on('data', onData);
    });
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  if (first !== second) {
    console.error('The two passwords differ.');
    return null;
  }
  return first;
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
