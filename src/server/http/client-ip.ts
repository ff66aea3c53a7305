import "server-only";
import type { IncomingMessage } from "node:http";

/**
 * The client's address. Only meaningful behind `stampClientAddress` (scripts/start.ts), which rewrites
 * X-Forwarded-For to the one address it trusts; "local" when there is none (tests calling handlers directly).
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  // next-auth hands `authorize` a plain header object; route handlers get a Headers instance.
  const forwarded =
    headers instanceof Headers
      ? headers.get("x-forwarded-for")
      : [headers?.["x-forwarded-for"]].flat()[0];
  return forwarded?.split(",")[0]?.trim() || "local";
}

/**
 * Replaces a request's X-Forwarded-For with the single address rate limits should count. A client can send any
 * X-Forwarded-For it likes, so by default the socket's peer address is used; behind `trustedProxyHops` reverse
 * proxies (TRUSTED_PROXY_HOPS), the address the outermost trusted proxy saw: that many entries from the right.
 */
export function stampClientAddress(request: IncomingMessage, trustedProxyHops: number): void {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = headerText(request.headers["x-forwarded-for"])
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  const address = chain[Math.max(0, chain.length - 1 - trustedProxyHops)];
  request.headers["x-forwarded-for"] = address;
  delete request.headers["x-real-ip"];
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}
