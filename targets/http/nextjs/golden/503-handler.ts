// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = { error: "service_unavailable", message: "Service Unavailable" };
  return NextResponse.json(body, {
    status: 503,
    headers: { "Retry-After": "120" },
  });
}
