// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function POST() {
  const body = {
    id: "abc-123",
    name: "Example item",
    created_at: "2026-02-24T12:00:00Z",
  };
  return NextResponse.json(body, {
    status: 201,
    headers: { Location: "/endpoint/abc-123" },
  });
}
