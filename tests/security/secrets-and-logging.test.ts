import { Writable } from "node:stream";
import type { IncomingMessage } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "@/server/logger";
import { stampClientAddress } from "@/server/http/client-ip";
import { stampForwardedSite } from "@/server/http/forwarded-host";
import { startApp, type RunningApp } from "../support/app-server";
import { runScript } from "./script-runner";

describe("secrets at start-up", () => {
  it("refuses to start against a PostgreSQL server without NEXTAUTH_SECRET", async () => {
    const result = await runScript("scripts/start.ts", [], {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing",
      NEXTAUTH_SECRET: undefined,
      PORT: "1",
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/NEXTAUTH_SECRET must be set/);
  });
});

describe("logs", () => {
  function capture() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { logger: createLogger({ level: "info" }, stream), lines };
  }

  it("never writes passwords, tokens, secrets, cookies or learner code", () => {
    const { logger, lines } = capture();
    logger.info({ password: "hunter2-password", token: "pgr_live-token-value", code: "print('private work')" }, "top level");
    logger.info({ input: { password: "hunter2-password", code: "print('private work')" } }, "nested");
    logger.info({ headers: { authorization: "Bearer pgr_live-token-value", cookie: "next-auth.session-token=abc.def" } }, "request");
    logger.info({ user: { passwordHash: "scrypt$32768$8$1$salt$hash", tokenHash: "f00d" }, env: { NEXTAUTH_SECRET: "s3cr3t-s3cr3t" } }, "rows");
    const text = lines.join("");
    for (const secret of ["hunter2-password", "pgr_live-token-value", "private work", "abc.def", "scrypt$32768", "f00d", "s3cr3t-s3cr3t"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[redacted]");
    expect(lines).toHaveLength(4);
  });

  it("still shows an error's code, which operators need", () => {
    const { logger, lines } = capture();
    logger.error({ err: Object.assign(new Error("unique constraint"), { code: "P2002" }) }, "failed");
    expect(lines.join("")).toContain("P2002");
  });
});

describe("client address for rate limits", () => {
  const request = (forwarded: string | undefined, peer = "192.0.2.10") =>
    ({ headers: forwarded ? { "x-forwarded-for": forwarded, "x-real-ip": "6.6.6.6" } : {}, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;

  it("ignores X-Forwarded-For unless proxies are trusted, then takes the address the trusted proxy saw", () => {
    const direct = request("203.0.113.1");
    stampClientAddress(direct, 0);
    expect(direct.headers["x-forwarded-for"]).toBe("192.0.2.10");
    expect(direct.headers["x-real-ip"]).toBeUndefined();

    const spoofedBehindProxy = request("6.6.6.6, 203.0.113.1", "127.0.0.1");
    stampClientAddress(spoofedBehindProxy, 1);
    expect(spoofedBehindProxy.headers["x-forwarded-for"]).toBe("203.0.113.1");

    const tooFewHops = request(undefined, "127.0.0.1");
    stampClientAddress(tooFewHops, 2);
    expect(tooFewHops.headers["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("drops X-Forwarded-Host and -Proto unless proxies are trusted, then keeps what the trusted proxy set", () => {
    const site = (headers: Record<string, string>) => ({ headers: { ...headers }, socket: {} }) as unknown as IncomingMessage;
    const direct = site({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    stampForwardedSite(direct, 0);
    expect(direct.headers).toEqual({});

    // The client's forged value comes first; the one trusted proxy appended the host the browser asked for.
    const behindProxy = site({ "x-forwarded-host": "evil.example, pygrade.example", "x-forwarded-proto": "https" });
    stampForwardedSite(behindProxy, 1);
    expect(behindProxy.headers).toEqual({ "x-forwarded-host": "pygrade.example", "x-forwarded-proto": "https" });

    const twoProxies = site({ "x-forwarded-host": "evil.example, pygrade.example, internal:3000" });
    stampForwardedSite(twoProxies, 2);
    expect(twoProxies.headers).toEqual({ "x-forwarded-host": "pygrade.example" });
  });
});

describe("session cookies in production", () => {
  let app: RunningApp | undefined;
  afterAll(async () => {
    await app?.stop();
  });

  it("are Secure (and __Host-/__Secure- prefixed) when NEXTAUTH_URL is https", async () => {
    app = await startApp({ env: { NEXTAUTH_URL: "https://pygrade.example" } });
    const response = await fetch(`${app.baseUrl}/api/auth/csrf`);
    const cookies = response.headers.getSetCookie();
    const csrf = cookies.find((cookie) => cookie.startsWith("__Host-next-auth.csrf-token="));
    expect(csrf).toBeDefined();
    expect(csrf).toMatch(/;\s*Secure/i);
    expect(csrf).toMatch(/;\s*HttpOnly/i);
    expect(csrf).toMatch(/;\s*SameSite=Lax/i);
    expect(cookies.find((cookie) => cookie.startsWith("__Secure-next-auth.callback-url="))).toMatch(/;\s*Secure/i);
  }, 300_000);
});
