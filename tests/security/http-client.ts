import type { RunningApp } from "../support/app-server";

/** A JSON request (string bodies are sent as they are, for malformed-input tests). */
export function jsonRequest(method: string, body: unknown, token?: string): RequestInit {
  return {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  };
}

/** Headers that authenticate as a token's owner (none for anonymous). */
export function bearer(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

export interface Account {
  id: string;
  email: string;
  name: string;
  password: string;
  token: string;
}

/** Signs up over the JSON API (unless the account exists already) and returns it with a fresh personal access token. */
export async function accountWithToken(
  app: RunningApp,
  user: { email: string; name: string; password: string; role?: "student" | "teacher" },
  { signUp = true } = {},
): Promise<Account> {
  if (signUp) {
    const created = await fetch(`${app.baseUrl}/api/users`, jsonRequest("POST", { role: "student", ...user }));
    if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${await created.text()}`);
  }
  const issued = await fetch(`${app.baseUrl}/api/tokens`, jsonRequest("POST", { email: user.email, password: user.password }));
  if (issued.status !== 201) throw new Error(`token failed: ${issued.status} ${await issued.text()}`);
  const { token } = await issued.json();
  const me = await (await fetch(`${app.baseUrl}/api/me`, { headers: bearer(token) })).json();
  return { id: me.id, email: user.email, name: user.name, password: user.password, token };
}

/** Signs in through next-auth's credentials endpoint as the login form does; the raw response (cookies included). */
export async function signInWithPassword(app: RunningApp, email: string, password: string): Promise<Response> {
  const csrf = await fetch(`${app.baseUrl}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  return fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${app.baseUrl}/` }),
    redirect: "manual",
  });
}

/** Runs `work` over `items` with at most `limit` in flight (a classroom arrives at once, but the test box has two cores). */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}
