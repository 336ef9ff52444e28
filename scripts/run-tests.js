// Runs every *.test.ts / *.test.tsx file under src/ and test/ with node:test through tsx.
// (Node 20's own --test cannot glob TypeScript files.) Extra arguments are passed to node --test,
// e.g. `npm test -- --test-name-pattern=flood`; file paths narrow the run.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : find(full);
    return /\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
const targets = (
  files.length ? files.map((f) => path.resolve(f)) : ['src', 'test'].map((d) => path.join(root, d))
)
  .flatMap((f) => (statSync(f).isDirectory() ? find(f) : [f]))
  .sort();

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...targets],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
