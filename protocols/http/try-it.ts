import type { PageBlock, PageTarget, ResponseSpec, Translate } from "../types.js";
import model from "./codes.json" with { type: "json" };
import { DEFAULTS, typicalMethod } from "./response.js";

const entryOf = (code: number) => (model.codes as { code: number; method?: string }[]).find((c) => c.code === code);

/** The interim (1xx) codes `snipgen serve` sends (100 to a request that expects it, 103 before a 200); it refuses the others with the reason. */
export const INTERIM_SERVED = [100, 103];

function curlCommand(spec: ResponseSpec, url = `http://localhost:\${PORT:-8080}${spec.path}`): string {
  const method = spec.method === "GET" ? "" : ` -X ${spec.method}`;
  // A POST without a body length can be refused (411 Length Required): send an empty body.
  const body = ["POST", "PUT", "PATCH"].includes(spec.method) ? " -d ''" : "";
  return `curl -i${method}${body} "${url}"`;
}

/** The same request to `snipgen serve`, which answers `/<code>` (100 Continue only to a request that expects it). */
function serveCurl(code: number, spec: ResponseSpec): string {
  const url = `http://localhost:8080/${code}`;
  return code === 100 ? `curl -i -H 'Expect: 100-continue' -d '{}' "${url}"` : curlCommand(spec, url);
}

/** How to start one of the page's snippets as a server: the first whose app is one file and one command. */
function startHint(code: number, spec: ResponseSpec, targets: PageTarget[], t: Translate): string {
  const single = targets.find((p) => p.run !== undefined);
  if (!single) return t("tryit.http.start");
  const route = spec.route === DEFAULTS.route ? "" : ` --route ${spec.route}`;
  const method = spec.method === typicalMethod(entryOf(code)) ? "" : ` --method ${spec.method}`;
  const install = single.install ? `${single.install} && ` : "";
  return t("tryit.http.startExample", {
    command: `\`${install}snipgen ${code} -f ${single.id} --style app${method}${route} > ${single.appFile} && PORT=8080 ${single.run}\``,
  });
}

/** The page's "Test with curl" section, its prose in the page's language (`t`). */
export function tryItSection(code: number, spec: ResponseSpec, targets: PageTarget[], t: Translate): PageBlock[] {
  return [
    { heading: t("tryit.http.heading") },
    { text: startHint(code, spec, targets, t) },
    { code: curlCommand(spec), lang: "sh" },
    { text: t("tryit.http.ports", { ports: targets.map((p) => `${p.title} ${p.port}`).join(", ") }) },
    ...(entryOf(code) && (code >= 200 || INTERIM_SERVED.includes(code))
      ? [{ text: t("tryit.http.serve", { path: `\`/${code}\`` }) }, { code: `snipgen serve --port 8080 &\n${serveCurl(code, spec)}`, lang: "sh" }]
      : []),
  ];
}
