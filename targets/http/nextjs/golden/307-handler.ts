// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  return NextResponse.redirect("https://example.com/new-endpoint", 307);
}
