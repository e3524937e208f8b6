import { spawnSync } from "node:child_process";

/** Set by .ci/run: a missing toolchain fails its tests instead of skipping them. */
export const REQUIRED = process.env.SNIPGEN_REQUIRE_RUNTIMES === "1";

/** Whether a command runs here (exit status 0). */
export function commandWorks(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

/**
 * The `skip` option of a test that needs a toolchain: the reason when it is missing, or false, so the
 * test runs (and fails) when it is missing under SNIPGEN_REQUIRE_RUNTIMES=1.
 */
export function skipWhenMissing(missing: string | null): string | false {
  return missing && !REQUIRED ? missing : false;
}

/** skipWhenMissing for a command: "<cmd> is not installed" when `cmd args` does not run. */
export function skipUnlessRuns(cmd: string, args: string[]): string | false {
  return skipWhenMissing(commandWorks(cmd, args) ? null : `${cmd} is not installed`);
}
