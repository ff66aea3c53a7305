import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { storableText, storableValue } from "@/server/db/storable-text";

describe("storableText", () => {
  it("shows NUL as ␀ and a lone surrogate as U+FFFD, and keeps everything else", () => {
    expect(storableText("a\u0000b\u0000")).toBe("a\u2400b\u2400");
    expect(storableText("x\udc80y\ud800")).toBe("x\ufffdy\ufffd");
    expect(storableText("emoji 😀 stays, tab\tand newline\n stay")).toBe("emoji 😀 stays, tab\tand newline\n stay");
  });

  it("cleans strings and keys all through a JSON value and leaves other values alone", () => {
    const when = new Date(0);
    const cleaned = storableValue({ "k\u0000": ["v\udc80", { deep: "\u0000" }], n: 1, when, none: Prisma.JsonNull });
    expect(cleaned).toEqual({ "k\u2400": ["v\ufffd", { deep: "\u2400" }], n: 1, when, none: Prisma.JsonNull });
    expect(cleaned.when).toBe(when);
    expect(cleaned.none).toBe(Prisma.JsonNull);
  });
});
