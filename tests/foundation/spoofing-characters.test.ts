import { describe, expect, it } from "vitest";
import { displayName, findSpoofingCharacter } from "@/lib/spoofing-characters";
import { signUpSchema } from "@/server/auth/user-schemas";
import { classNameSchema } from "@/server/classes/class-schemas";

const spoofs = [
  "Eve\u202Enimda", // shows as "Eveadmin"
  "\u2066Ada\u2069",
  "\u2067Ada",
  "A\u200Bda",
  "A\u200Cda",
  "A\u200Dda",
  "Ada\u200E",
  "Ada\u200F",
  "A\uFEFFda",
  "Ad\u2060a",
  "Ad\u00ADa",
  "\u3164",
  "Ada\u061C",
];
const genuine = ["Ada Lovelace", "Zoë O'Brien-Núñez", "مريم", "علی\u200Cرضا", "मोहन\u200Dलाल", "李小龍", "葛\u{E0100}城", "Chloé 👩\u200D💻", "❤\uFE0F Ana", "Ана"];

describe("names that could pass for someone else's", () => {
  it("finds direction controls and invisible characters, and leaves names in any script alone", () => {
    for (const name of spoofs) expect(findSpoofingCharacter(name), JSON.stringify(name)).not.toBeNull();
    for (const name of genuine) expect(findSpoofingCharacter(name), JSON.stringify(name)).toBeNull();
  });

  it("are refused at sign-up and for class names, with a message naming the character", () => {
    const signUp = signUpSchema.safeParse({ name: "Eve\u202Enimda", email: "eve@example.com", password: "long-enough", role: "student" });
    expect(signUp.success).toBe(false);
    expect(signUp.error?.issues[0]).toMatchObject({ path: ["name"], message: expect.stringContaining("(U+202E)") });
    expect(classNameSchema.safeParse("Period \u2066 3").success).toBe(false);
    for (const name of genuine) expect(classNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
  });

  it("show existing ones with a visible mark in place of each such character", () => {
    expect(displayName("Eve\u202Enimda\u202C")).toBe("Eve\uFFFDnimda\uFFFD");
    expect(displayName("A\u200Bda")).toBe("A\uFFFDda");
    for (const name of genuine) expect(displayName(name)).toBe(name);
  });
});
