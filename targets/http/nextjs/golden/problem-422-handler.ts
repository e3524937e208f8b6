// app/endpoint/route.ts
import { NextResponse, type NextRequest } from "next/server";

export async function POST(request: NextRequest) {
  const problem = {
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    instance: request.nextUrl.pathname,
  };
  return NextResponse.json(problem, {
    status: 422,
    headers: { "Content-Type": "application/problem+json" },
  });
}
