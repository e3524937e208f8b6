import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { templateHelpers } from "./helpers.js";

describe("Next.js's template helpers", () => {
  it("appRouterFile: the App Router file of a route (dynamic segments in brackets, a leading _ escaped)", () => {
    const appRouterFile = templateHelpers.appRouterFile as (route: string) => string;
    assert.equal(appRouterFile("/"), "app/route.ts");
    assert.equal(appRouterFile("/endpoint"), "app/endpoint/route.ts");
    assert.equal(appRouterFile("/users/{user_id}/posts/{post_id}"), "app/users/[user_id]/posts/[post_id]/route.ts");
    assert.equal(appRouterFile("/_private/v1.2/a_b"), "app/%5Fprivate/v1.2/a_b/route.ts");
  });
});
