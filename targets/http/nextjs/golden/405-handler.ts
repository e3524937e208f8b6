// app/endpoint/route.ts
import { NextResponse } from "next/server";

// Next.js answers a method this file does not export with its own 405 (no body, Allow naming the exported
// methods): the refused method is exported here and answers as the response says.
export async function DELETE() {
  const body = { error: "method_not_allowed", message: "Method Not Allowed" };
  return NextResponse.json(body, {
    status: 405,
    headers: { Allow: "GET, HEAD" },
  });
}
