import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./support";

// Everything a learner or teacher can type, and everything a learner's program prints, must reach other people's
// screens as text. Each payload would open a dialog if it ever ran as HTML or script.
const studentName = `Eve <img src=x onerror="alert('name')">`;
const className = `Period <script>alert('class')</script><b>bold</b>`;
const printed = `<script>alert('printed')</script>`;
const yielded = `<img src=x onerror=alert('yielded')>`;
const code = `def countdown(n):
    print("${printed}")
    yield "${yielded}"
`;

/** A page that fails the test if any dialog opens (an executed payload is the only thing that would open one). */
async function guardedPage(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return { page, dialogs };
}

async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("b", { hasText: "bold" })).toHaveCount(0);
  // Next's own inline scripts carry the page data (payloads included, as JSON strings); an injected one would be a
  // script element holding just the payload.
  const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? "").trim()));
  expect(scripts.filter((text) => /^alert\('/.test(text))).toEqual([]);
}

test("markup in names, class names, code and printed output shows as text to the learner and the teacher", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacher = await guardedPage(browser);
  await signUp(teacher.page, { name: "Teacher T", email: uniqueEmail("xss-teacher"), password: "teacher-password", role: "teacher" });
  await teacher.page.goto("/teach");
  await teacher.page.getByLabel("Class name").fill(className);
  await teacher.page.getByRole("button", { name: "Create class" }).click();
  const joinCode = (await teacher.page.getByTestId("new-join-code").textContent())!.trim();
  await expect(teacher.page.getByRole("status")).toContainText(className);

  const student = await guardedPage(browser);
  await signUp(student.page, { name: studentName, email: uniqueEmail("xss-student"), password: "student-password", role: "student" });
  await expect(student.page.getByRole("banner")).toContainText(studentName);
  await student.page.goto(`/join?code=${encodeURIComponent(joinCode)}`);
  await student.page.getByRole("button", { name: "Join class" }).click();
  await expect(student.page.getByRole("status")).toContainText(className);

  await student.page.goto("/exercises/countdown");
  await student.page.locator(".cm-content").click();
  await student.page.keyboard.press("ControlOrMeta+a");
  await student.page.keyboard.insertText(code);
  await student.page.getByRole("button", { name: "Submit" }).click();
  const result = student.page.getByRole("status").filter({ hasText: /passed|failed|could not be checked/ });
  await expect(result).toContainText(/failed/, { timeout: 60_000 });
  // The printed output and the yielded value (echoed in the failing test's message) are shown as typed.
  await expect(result).toContainText(printed);
  await expect(result).toContainText(yielded);
  await expectNoInjectedMarkup(student.page);
  // The progress page lists the learner's recent work (and their classes' assignments, if any).
  await student.page.goto("/progress");
  await expect(student.page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expectNoInjectedMarkup(student.page);

  // The teacher's class view: the student's name as text, and their code on the attempt page.
  await teacher.page.goto("/teach");
  await teacher.page.getByRole("link", { name: new RegExp(escapeRegExp(className)) }).first().click();
  await expect(teacher.page.getByRole("heading", { level: 1 })).toContainText(className);
  await expectNoInjectedMarkup(teacher.page);
  const classUrl = new URL(teacher.page.url());
  await teacher.page.getByRole("link", { name: /^Students/ }).click();
  await expect(teacher.page.getByText(studentName).first()).toBeVisible();
  await expectNoInjectedMarkup(teacher.page);
  const studentId = await studentIdFromProgress(teacher.page, classUrl.pathname);
  await teacher.page.goto(`${classUrl.pathname}/students/${studentId}/items/countdown`);
  await expect(teacher.page.locator("main")).toContainText(`print("${printed}")`);
  await expect(teacher.page.locator("main")).toContainText(yielded);
  await expectNoInjectedMarkup(teacher.page);

  expect(student.dialogs, "a payload ran on the learner's pages").toEqual([]);
  expect(teacher.dialogs, "a payload ran on the teacher's pages").toEqual([]);
});

/** The student's id, read from the class progress API as the teacher (the page links to it by id). */
async function studentIdFromProgress(page: Page, classPath: string): Promise<string> {
  const classId = classPath.split("/").pop()!;
  const response = await page.request.get(`/api/classes/${classId}/progress`);
  expect(response.status()).toBe(200);
  const { students } = await response.json();
  return students.find((entry: { name: string }) => entry.name === studentName).userId;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
