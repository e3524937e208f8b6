// app/endpoint/route.ts

export async function DELETE() {
  return new Response(null, { status: 204 });
}
