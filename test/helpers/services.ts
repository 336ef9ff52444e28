// What a test suite does when a server it needs (PostgreSQL, Redis) is not there: skip with a
// printed notice, or fail the run when DATELINE_REQUIRE_SERVICES=1 (set by .ci/run).

/** For `describe(..., { skip })`: false when the server answered (`problem` is null). */
export function skipWithoutService(
  service: string,
  where: string,
  problem: string | null,
): string | false {
  if (!problem) return false;
  if (process.env.DATELINE_REQUIRE_SERVICES === '1')
    throw new Error(`DATELINE_REQUIRE_SERVICES=1 but no ${service} at ${where}: ${problem}`);
  const reason = `skipped: no ${service} at ${where} (${problem})`;
  console.log(`# ${reason}`);
  return reason;
}
