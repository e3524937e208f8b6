// app/users/[user_id]/posts/[post_id]/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  // Path parameters: a second argument { params }: { params: Promise<{ user_id: string; post_id: string }> } (the fixed response below does not use them).
  const body = {
    status: "ok",
    data: { id: "abc-123", name: "Example item", active: true },
  };
  return NextResponse.json(body, { status: 200 });
}
