// app/items/[item_id]/route.ts
import { NextResponse, type NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  // Path parameters: a second argument { params }: { params: Promise<{ item_id: string }> } (the fixed response below does not use them).
  const problem = {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    instance: request.nextUrl.pathname,
  };
  return NextResponse.json(problem, {
    status: 404,
    headers: { "Content-Type": "application/problem+json" },
  });
}
