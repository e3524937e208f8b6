// app/endpoint/route.ts

export async function POST() {
  // NextResponse.redirect() takes only an absolute URL, which it normalizes: the Location header is set as given.
  return new Response(null, {
    status: 303,
    headers: { Location: "/endpoint/abc-123" },
  });
}
