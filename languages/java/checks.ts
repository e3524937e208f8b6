/** Java for the test layers: tree-sitter-java, and evaluation by the JDK's single-file launcher. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fromCodePoints, outputLines, runCommand, withTempDir } from "../../test/helpers/files.js";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

/** Literals per method: a method's code is limited to 64 KB. */
const PER_METHOD = 200;

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-java/tree-sitter-java.wasm", root: "program" },

  prettierSample: { code: "class A { void f() { int x = 1; } }", formatted: /int x = 1;/ },

  evaluate: {
    missing: () => (spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0 ? null : "java is not installed"),
    // Printed as code points, so the console encoding cannot alter what is compared.
    strings(literals) {
      const parts: string[] = [];
      for (let i = 0; i < literals.length; i += PER_METHOD) {
        const items = literals
          .slice(i, i + PER_METHOD)
          .map((l) => `      ${l},`)
          .join("\n");
        parts.push(`  static String[] part${parts.length}() {\n    return new String[] {\n${items}\n    };\n  }\n`);
      }
      const calls = parts.map((_, i) => `part${i}()`).join(", ");
      const src = `public class Main {\n${parts.join("")}  public static void main(String[] args) {\n    for (String[] part : new String[][] { ${calls} }) for (String s : part) {\n      StringBuilder b = new StringBuilder();\n      s.codePoints().forEach(c -> b.append(b.length() == 0 ? "" : " ").append(Integer.toHexString(c)));\n      System.out.println(b);\n    }\n  }\n}\n`;
      return withTempDir({ "Main.java": src }, (dir) => outputLines(runCommand("java", [join(dir, "Main.java")]))).map(fromCodePoints);
    },
  },
};

export default checks;
