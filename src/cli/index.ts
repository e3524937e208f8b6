import { hideBin } from "yargs/helpers";
import { run } from "./main.js";

const { stdout, stderr, exitCode } = await run(hideBin(process.argv));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = exitCode;
