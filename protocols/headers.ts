import type { Header } from "./types.js";

/**
 * The model's headers under the user's: a user header of the same name (any case) replaces the model's
 * value in place, a new one is appended. Each user header is checked by the protocol's `validate` first.
 */
export function mergeHeaders(model: Header[], user: Header[], validate: (name: string, value: string) => void): Header[] {
  const merged = model.map(([n, v]): Header => [n, v]);
  for (const [name, value] of user) {
    validate(name, value);
    const at = merged.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (at >= 0) merged[at] = [merged[at]![0], value];
    else merged.push([name, value]);
  }
  return merged;
}
