// Next.js's own template helpers (see languages/types.ts TemplateHelpers).
import type { TemplateHelpers } from "../../../languages/types.js";

/**
 * The file of a Next.js App Router route handler for a route: `/users/{id}` is `app/users/[id]/route.ts`,
 * `/` is `app/route.ts`. A folder whose name starts with `_` is private (left out of routing), so such a
 * segment's `_` is written `%5F`, as Next.js's documentation says.
 */
function appRouterFile(route: string): string {
  const segments = route
    .split("/")
    .filter(Boolean)
    .map((s) => s.replace(/^\{([a-z0-9_]+)\}$/, "[$1]").replace(/^_/, "%5F"));
  return ["app", ...segments, "route.ts"].join("/");
}

export const templateHelpers: TemplateHelpers = { appRouterFile };
