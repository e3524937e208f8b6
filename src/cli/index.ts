import { run } from "./main.js";

// process.argv.slice(2) rather than yargs' hideBin: importing yargs/helpers pulls yargs-parser onto every run.
const { stdout, stderr, exitCode } = await run(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = exitCode;
