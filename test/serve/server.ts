/** Starts the built `bin/snipgen.cjs serve` as a process on free loopback ports, for the serve tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { BIN, ROOT } from "../helpers/snipgen.js";

export interface Served {
  child: ChildProcess;
  httpPort: number;
  sipPort: number;
  /** Everything written on stderr so far. */
  stderr(): string;
  /** Resident memory of the server process, in MB (from /proc). */
  rssMB(): number;
  /** Sends the signal and resolves with the exit code (null: killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Whether the process is still running. */
  alive(): boolean;
}

/** `snipgen serve <args> --port 0 [--sip-port 0]`, resolved once every listening line is on stderr. */
export function startServe(args: string[] = [], { sip = true }: { sip?: boolean } = {}): Promise<Served> {
  const sipOnly = args.includes("--sip-only");
  const argv = [BIN, "serve", ...(sipOnly ? [] : ["--port", "0"]), ...(sip ? ["--sip-port", "0"] : []), ...args];
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  let exit: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve((exit = code))));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in 10 s: ${stderr}`)), 10_000);
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
      const http = /HTTP on http:\/\/[^:]+:(\d+)\//.exec(stderr);
      const sipLine = /SIP on sip:<code>@[^:]+:(\d+) /.exec(stderr);
      if ((http || sipOnly) && (sipLine || !sip)) {
        clearTimeout(timer);
        resolve({
          child,
          httpPort: http ? Number(http[1]) : 0,
          sipPort: sipLine ? Number(sipLine[1]) : 0,
          stderr: () => stderr,
          rssMB: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))![1]) / 1024,
          stop: async (signal = "SIGTERM") => {
            if (exit === undefined) child.kill(signal);
            return exited;
          },
          alive: () => exit === undefined,
        });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before listening: ${stderr}`));
    });
  });
}
