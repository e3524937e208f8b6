/**
 * sipp's XML scenarios for the test layers: no tree-sitter grammar; Python's XML parser checks each
 * file is well-formed (a handler-style piece inside a <scenario>), and evaluates attribute strings.
 * What sipp makes of a message is checked on the wire by the SIP runtime layer.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { withTempDir } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

const PARSE = `import sys, xml.dom.minidom
for path in sys.argv[1:]:
    try:
        xml.dom.minidom.parse(path)
        print("ok")
    except Exception as e:
        print(str(e).replace("\\\\n", " "))
`;

const ATTRIBUTES = `import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
for e in doc.getElementsByTagName("s"):
    print(" ".join("%x" % ord(c) for c in e.getAttribute("v")))
`;

const python = (script: string, args: string[]) => spawnSync("python3", ["-c", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

const checks: LanguageChecks = {
  grammar: null,
  native: {
    name: "XML well-formedness (xml.dom.minidom)",
    async check(sources) {
      const files = Object.fromEntries(sources.map((s, i) => [`s${i}.xml`, s.trimStart().startsWith("<?xml") ? s : `<scenario>\n${s}</scenario>\n`]));
      return withTempDir(files, (dir) => {
        const r = python(
          PARSE,
          sources.map((_, i) => join(dir, `s${i}.xml`)),
        );
        return r.stdout
          .split("\n")
          .slice(0, sources.length)
          .map((l) => (l === "ok" ? null : l));
      });
    },
  },
  evaluate: {
    missing: () => (spawnSync("python3", ["-V"], { stdio: "ignore" }).status === 0 ? null : "python3 is not installed"),
    strings(literals) {
      const doc = `<?xml version="1.0" encoding="UTF-8"?>\n<t>\n${literals.map((l) => `<s v=${l}/>`).join("\n")}\n</t>\n`;
      return withTempDir({ "t.xml": doc }, (dir) => {
        const r = python(ATTRIBUTES, [join(dir, "t.xml")]);
        if (r.status !== 0) throw new Error(r.stderr);
        return r.stdout
          .split("\n")
          .slice(0, literals.length)
          .map((l) =>
            String.fromCodePoint(
              ...l
                .split(" ")
                .filter(Boolean)
                .map((h) => parseInt(h, 16)),
            ),
          );
      });
    },
  },
};

export default checks;
