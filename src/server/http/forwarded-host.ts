import "server-only";
import type { IncomingMessage } from "node:http";

// Headers a reverse proxy sets to say which site and scheme the browser asked for. Any client can send them too.
const FORWARDED_SITE_HEADERS = ["x-forwarded-host", "x-forwarded-proto"] as const;

/**
 * Keeps X-Forwarded-Host and X-Forwarded-Proto only as the trusted proxies set them, by the TRUSTED_PROXY_HOPS rule
 * client-ip.ts applies to X-Forwarded-For: with no trusted proxy (0) they are removed, since any client can send
 * them; behind `trustedProxyHops` proxies, each of which appends what it received, the value the outermost trusted
 * proxy set. Next's own Origin check for server actions reads X-Forwarded-Host, so it must never be the client's.
 */
export function stampForwardedSite(request: IncomingMessage, trustedProxyHops: number): void {
  for (const name of FORWARDED_SITE_HEADERS) {
    const entries = [request.headers[name]]
      .flat()
      .flatMap((value) => (value ?? "").split(","))
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (trustedProxyHops === 0 || entries.length === 0) {
      delete request.headers[name];
      continue;
    }
    request.headers[name] = entries[Math.max(0, entries.length - trustedProxyHops)];
  }
}

/**
 * The host a trusted proxy says the browser asked for, or null. Only behind TRUSTED_PROXY_HOPS proxies, where
 * `stampForwardedSite` has reduced the header to the trusted proxy's value; a request that did not come through
 * scripts/start.ts (a test calling a handler) is held to the same rule.
 */
export function trustedForwardedHost(headers: Headers, trustedProxyHops: number): string | null {
  return trustedProxyHops > 0 ? headers.get("x-forwarded-host") : null;
}
