import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { run } from "../../src/cli/main.js";
import { STYLES } from "../../src/registry/types.js";
import { parserFor, syntaxProblems, describeProblem } from "../parse/grammars.js";
import { RUNS, SEED } from "../helpers/arbitraries.js";
import { checksOf } from "../helpers/language-checks.js";
import { casesOf } from "../helpers/protocol-cases.js";
import { ALL_TARGETS } from "../helpers/registry.js";
import { snipgenCommand } from "../helpers/snipgen.js";

// Property tests over whole snippets (each language's escapers have their own, in languages/<lang>/).
// SNIPGEN_FUZZ_RUNS sets the cases per target (CI: 1000), SNIPGEN_FUZZ_SEED replays a run.
console.log(`# property tests: seed ${SEED}, ${RUNS} cases per target (replay: SNIPGEN_FUZZ_SEED=${SEED})`);

// Each protocol's random invocations (protocols/<p>/runtime/cases.ts `fuzz`: bodies, routes, header
// values, methods), printed by every target of the protocol in both styles through the CLI in process,
// must parse with the language's grammar (or, for a language without one, its own parser), unless the
// target refuses the case with its one-line reason.
const REFUSAL = (id: string) => new RegExp(`^snipgen: ${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} cannot send \\d+ [^\\n]+: [^\\n]+\\n$`);

describe(`whole snippets parse (seed ${SEED})`, () => {
  for (const target of ALL_TARGETS) {
    it(`${target.protocol}: ${target.id}, both styles, random cases`, async () => {
      const { fuzz } = await casesOf(target.protocol);
      const cases = fc.sample(fuzz, { numRuns: RUNS, seed: SEED + 7 });
      const printed: { source: string; command: string }[] = [];
      let refused = 0;
      for (const [i, c] of cases.entries()) {
        const argv = [String(c.code), "--protocol", target.protocol, "-f", target.id, "--style", STYLES[i % 2]!, ...c.args];
        const out = await run(argv);
        const command = snipgenCommand(argv);
        if (out.exitCode === 2 && REFUSAL(target.id).test(out.stderr)) refused++;
        else {
          assert.equal(out.exitCode, 0, `${command}: ${out.stderr}`);
          printed.push({ source: out.stdout, command });
        }
      }
      // A refusal is right only for text the target cannot hold (non-ASCII text for some SIP stacks); a
      // target that refuses nearly everything is broken.
      assert.ok(printed.length >= cases.length / 4, `${target.id} refused ${refused} of ${cases.length} cases`);
      const parser = await parserFor(target.language);
      if (parser) {
        for (const p of printed) {
          const tree = parser.parse(p.source)!;
          const problems = syntaxProblems(tree.rootNode);
          tree.delete();
          assert.deepEqual(problems.map(describeProblem), [], `${target.id} output does not parse; reproduce: ${p.command}`);
        }
        return;
      }
      // No grammar (Kamailio's configuration, sipp's XML): the language's own parser reads them all at once.
      const { native } = await checksOf(target.language);
      assert.ok(native, `${target.language} has neither a tree-sitter grammar nor a native parser`);
      const problems = await native.check(
        printed.map((p) => p.source),
        printed.map(() => target),
      );
      const failed = problems.flatMap((problem, i) => (problem === null ? [] : [`${problem}\n  reproduce: ${printed[i]!.command}`]));
      assert.deepEqual(failed, [], `${target.id} output rejected by ${native.name}`);
    });
  }
});
