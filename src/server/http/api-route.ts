import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import { env } from "../env";
import { logger } from "../logger";
import { trustedForwardedHost } from "./forwarded-host";
import { appOrigin } from "./app-origin";
import { hasEncodedNul } from "./malformed-path";

type Handler<Params> = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

/** The JSON error body every API error uses. */
export function errorResponse(error: AppError): NextResponse {
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.ceil(error.retryAfterSeconds));
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    { status: error.status, headers },
  );
}

/**
 * Wraps a route handler: AppErrors become their status with `{error: {code, message, fields?}}`; anything else is
 * logged with a request id and answered with a 500 that reveals nothing.
 */
export function apiRoute<Params = Record<string, never>>(handler: Handler<Params>): Handler<Params> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      assertNoNulInUrl(request);
      return privateByDefault(await handler(request, context));
    } catch (error) {
      if (error instanceof AppError) return privateByDefault(errorResponse(error));
      const requestId = crypto.randomUUID();
      logger.error({ err: error, requestId, method: request.method, url: request.url }, "unhandled API error");
      return NextResponse.json(
        { error: { code: "internal", message: `Something went wrong on our side (reference ${requestId}).` } },
        { status: 500 },
      );
    }
  };
}

/**
 * Refuses a URL whose path or query holds an encoded NUL (`%00`): route and query parameters reach database lookups
 * (some as raw SQL), and PostgreSQL refuses NUL in text, which would be a 500 instead of a clear 400.
 */
function assertNoNulInUrl(request: Request): void {
  if (hasEncodedNul(request.url)) throw new AppError("bad_request", "The address contains a NUL character, which is not allowed.");
}

/**
 * API answers are about the signed-in caller (their work, their classes and join codes, their tokens): unless a
 * route says otherwise, no browser or shared cache may keep one, or the next person at a school computer (or behind
 * a caching proxy) could be shown it.
 */
function privateByDefault(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("Cache-Control", "private, no-store");
  } catch {
    // Response.redirect() and fetched responses have immutable headers; those carry nobody's data.
  }
  return response;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another site. SameSite=Lax session cookies already
 * keep cross-site POSTs anonymous; this is the second wall, for a `text/plain` form posting JSON-looking bodies.
 * Browsers always send Origin on cross-site POST/PUT/DELETE; scripts and Bearer-token clients usually send none.
 * The Origin must be the app's own (NEXTAUTH_URL), or name the Host the browser connected to, or the host a trusted
 * proxy forwarded (X-Forwarded-Host only under TRUSTED_PROXY_HOPS: otherwise the client wrote it).
 */
function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin) return;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
  if (originUrl.origin === appOrigin()) return;
  const hosts = [request.headers.get("host"), trustedForwardedHost(request.headers, env().TRUSTED_PROXY_HOPS)];
  if (!hosts.includes(originUrl.host)) throw new AppError("forbidden", "Cross-site requests are not allowed.");
}
