import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support";

test("a user creates a token on /settings, sees it once, uses it, and revokes it", async ({ page, request }) => {
  await signUp(page, { name: "Tokyo Tokens", email: uniqueEmail("settings"), password: "token-password", role: "student" });
  await page.getByRole("link", { name: /Tokyo Tokens/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Account" })).toContainText("Tokyo Tokens");
  await expect(page.getByText("You have no tokens yet.")).toBeVisible();

  await page.getByLabel("Token name").fill("laptop script");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New token");
  await expect(shown).toHaveValue(/^pgr_/);
  await expect(page.getByText("it is shown only once")).toBeVisible();
  const token = await shown.inputValue();

  const tokens = page.getByRole("region", { name: "Personal access tokens" });
  const row = tokens.getByRole("row", { name: /laptop script/ });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");
  expect((await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);

  // After a reload the secret is gone for good: only its prefix remains.
  await page.reload();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  await tokens.getByRole("button", { name: "Revoke laptop script" }).click();
  await expect(tokens.getByRole("row", { name: /laptop script/ })).toContainText("Revoked");
  expect((await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
});
