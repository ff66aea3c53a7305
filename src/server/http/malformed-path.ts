import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Whether an address (path, query, or a whole URL), still percent-encoded, carries a NUL: only `%00` decodes to one,
 * since Node's HTTP parser refuses a raw NUL. PostgreSQL refuses NUL in text, so one reaching a lookup is a 500.
 */
export function hasEncodedNul(address: string): boolean {
  return /%00/i.test(address);
}

/**
 * Answers 400 for a request whose path cannot be decoded (a malformed percent-escape such as `/api/exercises/%ff`)
 * or decodes to a NUL, and says whether it did. Next's router answers the first with a bare 500, which reads as the
 * app's fault, and a NUL reaches database lookups that PostgreSQL refuses.
 */
export function refuseMalformedPath(request: IncomingMessage, response: ServerResponse): boolean {
  const pathname = (request.url ?? "/").split("?", 1)[0];
  let problem: string | null = null;
  try {
    decodeURIComponent(pathname);
    if (hasEncodedNul(pathname)) problem = "the address contains a NUL character (%00)";
  } catch {
    problem = "the address has a malformed percent-escape (% must be followed by two hex digits of UTF-8)";
  }
  if (!problem) return false;
  response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end(`Bad request: ${problem}.\n`);
  return true;
}
