import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/auth-options";
import { emailSchema } from "@/server/auth/user-schemas";
import { appOrigin } from "@/server/http/app-origin";
import { clientIp } from "@/server/http/client-ip";
import { checkSignInAllowed } from "@/server/rate-limit/sign-in-limits";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/api-route";
import { readBodyLimited } from "@/server/http/parse-request";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's forms are tiny; anything bigger is refused before next-auth parses it.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * next-auth answers a throttled sign-in like any failed one (401, or a redirect), which hides the wait from scripts
 * and the form. Checking the limits first lets a throttled sign-in get a real 429 with Retry-After; the body
 * carries next-auth's `{url}` with the message as `error`, so `signIn(..., {redirect: false})` shows it.
 */
async function POST(request: NextRequest, context: Context) {
  // Read here, with the limit, whether or not a Content-Length was declared: next-auth would read a chunked body
  // of any size into memory (hundreds of MB from an anonymous client), then hand it on as a buffered copy.
  let body: Uint8Array;
  try {
    body = await readBodyLimited(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return errorResponse(new AppError("payload_too_large", "The sign-in request is too large."));
  }
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.byteLength));
  const buffered = new NextRequest(request.url, { method: request.method, headers, body: body as BodyInit });
  const action = (await context.params).nextauth.join("/");
  if (action === "callback/credentials") {
    const form = await buffered.clone().formData().catch(() => null);
    const email = emailSchema.safeParse(form?.get("email"));
    if (email.success) {
      try {
        await checkSignInAllowed(email.data, clientIp(request.headers));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const response = errorResponse(error);
        const url = new URL("/login", appOrigin());
        url.searchParams.set("error", error.message);
        return Response.json({ url: url.toString(), error: { code: error.code, message: error.message } }, {
          status: response.status,
          headers: response.headers,
        });
      }
    }
  }
  return handler(buffered, context);
}

export { handler as GET, POST };
