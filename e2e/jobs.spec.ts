// The PDF job system in the browser: paste a template, render, watch progress, download and open
// the PDF; cancel a long render from the UI; the Jobs page lists and filters. Plus the REST API
// from a token-only client (no cookies) and an anonymous one.
import { PDFDocument } from "pdf-lib";
import { readFile } from "node:fs/promises";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { plannerYaml } from "@/bench/planner";
import { expect, test } from "./fixtures";

test.describe("PDF jobs in the browser", () => {
  test("paste a template, render, watch progress, download and open the PDF", async ({ userPage: { page } }) => {
    await page.goto("/render");
    await page.getByLabel("Template YAML").fill(sampleTemplate({ pages: 40, fillerPerPage: 10, name: "E2E planner" }));
    await page.getByRole("button", { name: "Render PDF" }).click();
    await page.waitForURL(/\/jobs\/[a-z0-9]+$/);

    const status = page.getByTestId("job-status");
    // The first state is server-rendered (queued or already rendering) with a progress bar.
    await expect(page.getByRole("progressbar", { name: "Render progress" })).toBeVisible();
    await expect(status).toHaveAttribute("data-status", "completed", { timeout: 90_000 });
    await expect(page.getByTestId("job-pages")).toHaveText("40");

    // The state survives a reload (it lives in the database, not the page).
    await page.reload();
    await expect(status).toHaveAttribute("data-status", "completed");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    expect(download.suggestedFilename()).toBe("E2E planner.pdf");
    const pdf = await PDFDocument.load(await readFile((await download.path())!));
    expect(pdf.getPageCount()).toBe(40);

    await page.getByText("Details").click();
    await expect(page.getByText("Layout")).toBeVisible();
  });

  test("render options chosen under Options reach the job", async ({ userPage: { page } }) => {
    await page.goto("/render");
    await page.getByLabel("Template YAML").fill(sampleTemplate({ pages: 2, name: "E2E options" }));
    await page.getByText("Options", { exact: true }).click();
    await page.getByLabel("Keep link areas as drawn; report short ones").check();
    await page.getByLabel(/^Explicit page positions/).check();
    await page.getByLabel("Constraint checks").selectOption("einkpdf");
    await page.getByLabel("Device", { exact: true }).selectOption("kindle-scribe");
    await page.getByRole("button", { name: "Render PDF" }).click();
    await page.waitForURL(/\/jobs\/[a-z0-9]+$/);
    await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
    await page.getByText("Details").click();
    await expect(page.getByText("touch targets: report · links: explicit · constraints: einkpdf")).toBeVisible();
    await expect(page.getByText("kindle-scribe", { exact: true })).toBeVisible();
  });

  test("cancel a long render from the UI; it stays cancelled", async ({ userPage: { page } }) => {
    await page.goto("/render");
    await page.getByLabel("Template YAML").fill(plannerYaml("2026-01-01", "2027-12-31"));
    await page.getByRole("button", { name: "Render PDF" }).click();
    await page.waitForURL(/\/jobs\/[a-z0-9]+$/);
    const status = page.getByTestId("job-status");
    await expect(status).toHaveAttribute("data-status", "processing", { timeout: 60_000 });
    await expect(page.getByTestId("progress-label")).toContainText(/of \d+/, { timeout: 30_000 });
    // While it runs, the job can still ask for the job-finished e-mail (a cancelled job then sends none).
    await page.getByRole("button", { name: "E-mail me when done" }).click();
    await expect(page.getByTestId("email-when-done")).toHaveText("✉ You'll get an e-mail");

    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(status).toHaveAttribute("data-status", "cancelled");
    await page.waitForTimeout(3000);
    await page.reload();
    await expect(status).toHaveAttribute("data-status", "cancelled");
    await expect(page.getByRole("link", { name: "Download PDF" })).toHaveCount(0);

    // Retry = a new job with the same input; cancel that one too, then delete the first.
    const firstUrl = page.url();
    await page.getByRole("button", { name: "Retry" }).click();
    await page.waitForURL((url) => /\/jobs\/[a-z0-9]+$/.test(url.pathname) && url.href !== firstUrl);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(status).toHaveAttribute("data-status", "cancelled");

    await page.goto("/jobs?status=cancelled");
    const rows = page.getByTestId("job-row");
    await expect(rows).toHaveCount(2);
    page.once("dialog", (dialog) => void dialog.accept());
    await rows.last().getByRole("button", { name: "Delete" }).click();
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole("link", { name: /Cancelled\s*1/ })).toBeVisible();
  });

  test("rejects an invalid template on the render page with a message", async ({ userPage: { page } }) => {
    await page.goto("/render");
    await page.getByLabel("Template YAML").fill("widgets: [unclosed");
    await page.getByRole("button", { name: "Render PDF" }).click();
    await expect(page.getByText(/^Template is invalid: /)).toBeVisible();
    await expect(page).toHaveURL(/\/render$/);
  });
});

test.describe("PDF job API over HTTP", () => {
  test("token client: create, poll, download; anonymous callers get 401", async ({ apiUser: { api }, playwright, baseURL }) => {
    const created = await api.post("/api/pdf/jobs", { data: { yaml_content: sampleTemplate({ pages: 2 }) } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expect
      .poll(async () => ((await (await api.get(`/api/pdf/jobs/${id}`)).json()) as { status: string }).status, { timeout: 60_000 })
      .toBe("completed");
    const file = await api.get(`/api/pdf/jobs/${id}/download`);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await PDFDocument.load(await file.body())).getPageCount()).toBe(2);

    const generated = await api.post("/api/pdf/generate", { data: { yaml_content: sampleTemplate({ pages: 3 }) } });
    expect(generated.status()).toBe(200);
    expect((await PDFDocument.load(await generated.body())).getPageCount()).toBe(3);

    const anonymous = await playwright.request.newContext({ baseURL });
    for (const res of [await anonymous.post("/api/pdf/generate", { data: {} }), await anonymous.get(`/api/pdf/jobs/${id}`)]) {
      expect(res.status()).toBe(401);
    }
    await anonymous.dispose();
  });
});
