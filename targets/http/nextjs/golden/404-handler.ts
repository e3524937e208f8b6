// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = { error: "not_found", message: "Not Found" };
  return NextResponse.json(body, { status: 404 });
}
