import { describe, expect, it } from "vitest";
import { sameOriginReturnPath } from "@/server/http/return-path";
import { authOptions } from "@/server/auth/auth-options";

const origin = "https://pygrade.example";

describe("return URLs after signing in", () => {
  it("refuses every spelling of another site that browsers accept", () => {
    const hostile = [
      "//evil.example/x",
      "/\\evil.example/x",
      "\\\\evil.example",
      "/\t/evil.example/x",
      "/\n/evil.example",
      "\t//evil.example",
      "/.//evil.example/x",
      "/..//evil.example",
      "https://evil.example/x",
      "https://pygrade.example.evil.example/",
      "https://pygrade.example@evil.example/",
      "http://pygrade.example/x", // same host, another scheme: another origin
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "",
      "x".repeat(3000),
    ];
    for (const target of hostile) expect(sameOriginReturnPath(target, origin), JSON.stringify(target)).toBeNull();
    expect(sameOriginReturnPath(["/progress", "//evil.example"], origin)).toBeNull();
    expect(sameOriginReturnPath(undefined, origin)).toBeNull();
  });

  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameOriginReturnPath("/progress", origin)).toBe("/progress");
    expect(sameOriginReturnPath("/join?code=ABCD-EF23#top", origin)).toBe("/join?code=ABCD-EF23#top");
    expect(sameOriginReturnPath("https://pygrade.example/settings?tab=tokens", origin)).toBe("/settings?tab=tokens");
    expect(sameOriginReturnPath("exercises", origin)).toBe("/exercises");
  });

  it("is what next-auth's redirect callback uses", async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = origin;
    expect(await redirect({ url: "/\\evil.example/x", baseUrl })).toBe(baseUrl);
    expect(await redirect({ url: "https://evil.example/", baseUrl })).toBe(baseUrl);
    expect(await redirect({ url: "/progress", baseUrl })).toBe(`${baseUrl}/progress`);
    expect(await redirect({ url: `${baseUrl}/teach`, baseUrl })).toBe(`${baseUrl}/teach`);
  });
});
