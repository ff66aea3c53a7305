import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
}, 300_000);
afterAll(async () => {
  await app?.stop();
});

const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("accounts over the JSON API", () => {
  it("signs up, refuses a taken email, and explains bad fields", async () => {
    const created = await fetch(`${app.baseUrl}/api/users`, json({ name: "Ada", email: "Ada@Example.com", password: "difference-engine", role: "student" }));
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(user).toMatchObject({ email: "ada@example.com", name: "Ada", role: "student" });
    expect(user).not.toHaveProperty("passwordHash");

    const again = await fetch(`${app.baseUrl}/api/users`, json({ name: "Ada 2", email: "ada@example.com", password: "another-password", role: "teacher" }));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("conflict");

    const bad = await fetch(`${app.baseUrl}/api/users`, json({ name: "", email: "nope", password: "short", role: "admin" }));
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(Object.keys(error.fields).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("issues a token that authenticates GET /api/me, and nothing else does", async () => {
    await fetch(`${app.baseUrl}/api/users`, json({ name: "Linus", email: "linus@example.com", password: "kernel-hacker", role: "teacher" }));
    const wrong = await fetch(`${app.baseUrl}/api/tokens`, json({ email: "linus@example.com", password: "not-it" }));
    expect(wrong.status).toBe(401);
    const unknown = await fetch(`${app.baseUrl}/api/tokens`, json({ email: "nobody@example.com", password: "not-it" }));
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).error.message).toBe((await wrong.json()).error.message);

    const issued = await fetch(`${app.baseUrl}/api/tokens`, json({ email: "linus@example.com", password: "kernel-hacker" }));
    expect(issued.status).toBe(201);
    const { token } = await issued.json();
    const me = await fetch(`${app.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: "linus@example.com", name: "Linus", role: "teacher" });

    expect((await fetch(`${app.baseUrl}/api/me`)).status).toBe(401);
    const forged = await fetch(`${app.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token.slice(0, -2)}xx` } });
    expect(forged.status).toBe(401);
  });

  it("answers malformed requests with a clear 4xx and creates nothing", async () => {
    const notJson = await fetch(`${app.baseUrl}/api/users`, json("{name:"));
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toMatch(/not valid JSON/);

    const huge = await fetch(`${app.baseUrl}/api/users`, json({ name: "x".repeat(20_000), email: "big@example.com", password: "long-enough", role: "student" }));
    expect(huge.status).toBe(413);

    const invalidUtf8 = await fetch(`${app.baseUrl}/api/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(invalidUtf8.status).toBe(400);
    expect((await invalidUtf8.json()).error.message).toMatch(/UTF-8/);

    const nul = await fetch(`${app.baseUrl}/api/users`, json({ name: "Nul\u0000", email: "nul@example.com", password: "long-enough", role: "student" }));
    expect(nul.status).toBe(400);

    for (const email of ["big@example.com", "nul@example.com"]) {
      const token = await fetch(`${app.baseUrl}/api/tokens`, json({ email, password: "long-enough" }));
      expect(token.status).toBe(401);
    }
  });

  it("refuses names with text-direction or invisible characters, which could pass for someone else's", async () => {
    // Each would show on a teacher's page as a name it is not: "Eve" + "admin" reversed, isolated text, hidden marks.
    const spoofs = ["Eve\u202Enimda", "\u2066Ada\u2069", "A\u200Bda", "Ada\u200E", "A\uFEFFda", "Ad\u2060a"];
    for (const [index, name] of spoofs.entries()) {
      const email = `spoof-${index}@example.com`;
      const response = await fetch(`${app.baseUrl}/api/users`, json({ name, email, password: "long-enough", role: "student" }));
      expect(response.status, JSON.stringify(name)).toBe(400);
      const { error } = await response.json();
      expect(error.fields.name[0]).toMatch(/invisible or text-direction character \(U\+[0-9A-F]{4}\)/);
    }
    const teacher = await fetch(`${app.baseUrl}/api/users`, json({ name: "Ms Right", email: "right@example.com", password: "long-enough", role: "teacher" }));
    const { token } = await (await fetch(`${app.baseUrl}/api/tokens`, json({ email: "right@example.com", password: "long-enough" }))).json();
    expect(teacher.status).toBe(201);
    const classNamed = (name: string) =>
      fetch(`${app.baseUrl}/api/classes`, { ...json({ name }), headers: { "content-type": "application/json", authorization: `Bearer ${token}` } });
    expect((await classNamed("Period \u202E3")).status).toBe(400);
    // Names in any script still work, right-to-left ones included.
    expect((await classNamed("Klasse 3b")).status).toBe(201);
    const rtl = await fetch(`${app.baseUrl}/api/users`, json({ name: "مريم", email: "maryam@example.com", password: "long-enough", role: "student" }));
    expect(rtl.status).toBe(201);
  });
});
