// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = {
    error: "internal_server_error",
    message: "Internal Server Error",
  };
  return NextResponse.json(body, { status: 500 });
}
