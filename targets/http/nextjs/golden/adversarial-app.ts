// app/endpoint/route.ts
import { NextResponse } from "next/server";

export async function GET() {
  const body = {
    message: "\"quoted\" 'string' \\ back\\slash",
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: '*/ -- ?> """',
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  };
  return NextResponse.json(body, { status: 200 });
}
