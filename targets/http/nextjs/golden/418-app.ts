// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = { error: "im_a_teapot", message: "I'm a teapot" };
  return NextResponse.json(body, { status: 418 });
}
