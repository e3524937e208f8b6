// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  return NextResponse.json(body, { status: 200 });
}
