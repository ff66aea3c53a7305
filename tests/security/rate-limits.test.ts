import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { accountWithToken, inBatches, jsonRequest, signInWithPassword } from "./http-client";

// Every request in this file comes from 127.0.0.1: one school address behind which a whole classroom works.
let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
}, 300_000);
afterAll(async () => {
  await app?.stop();
});

const sessionCookie = (response: Response) =>
  response.headers.getSetCookie().find((cookie) => /next-auth\.session-token=/.test(cookie));

describe("rate limits tuned for a classroom behind one address", () => {
  it("lets 60 students sign up, sign in and get API tokens from one address at the same time", async () => {
    const students = Array.from({ length: 60 }, (_, index) => ({
      name: `Student ${index}`,
      email: `class-${index}@school.example`,
      password: `password-of-student-${index}`,
    }));
    const accounts = await inBatches(students, 10, (student) => accountWithToken(app, student));
    expect(new Set(accounts.map((account) => account.id)).size).toBe(60);

    const signIns = await inBatches(students, 10, (student) => signInWithPassword(app, student.email, student.password));
    expect(signIns.map((response) => response.status)).toEqual(students.map(() => 200));
    expect(signIns.every((response) => sessionCookie(response))).toBe(true);
  }, 600_000);

  it("stops the 11th wrong password for one account with 429 + Retry-After, refuses even the right one, and leaves others alone", async () => {
    const victim = await accountWithToken(app, { name: "Victim", email: "victim@school.example", password: "correct-horse-battery" });
    const bystander = await accountWithToken(app, { name: "Bystander", email: "bystander@school.example", password: "staple-correct-horse" });

    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await signInWithPassword(app, victim.email, `wrong-guess-${attempt}`);
      expect(response.status, `attempt ${attempt}`).toBe(401);
      expect(sessionCookie(response)).toBeUndefined();
    }
    for (const guess of ["wrong-guess-11", "wrong-guess-12", victim.password]) {
      const response = await signInWithPassword(app, victim.email, guess);
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const body = await response.json();
      expect(new URL(body.url).searchParams.get("error")).toMatch(/Too many failed sign-in attempts/);
      expect(sessionCookie(response)).toBeUndefined();
    }
    // The JSON API shares the same counters: no way around the limit by asking for a token instead.
    const token = await fetch(`${app.baseUrl}/api/tokens`, jsonRequest("POST", { email: victim.email, password: victim.password }));
    expect(token.status).toBe(429);
    expect(Number(token.headers.get("retry-after"))).toBeGreaterThan(0);

    const other = await signInWithPassword(app, bystander.email, bystander.password);
    expect(other.status).toBe(200);
    expect(sessionCookie(other)).toBeDefined();
  }, 300_000);

  it("answers an unknown email exactly like a wrong password", async () => {
    await accountWithToken(app, { name: "Known", email: "known@school.example", password: "known-password-1" });
    const wrong = await fetch(`${app.baseUrl}/api/tokens`, jsonRequest("POST", { email: "known@school.example", password: "nope-nope" }));
    const unknown = await fetch(`${app.baseUrl}/api/tokens`, jsonRequest("POST", { email: "ghost@school.example", password: "nope-nope" }));
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await wrong.json());
    const wrongForm = await signInWithPassword(app, "known@school.example", "nope-nope");
    const unknownForm = await signInWithPassword(app, "ghost@school.example", "nope-nope");
    expect([wrongForm.status, unknownForm.status]).toEqual([401, 401]);
    expect(await unknownForm.json()).toEqual(await wrongForm.json());
  }, 120_000);

  it("caps sign-up attempts for one email, so the 'already taken' answer cannot be used to scan addresses", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await fetch(
        `${app.baseUrl}/api/users`,
        jsonRequest("POST", { name: "Taken", email: "taken@school.example", password: "some-password", role: "student" }),
      );
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 409, 409, 409, 409, 429]);
  }, 120_000);
});
