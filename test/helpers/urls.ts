/**
 * URLs that redirect helpers treat in different ways (relative and absolute, dot segments, characters a
 * URL encoder escapes or keeps, brackets, schemes other than http, an upper-case scheme, an empty one):
 * the fixed part of what each "<framework>RedirectKeeps" template helper is checked with against its
 * framework, beside random header values.
 */
export const REDIRECT_URLS: readonly string[] = [
  "/next?a=1&b=2#top",
  "https://example.com/a/../b",
  "/a b",
  '/say "hi"',
  "/<x>",
  "/{id}",
  "/`x`",
  "/%41",
  "/a|b~c[d]^e\\f",
  "/a\tb",
  "//[::1]/x",
  "http://[oops/x",
  "mailto:someone@example.com",
  "FTP://example.com/file",
  "javascript:alert(1)",
  "ex-1.2+b:rest",
  "1ab:rest",
  "/path:with:colons",
  "",
];

/**
 * URLs the fetch API's Response.redirect (Deno's, Bun's, Next.js's NextResponse.redirect) treats in different
 * ways: absolute ones it serializes (an upper-case host, dot segments, a space, a non-ASCII path, a default
 * port), other schemes, and relative ones, which some runtimes refuse and others keep.
 */
export const FETCH_REDIRECT_URLS: readonly string[] = [
  "https://example.com/new-endpoint",
  "https://example.com",
  "https://EXAMPLE.com/a",
  "https://example.com/a/../b",
  "https://example.com/a b",
  "https://example.com/ü",
  "https://example.com/next?a=1&b=2#top",
  "https://example.com:443/x",
  "http://example.com:8080/x",
  "mailto:someone@example.com",
  "/next?a=1&b=2#top",
  "/endpoint/abc-123",
  "//example.com/x",
  "example.com/x",
  "",
];
