import "server-only";
import { appOrigin } from "./app-origin";

/**
 * Where a return URL from a request (`callbackUrl`) may send the browser: its path on this app, or null. The URL is
 * resolved the way a browser resolves it, against the app's own origin, and must stay on that origin: prefix
 * checks are not enough, because browsers read "/\evil.example" and "/<tab>/evil.example" as "//evil.example".
 * A path that would itself start with "//" is refused too, since it is another site's address once used as a link.
 */
export function sameOriginReturnPath(target: unknown, origin: string = appOrigin()): string | null {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return null;
  let resolved: URL;
  try {
    resolved = new URL(target, origin);
  } catch {
    return null;
  }
  if (resolved.origin !== new URL(origin).origin) return null;
  if (!resolved.pathname.startsWith("/") || /^\/[/\\]/.test(resolved.pathname)) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
