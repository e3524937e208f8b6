import { UsageError } from "../errors.js";

/** The response date: SOURCE_DATE_EPOCH when set (reproducible output), otherwise now. */
export function responseDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds (got ${JSON.stringify(epoch)})`);
  return new Date(Number(epoch) * 1000);
}
