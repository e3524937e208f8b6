import { run } from "./main.js";

// process.argv.slice(2) rather than yargs' hideBin: importing yargs/helpers pulls yargs-parser onto every run.
void run(process.argv.slice(2)).then(({ stdout, stderr, exitCode }) => {
  if (stderr) process.stderr.write(stderr);
  // Exit as soon as stdout is flushed: left alone, Node would wait for V8's background work (optimizing the
  // Java formatter's WebAssembly grammar, about 150 ms here) that this run no longer needs.
  process.stdout.write(stdout, () => process.exit(exitCode));
});
