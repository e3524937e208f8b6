import { InternalError } from "../errors.js";
import type { PrettierFormatter } from "../registry/types.js";

/** Loads prettier and only the plugins this parser needs, on first use (start-up stays cheap). */
async function pluginsFor(formatter: PrettierFormatter): Promise<object[]> {
  switch (formatter.parser) {
    case "babel":
      return [await import("prettier/plugins/babel"), await import("prettier/plugins/estree")];
    case "typescript":
      return [await import("prettier/plugins/typescript"), await import("prettier/plugins/estree")];
    case "java":
      return [(await import("prettier-plugin-java")).default];
    case "php":
      return [(await import("@prettier/plugin-php/standalone")).default];
  }
}

export async function formatCode(code: string, formatter: PrettierFormatter | null): Promise<string> {
  if (!formatter) return code;
  const prettier = await import("prettier/standalone");
  try {
    return await prettier.format(code, { parser: formatter.parser, plugins: (await pluginsFor(formatter)) as never });
  } catch (err) {
    throw new InternalError(`prettier (${formatter.parser}) could not format the snippet: ${(err as Error).message.split("\n")[0]}`);
  }
}
