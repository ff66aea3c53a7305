// Fourth review (web): weaknesses found by attacking a running app, each checked here against the code that fixes it
// (route wrappers and domain functions called directly, so no build is needed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { createTestDatabase } from "../support/test-database";
import { apiRoute } from "@/server/http/api-route";
import { parseJsonBody, readBodyLimited } from "@/server/http/parse-request";
import { AppError } from "@/server/errors";
import { consumeQuizAttempt } from "@/server/rate-limit/quiz-attempt-limits";
import { POST as nextAuthPost } from "../../app/api/auth/[...nextauth]/route";

/** A body sent the way `Transfer-Encoding: chunked` arrives: no Content-Length, `chunks` pieces of `size` bytes. */
function chunkedBody(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

const post = (body: BodyInit, url = "http://localhost/api/x") =>
  new Request(url, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);

describe("JSON bodies and NUL", () => {
  const schema = z.object({ code: z.string() });

  it("keeps learner code that only spells the escape \\u0000 (no NUL in it)", async () => {
    // Python source `SEP = "\u0000"`: JSON-encoded as "\\u0000". It was refused as "contains a NUL character",
    // so the editor could not submit a correct program using that escape.
    const code = 'SEP = "\\u0000"\nprint(SEP.join(["a", "b"]))\n';
    await expect(parseJsonBody(post(JSON.stringify({ code })), schema)).resolves.toEqual({ code });
  });

  it.each([
    ["a raw NUL", `{"code": "a\u0000b"}`],
    ["the JSON escape for NUL", String.raw`{"code": "a\u0000b"}`],
    ["a NUL in a key", String.raw`{"code": "x", "k\u0000": 1}`],
    ["a NUL deep inside", `{"code": "x", "deep": ${"[".repeat(5000)}"\\u0000"${"]".repeat(5000)}}`],
  ])("still refuses %s", async (_name, body) => {
    await expect(parseJsonBody(post(body), schema.passthrough())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/NUL/) });
  });

  it("walks a wide array without overflowing the stack", async () => {
    const body = JSON.stringify({ code: "x", wide: new Array(300_000).fill(0) });
    await expect(parseJsonBody(post(body), schema, { maxBytes: 1024 * 1024 })).resolves.toEqual({ code: "x" });
  });
});

describe("bodies without a Content-Length", () => {
  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { stream, pulled } = chunkedBody(10_000, 64 * 1024);
    await expect(readBodyLimited(post(stream), 16 * 1024)).rejects.toMatchObject({ status: 413 });
    expect(pulled()).toBeLessThan(4);
  });

  it("next-auth's endpoints refuse a huge chunked sign-in body with 413 without buffering it", async () => {
    // Found: `POST /api/auth/callback/credentials` with `Transfer-Encoding: chunked` (no Content-Length) skipped the
    // 16 KB check and next-auth read 300 MB into memory (the app grew from 0.3 to 1.5 GB), anonymously.
    for (const action of ["callback/credentials", "signout"]) {
      const { stream, pulled } = chunkedBody(5_000, 64 * 1024); // 320 MB if read to the end
      const request = new NextRequest(`http://localhost:3000/api/auth/${action}`, {
        method: "POST",
        body: stream,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]);
      const response = await nextAuthPost(request, { params: Promise.resolve({ nextauth: action.split("/") }) });
      expect(response.status).toBe(413);
      expect(pulled()).toBeLessThan(4);
    }
  });
});

describe("apiRoute", () => {
  it("answers a NUL in the path or query with 400 before the handler runs", async () => {
    let ran = 0;
    const route = apiRoute(async () => {
      ran += 1;
      return NextResponse.json({});
    });
    // Found: /api/submissions/%00, /api/classes/%00/progress, /api/tokens/%00 (DELETE), ?userId=%00 ... were 500s:
    // PostgreSQL refuses NUL in text.
    for (const url of ["http://localhost/api/submissions/%00", "http://localhost/api/x?userId=a%00b", "http://localhost/api/x/%00/progress"]) {
      const response = await route(new Request(url), { params: Promise.resolve({}) });
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(/NUL/);
    }
    expect(ran).toBe(0);
    expect((await route(new Request("http://localhost/api/x?q=%01"), { params: Promise.resolve({}) })).status).toBe(200);
  });

  it("marks answers private and uncacheable unless the route chose otherwise", async () => {
    // Found: /api/me, /api/me/progress, /api/classes (join codes) and /api/classes/<id>/progress had no Cache-Control.
    const plain = apiRoute(async () => NextResponse.json({ me: 1 }));
    const chosen = apiRoute(async () => NextResponse.json({}, { headers: { "Cache-Control": "no-store, no-transform" } }));
    const failing = apiRoute(async () => {
      throw new AppError("not_found", "Nope.");
    });
    const context = { params: Promise.resolve({}) };
    expect((await plain(new Request("http://localhost/api/me"), context)).headers.get("cache-control")).toBe("private, no-store");
    expect((await chosen(new Request("http://localhost/api/x"), context)).headers.get("cache-control")).toBe("no-store, no-transform");
    expect((await failing(new Request("http://localhost/api/x"), context)).headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("recorded quiz attempts", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const student = () =>
    database.prisma.user.create({
      data: { email: `quiz-${Math.random()}@example.test`, name: "Q", role: "student", passwordHash: "x" },
      select: { id: true },
    });

  it("allows 20 a minute per learner, then 429 with Retry-After; other learners unaffected", async () => {
    // Found: 800 recorded attempts of 55 KB each in 17 s from one student token, all 201 (no limit at all).
    const [flooder, other] = [await student(), await student()];
    for (let i = 0; i < 20; i += 1) await consumeQuizAttempt(flooder.id);
    const refused = await consumeQuizAttempt(flooder.id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 429 });
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(0);
    await expect(consumeQuizAttempt(other.id)).resolves.toBeUndefined();
  });
});
