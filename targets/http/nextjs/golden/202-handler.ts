// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function POST() {
  const body = { status: "accepted", task_id: "abc-123" };
  return NextResponse.json(body, { status: 202 });
}
