// `npm run bench`: requests per second and p99 latency for the article page of an article with
// 200 comments, next to a plain static file served by the same process in the same run. Machines
// are noisy (one run here swung by half), so the two are measured in turn over several rounds and
// the figure that matters is the median ratio, not either number alone.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const urls = await new Promise<{ article: string; staticFile: string }>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
});

async function measure(url: string) {
  const check = await fetch(url);
  if (check.status !== 200) throw new Error(`${url} answered ${check.status}`);
  const bytes = (await check.arrayBuffer()).byteLength;
  // Warm up (JIT, caches), then measure.
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bytes };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

try {
  const row = (name: string, r: Awaited<ReturnType<typeof measure>>) =>
    `${name.padEnd(34)}${r.rps.toFixed(0).padStart(9)}${r.p50.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}${String(r.bytes).padStart(10)}`;
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s each, ${ROUNDS} rounds, one server process\n`,
  );
  console.log(
    `${'request'.padEnd(34)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'bytes'.padStart(10)}`,
  );
  const ratios: number[] = [];
  const latencies: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const staticFile = await measure(urls.staticFile);
    const article = await measure(urls.article);
    console.log(row(`static file (reference), round ${round}`, staticFile));
    console.log(row(`article with 200 comments, round ${round}`, article));
    ratios.push(article.rps / staticFile.rps);
    latencies.push(article.p99 / Math.max(staticFile.p99, 0.001));
  }
  console.log(
    `\narticle / static (median of ${ROUNDS}): ${median(ratios).toFixed(3)} of the throughput, ` +
      `p99 ${median(latencies).toFixed(1)}x`,
  );
} finally {
  child.kill('SIGTERM');
}
