// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = { error: "too_many_requests", message: "Too Many Requests" };
  return NextResponse.json(body, {
    status: 429,
    headers: { "Retry-After": "60" },
  });
}
