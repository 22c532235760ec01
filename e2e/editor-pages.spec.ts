import { getExample } from "@/lib/examples";
import { dotGridNotebook } from "@/lib/examples/dot-grid-notebook";
import { devSignIn, expect, test } from "./fixtures";

// Issue 13: the editor's Preview tab shows any page of the document (not only the first ones), with
// thumbnails of every page drawn as they scroll into view, and every page (in the editor and on a
// finished job) leads to the master and widget that drew it on the canvas.
test("the editor's page browser shows any page, and pages lead to the master and widget that drew them", async ({
  page,
  apiUser: { api, email },
}) => {
  test.setTimeout(240_000);
  const created = await api.post("/api/projects", {
    data: { name: "Dot notes", device_profile: "supernote-manta", template_yaml: dotGridNotebook },
  });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: string };
  // A render of the project, for the job page's way in.
  const job = await api.post("/api/pdf/jobs", { data: { project_id: projectId } });
  expect(job.status()).toBe(201);
  const { id: jobId } = (await job.json()) as { id: string };

  const thumbs = new Set<number>();
  page.on("request", (r) => {
    if (!r.url().endsWith("/api/preview/page")) return;
    const body = JSON.parse(r.postData() ?? "{}") as { page?: number; width?: number };
    if (body.width === 120 && body.page) thumbs.add(body.page);
  });
  await devSignIn(page, email);
  await page.goto(`/projects/${projectId}`);

  const preview = page.getByRole("region", { name: "Preview" });
  const view = preview.getByRole("region", { name: "Page view" });
  await expect(view.getByTestId("page-status")).toContainText("page 1 of 31", { timeout: 60_000 });
  await expect(preview.getByTestId("drawn-by")).toContainText("Drawn by master “index”");

  // Thumbnails: only the rows in view are mounted and drawn (page 31 is not, until scrolled to).
  const strip = preview.getByRole("list", { name: "Preview pages" });
  await expect(strip.getByRole("button", { name: "Page 1", exact: true })).toBeVisible();
  const mounted = await strip.getByRole("listitem").count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan(31);
  await expect.poll(() => thumbs.size, { timeout: 60_000 }).toBeGreaterThan(0);
  expect(thumbs.has(31)).toBe(false);
  await expect(strip.getByTestId("preview-thumbnail").first()).toBeVisible({ timeout: 60_000 });

  // The last page, far past the first two: scroll the strip to it and pick it.
  await strip.evaluate((el) => el.parentElement!.scrollTo({ top: el.scrollHeight }));
  await strip.getByRole("button", { name: "Page 31", exact: true }).click();
  await expect(view.getByLabel("Page", { exact: true })).toHaveValue("31");
  await expect(view.getByTestId("page-status")).toContainText("page 31 of 31", { timeout: 60_000 });
  await expect(view.getByTestId("page-image")).toHaveAttribute("src", /^data:image\/png;base64,/);
  await expect(preview.getByTestId("drawn-by")).toContainText("Drawn by master “page”");
  await expect.poll(() => thumbs.has(31), { timeout: 60_000 }).toBe(true);

  // Jump from the page to the widget that drew part of it: the canvas opens on that page, on the
  // master "page", with the widget selected.
  await preview.getByRole("list", { name: "Widgets on this page" }).getByRole("button", { name: "title", exact: true }).click();
  await expect(page.getByRole("tab", { name: "Canvas" })).toHaveAttribute("aria-selected", "true");
  const canvas = page.getByRole("region", { name: "Canvas editor" });
  await expect(canvas.getByLabel("Page", { exact: true })).toHaveValue("31");
  await expect(canvas.getByTestId("canvas-master")).toContainText("“page”", { timeout: 60_000 });
  await expect(canvas.getByRole("application", { name: /canvas/ }).getByRole("button", { name: "title", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByTestId("canvas-picture")).toBeVisible();

  // From a finished job's page view: "Edit page N in the project" opens the canvas on that page.
  await expect
    .poll(async () => ((await (await api.get(`/api/pdf/jobs/${jobId}`)).json()) as { status: string }).status, { timeout: 150_000 })
    .toBe("completed");
  await page.goto(`/jobs/${jobId}`);
  const jobView = page.getByRole("region", { name: "Page view" });
  await jobView.getByRole("button", { name: "Go to page 5" }).click();
  await expect(jobView.getByLabel("Page", { exact: true })).toHaveValue("5");
  await page.getByTestId("edit-page-link").click();
  await page.waitForURL(`**/projects/${projectId}?page=5`);
  await expect(page.getByRole("tab", { name: "Canvas" })).toHaveAttribute("aria-selected", "true");
  const canvasAgain = page.getByRole("region", { name: "Canvas editor" });
  await expect(canvasAgain.getByLabel("Page", { exact: true })).toHaveValue("5");
  await expect(canvasAgain.getByTestId("canvas-master")).toContainText("“page”", { timeout: 60_000 });
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the editor of a year planner (long unbreakable YAML words) stays within a phone's width", async ({
    page,
    apiUser: { api, email },
  }) => {
    const created = await api.post("/api/projects", {
      data: { name: "Year", device_profile: "remarkable-2", template_yaml: getExample("year-planner")!.yaml },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await devSignIn(page, email);
    await page.goto(`/projects/${id}`);
    await expect(page.getByRole("region", { name: "Template editor" }).locator(".cm-content")).toContainText("created_at");
    await expect(page.getByRole("region", { name: "Page view" }).getByTestId("page-image")).toBeVisible({ timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the editor page is ${overflow}px wider than the phone`).toBeLessThanOrEqual(0);
  });
});
