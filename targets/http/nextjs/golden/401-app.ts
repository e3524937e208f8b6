// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = { error: "unauthorized", message: "Unauthorized" };
  return NextResponse.json(body, {
    status: 401,
    headers: { "WWW-Authenticate": 'Bearer realm="api"' },
  });
}
