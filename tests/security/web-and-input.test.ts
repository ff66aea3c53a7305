import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { accountWithToken, bearer, inBatches, jsonRequest, signInWithPassword, type Account } from "./http-client";

let app: RunningApp;
let student: Account;
let teacher: Account;
beforeAll(async () => {
  app = await startApp();
  student = await accountWithToken(app, { name: "=HYPERLINK(\"http://evil.example\",\"x\")", email: "s@school.example", password: "student-pass-1" });
  teacher = await accountWithToken(app, { name: "Teacher", email: "t@school.example", password: "teacher-pass-1", role: "teacher" });
}, 300_000);
afterAll(async () => {
  await app?.stop();
});

describe("security headers and cookies", () => {
  it.each(["/", "/login", "/api/exercises", "/api/me"])("%s carries CSP and the usual headers", async (url) => {
    const response = await fetch(`${app.baseUrl}${url}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // A production build needs no eval: only WebAssembly compilation ('wasm-unsafe-eval', for Pyodide's Run).
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("issues an HttpOnly, SameSite session cookie that scripts cannot read", async () => {
    const response = await signInWithPassword(app, teacher.email, teacher.password);
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((cookie) => cookie.includes("next-auth.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
  });

  it("refuses a state-changing API request a browser sent from another site", async () => {
    const other = await accountWithToken(app, { name: "Other T", email: "t2@school.example", password: "teacher-pass-2", role: "teacher" });
    const signIn = await signInWithPassword(app, other.email, other.password);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    const post = (origin: string) =>
      fetch(`${app.baseUrl}/api/classes`, {
        method: "POST",
        headers: { "content-type": "text/plain", cookie, origin },
        body: JSON.stringify({ name: `From ${origin}` }),
      });
    const forged = await post("https://evil.example");
    expect(forged.status).toBe(403);
    expect((await forged.json()).error.message).toMatch(/Cross-site/);
    expect((await post("null")).status).toBe(403);
    const own = await post(app.baseUrl);
    expect(own.status).toBe(201);
    const { classes } = await (await fetch(`${app.baseUrl}/api/classes`, { headers: { cookie } })).json();
    expect(classes.map((classroom: { name: string }) => classroom.name)).toEqual([`From ${app.baseUrl}`]);
  });

  it("refuses a cross-site POST that forges X-Forwarded-Host, on the API and on server actions", async () => {
    const other = await accountWithToken(app, { name: "Forged T", email: "t3@school.example", password: "teacher-pass-3", role: "teacher" });
    const signIn = await signInWithPassword(app, other.email, other.password);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    // No proxy is trusted here (TRUSTED_PROXY_HOPS=0), so a client's X-Forwarded-Host says nothing about the site.
    const forged = { origin: "https://evil.example", "x-forwarded-host": "evil.example" };
    const api = await fetch(`${app.baseUrl}/api/classes`, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie, ...forged },
      body: JSON.stringify({ name: "Forged through the API" }),
    });
    expect(api.status).toBe(403);

    // Next's own Origin check for server actions reads X-Forwarded-Host too: post the "Create class" action as
    // React sends it (the action id from the build, the form as multipart `[previousState, formData]`).
    const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"));
    const [actionId] = Object.entries(manifest.node as Record<string, { exportedName: string; filename: string }>).find(
      ([, entry]) => entry.exportedName === "createClassAction" && entry.filename === "app/teach/actions.ts",
    )!;
    const postAction = (name: string, headers: Record<string, string>) => {
      const body = new FormData();
      // React's reply encoding: the fields of the FormData argument "$K1" as "_1_*", then the arguments as "0".
      body.set("_1_name", name);
      body.set("0", JSON.stringify([null, "$K1"]));
      return fetch(`${app.baseUrl}/teach`, { method: "POST", headers: { cookie, "next-action": actionId, accept: "text/x-component", ...headers }, body });
    };
    await postAction("Forged through an action", forged);
    await postAction("Sent from this site", { origin: app.baseUrl });
    const { classes } = await (await fetch(`${app.baseUrl}/api/classes`, { headers: { cookie } })).json();
    expect(classes.map((classroom: { name: string }) => classroom.name)).toEqual(["Sent from this site"]);
  });

});

describe("malformed input over HTTP", () => {
  const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0x63, 0x6f, 0x64, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
  const posts = () => [
    { url: "/api/users", token: null, valid: { name: "N", email: "n@example.com", password: "long-enough", role: "student" }, big: "name" },
    { url: "/api/classes", token: teacher.token, valid: { name: "Class" }, big: "name" },
    { url: "/api/classes/join", token: student.token, valid: { code: "ABCD" }, big: "code" },
    { url: "/api/exercises/async-ticker/submissions", token: student.token, valid: { code: "print(1)" }, big: "code" },
    { url: "/api/quizzes/generators-and-yield/attempts", token: student.token, valid: { answers: {} }, big: "answers" },
  ];

  it("answers invalid UTF-8, NUL bytes, broken JSON and enormous bodies with a 4xx and a message", async () => {
    for (const route of posts()) {
      const cases: [string, BodyInit, number][] = [
        ["invalid UTF-8", invalidUtf8, 400],
        ["NUL byte", JSON.stringify({ ...route.valid, [route.big]: "a\u0000b" }), 400],
        ["broken JSON", '{"code": ', 400],
        ["enormous body", JSON.stringify({ ...route.valid, [route.big]: "x".repeat(2 * 1024 * 1024) }), 413],
        ["wrong shape", JSON.stringify([1, 2, 3]), 400],
      ];
      for (const [label, body, status] of cases) {
        const response = await fetch(`${app.baseUrl}${route.url}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...bearer(route.token) },
          body,
        });
        expect(response.status, `${route.url}: ${label}`).toBe(status);
        const { error } = await response.json();
        expect(error.message.length, `${route.url}: ${label}`).toBeGreaterThan(5);
      }
    }
  }, 120_000);

  it("answers an address with a malformed percent-escape with a 400 that says so, not a 500", async () => {
    for (const url of ["/api/exercises/%ff", "/exercises/%E0%A4%A", "/api/submissions/%zz?x=1"]) {
      const response = await fetch(`${app.baseUrl}${url}`);
      expect(response.status, url).toBe(400);
      expect(await response.text(), url).toContain("malformed percent-escape");
    }
    const nul = await fetch(`${app.baseUrl}/exercises/count%00down`);
    expect(nul.status).toBe(400);
    expect(await nul.text()).toContain("NUL character");
    // A well-formed escape still reaches the app.
    expect((await fetch(`${app.baseUrl}/exercises/count%64own`)).status).toBe(200);
  });

  it("refuses a field over its limit even when the body is small enough", async () => {
    const longName = await fetch(`${app.baseUrl}/api/classes`, jsonRequest("POST", { name: "c".repeat(101) }, teacher.token));
    expect(longName.status).toBe(400);
    expect((await longName.json()).error.fields.name[0]).toMatch(/at most 100/);
    const bigCode = await fetch(
      `${app.baseUrl}/api/exercises/async-ticker/submissions`,
      jsonRequest("POST", { code: "#".repeat(65 * 1024) }, student.token),
    );
    expect([400, 413]).toContain(bigCode.status);
  });

  it("leaves nothing half-written after a rejected request", async () => {
    const classes = await (await fetch(`${app.baseUrl}/api/classes`, { headers: bearer(teacher.token) })).json();
    expect(classes.classes).toEqual([]);
    const submissions = await (await fetch(`${app.baseUrl}/api/exercises/async-ticker/submissions`, { headers: bearer(student.token) })).json();
    expect(submissions.submissions).toEqual([]);
    const progress = await (await fetch(`${app.baseUrl}/api/me/progress`, { headers: bearer(student.token) })).json();
    expect(progress.quizzes.every((quiz: { attempts: number }) => quiz.attempts === 0)).toBe(true);
    const signIn = await fetch(`${app.baseUrl}/api/tokens`, jsonRequest("POST", { email: "n@example.com", password: "long-enough" }));
    expect(signIn.status).toBe(401);
  });
});

describe("CSV export", () => {
  it("neutralises spreadsheet formulas in learner-controlled names", async () => {
    const created = await (await fetch(`${app.baseUrl}/api/classes`, jsonRequest("POST", { name: "+cmd|' /C calc'!A0" }, teacher.token))).json();
    const joined = await fetch(`${app.baseUrl}/api/classes/join`, jsonRequest("POST", { code: created.joinCode }, student.token));
    expect(joined.status).toBe(201);
    const response = await fetch(`${app.baseUrl}/api/classes/${created.id}/progress.csv`, { headers: bearer(teacher.token) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const csv = await response.text();
    expect(csv).toContain("s@school.example");
    // Every cell that would start with a formula character starts with a quote instead (possibly inside "...").
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(","));
    for (const cell of cells) expect(cell.replace(/^\uFEFF/, "").replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain("'=HYPERLINK");
  });
});

// Last in the file: it fills this address's failed sign-in window, which would refuse every later sign-in here.
describe("client address", () => {
  it("never lets a client pick its own address for rate limiting through X-Forwarded-For", async () => {
    // 200 failures (the per-address limit), spread over 20 unknown accounts and 200 claimed addresses, still all
    // count against this client's real address.
    const attempts = Array.from({ length: 200 }, (_, index) => index);
    await inBatches(attempts, 4, async (index) => {
      const response = await fetch(`${app.baseUrl}/api/tokens`, {
        ...jsonRequest("POST", { email: `spoofer-${index % 20}@school.example`, password: "wrong-password" }),
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${index}`, "x-real-ip": `198.51.${index}.1` },
      });
      // 429 once the address is full (it may have had failures earlier in the file).
      expect([401, 429]).toContain(response.status);
    });
    // A never-tried account from yet another claimed address: refused all the same, so the address was full.
    const fresh = await fetch(`${app.baseUrl}/api/tokens`, {
      ...jsonRequest("POST", { email: "never-tried@school.example", password: "wrong-password" }),
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
    });
    expect(fresh.status).toBe(429);
    expect((await fresh.json()).error.message).toMatch(/Too many failed sign-in attempts/);
  }, 300_000);
});
