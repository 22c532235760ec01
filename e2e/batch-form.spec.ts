import AxeBuilder from "@axe-core/playwright";
import { unzipSync } from "fflate";
import { startReceiver } from "../tests/helpers/webhook-receiver";
import { devSignIn, expect, test } from "./fixtures";

const TEMPLATE = `schema_version: "1.0"
metadata: {name: Variables, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 400, height: 500, margins: [0, 0, 0, 0]}}
widgets:
  - {id: t, type: text_block, content: "Planner {year}", position: {x: 20, y: 20, width: 300, height: 30}}
`;

// The project page's batch form sends render-time variable sets and a webhook URL, shows the server's
// validation errors under the fields they concern and keeps what was typed; the batch then renders
// one PDF per device × set and calls the webhook once.
test("batch form: variables and webhook URL, inline errors, then one PDF per device × set", async ({ page, apiUser: { api, email } }) => {
  test.setTimeout(120_000);
  const created = await api.post("/api/projects", {
    data: { name: "Batch variables", device_profile: "remarkable-2", template_yaml: TEMPLATE },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const hook = await startReceiver(); // the e2e server allows http on loopback
  try {
    await devSignIn(page, email);
    await page.goto(`/projects/${id}`);
    const form = page.getByRole("form", { name: "Render for several devices" });
    await form.scrollIntoViewIfNeeded();
    // A second device besides the project's own.
    await form.getByRole("group", { name: "Devices" }).getByRole("checkbox", { checked: false }).first().check();
    await expect(form.getByRole("button", { name: "Render 2 PDFs" })).toBeEnabled();

    await form.getByRole("button", { name: "+ Add variables" }).click();
    await form.getByLabel("Set 1, variable 1 name").fill("page");
    await form.getByLabel("Set 1, variable 1 value").fill("2027");
    await form.getByLabel("Webhook URL").fill("ftp://example.com/hook");
    await form.getByRole("button", { name: "Render 2 PDFs" }).click();

    // Each error under its field; everything typed is still there.
    await expect(form.getByText("“page” is filled in when the PDF is drawn; choose another name")).toBeVisible();
    await expect(form.getByText("Must be an https URL")).toBeVisible();
    await expect(form.getByLabel("Set 1, variable 1 name")).toHaveValue("page");
    await expect(form.getByLabel("Set 1, variable 1 name")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Set 1, variable 1 value")).toHaveValue("2027");
    await expect(form.getByLabel("Webhook URL")).toHaveValue("ftp://example.com/hook");
    await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));
    // The form with its errors shown passes axe (WCAG 2.x A/AA), in this light and in dark.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page })
        .include('form[aria-label="Render for several devices"]')
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${colorScheme}: ${v.id}`)).toEqual(
        [],
      );
    }

    // A value without a name is caught before anything is sent.
    await form.getByRole("button", { name: "+ Add variable" }).click();
    await form.getByLabel("Set 1, variable 2 value").fill("orphan");
    await form.getByRole("button", { name: "Render 2 PDFs" }).click();
    await expect(form.getByText("Give this value a name")).toBeVisible();
    await form.getByRole("button", { name: "Remove variable 2 of set 1" }).click();

    // Corrected: two sets (the second starts with the first one's names), a reachable webhook.
    await form.getByLabel("Set 1, variable 1 name").fill("year");
    await form.getByRole("button", { name: "+ Add another set" }).click();
    await expect(form.getByLabel("Set 2, variable 1 name")).toHaveValue("year");
    await form.getByLabel("Set 2, variable 1 value").fill("2028");
    await form.getByLabel("Webhook URL").fill(`${hook.base}/batch-hook`);
    await expect(form.getByText("2 devices × 2 sets of variables")).toBeVisible();
    await form.getByRole("button", { name: "Render 4 PDFs" }).click();

    await page.waitForURL(/\/batches\/[a-z0-9]+$/);
    const batchId = page.url().split("/").pop()!;
    const rows = page.getByTestId("batch-device");
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "year = 2027" })).toHaveCount(2);
    await expect(rows.filter({ hasText: "year = 2028" })).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Download ZIP" })).toBeVisible({ timeout: 90_000 });

    // The API agrees: each job carries its set, and the webhook got batch.completed once.
    const batch = (await (await api.get(`/api/pdf/batches/${batchId}`)).json()) as { jobs: { variables: Record<string, number> }[] };
    expect(batch.jobs.map((j) => j.variables.year).sort()).toEqual([2027, 2027, 2028, 2028]);
    // The ZIP names each PDF by its device and values.
    const zip = await page.request.get(`/api/pdf/batches/${batchId}/download`);
    expect(zip.status()).toBe(200);
    const names = Object.keys(unzipSync(new Uint8Array(await zip.body()))).sort();
    expect(names).toHaveLength(4);
    expect(names.filter((n) => n.endsWith(" 2027.pdf"))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith(" 2028.pdf"))).toHaveLength(2);
    await expect.poll(() => hook.at("/batch-hook").length, { timeout: 30_000 }).toBe(1);
    expect(JSON.parse(hook.at("/batch-hook")[0]!.body)).toMatchObject({ type: "pdf.batch.completed", batch: { id: batchId } });
  } finally {
    await hook.close();
  }
});
