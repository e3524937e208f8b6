/**
 * Kamailio's configuration language for the test layers: no tree-sitter grammar exists for it, so its
 * own parser checks every file (`kamailio -c`), and strings are evaluated by Kamailio itself: each
 * literal is sent back in a reply header and read off the wire.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { withTempDir } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

const runs = () => spawnSync("kamailio", ["-v"], { stdio: "ignore" }).status === 0;

/** A whole configuration around a request_route block, as the check and the evaluation need it. */
export const MINIMAL = (route: string) =>
  `#!KAMAILIO\nlog_stderror=yes\nchildren=1\ndisable_tcp=yes\n\nloadmodule "pv.so"\nloadmodule "sl.so"\nloadmodule "textops.so"\n\n${route}\n`;

/** Starts Kamailio on a free port with argv[1], sends N OPTIONS (X-N: i), prints each reply body as hex. */
const ASK = `import os, signal, socket, subprocess, sys, time
cfg, n = sys.argv[1], int(sys.argv[2])
probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
k = subprocess.Popen(["kamailio", "-f", cfg, "-DD", "-E", "-Y", ".", "-l", f"udp:127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); me = s.getsockname()[1]; s.settimeout(0.3)
try:
    for i in range(n):
        req = (f"OPTIONS sip:x@127.0.0.1 SIP/2.0\\r\\nVia: SIP/2.0/UDP 127.0.0.1:{me};branch=z9hG4bK-{i}\\r\\nFrom: <sip:a@x>;tag=1\\r\\n"
               f"To: <sip:x@127.0.0.1>\\r\\nCall-ID: {i}@x\\r\\nCSeq: 1 OPTIONS\\r\\nX-N: {i}\\r\\nContent-Length: 0\\r\\n\\r\\n").encode()
        deadline = time.time() + 15
        while True:
            s.sendto(req, ("127.0.0.1", port))
            try:
                data = s.recv(65535)
                break
            except socket.timeout:
                if time.time() > deadline or k.poll() is not None:
                    sys.exit("no answer from kamailio: " + k.stderr.read().decode()[-2000:] if k.poll() is not None else "no answer")
        print("=" + data.split(b"\\r\\n\\r\\n", 1)[1].hex())
finally:
    # Kamailio forks its workers: stop the whole group, not only the main process.
    os.killpg(k.pid, signal.SIGKILL)
`;

const checks: LanguageChecks = {
  grammar: null,
  native: {
    name: "kamailio -c",
    async check(sources) {
      return withTempDir(Object.fromEntries(sources.map((s, i) => [`s${i}.cfg`, s.startsWith("#!KAMAILIO") ? s : MINIMAL(s)])), (dir) =>
        sources.map((_, i) => {
          const r = spawnSync("kamailio", ["-c", "-f", join(dir, `s${i}.cfg`)], { encoding: "utf8" });
          return r.status === 0 ? null : (r.stderr.split("\n").find((l) => /ERROR|CRITICAL/.test(l)) ?? r.stderr.slice(-500));
        }),
      );
    },
  },
  evaluate: {
    missing: () => (runs() ? null : "kamailio is not installed (Debian package kamailio)"),
    // Kamailio itself evaluates each literal: the reply to request i carries literal i as its body,
    // read off the wire (a small Python UAC starts Kamailio, asks, and prints each body as hex).
    strings(literals) {
      const route = [
        "request_route {",
        ...literals.map(
          (l, i) => `    if ($hdr(X-N) == "${i}") {\n        set_reply_body(${l}, "text/plain");\n        sl_send_reply("200", "OK");\n        exit;\n    }`,
        ),
        "}",
      ].join("\n");
      return withTempDir({ "k.cfg": MINIMAL(route), "ask.py": ASK }, (dir) => {
        const r = spawnSync("python3", [join(dir, "ask.py"), join(dir, "k.cfg"), String(literals.length)], { encoding: "utf8", cwd: dir });
        if (r.status !== 0) throw new Error(`kamailio evaluation failed:\n${r.stdout}${r.stderr}`);
        // One "=<hex>" line per literal (an empty literal is a line too).
        return r.stdout
          .split("\n")
          .filter((l) => l.startsWith("="))
          .map((l) => Buffer.from(l.slice(1), "hex").toString("utf8"));
      });
    },
  },
};

export default checks;
