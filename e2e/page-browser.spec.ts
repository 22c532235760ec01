import { sampleTemplate } from "@/tests/helpers/job-templates";
import { bearer, createTokenFor, devSignIn, expect, test, uniqueEmail } from "./fixtures";

// Every page of a finished job: thumbnails drawn on the server (lazily, only those in view), a page
// view whose links work, and pictures that are private to the job's owner.
test("a 400-page job's thumbnails load lazily, links land on their page, and other users get 404", async ({
  page,
  apiUser: { api, email },
}) => {
  test.setTimeout(180_000);
  const created = await api.post("/api/pdf/jobs", { data: { yaml_content: sampleTemplate({ pages: 400, name: "Four hundred" }) } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await expect
    .poll(async () => ((await (await api.get(`/api/pdf/jobs/${id}`)).json()) as { status: string }).status, { timeout: 150_000 })
    .toBe("completed");

  const thumbs = new Set<number>();
  page.on("request", (r) => {
    const m = new RegExp(`/api/pdf/jobs/${id}/pages/(\\d+)\\?width=120`).exec(r.url());
    if (m) thumbs.add(Number(m[1]));
  });
  await devSignIn(page, email);

  // The jobs list shows the first page.
  await page.goto("/jobs");
  const first = page.getByTestId("job-first-page").first();
  await expect(first).toBeVisible();
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await page.goto(`/jobs/${id}`);
  const grid = page.getByRole("list", { name: "Pages" });
  await expect(grid.getByRole("button", { name: "Page 1", exact: true })).toBeVisible();
  // Only the rows in view are in the page (virtualised), and only they were requested.
  const mounted = await grid.getByTestId("page-thumbnail").count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan(80);
  await expect.poll(() => thumbs.size).toBeGreaterThan(0);
  expect(Math.max(...thumbs)).toBeLessThan(80);
  expect(thumbs.has(400)).toBe(false);

  // Scrolling to the end loads the last pages, and picks a page.
  await grid.evaluate((el) => el.parentElement!.scrollTo({ top: el.scrollHeight }));
  await expect(grid.getByRole("button", { name: "Page 400", exact: true })).toBeVisible();
  await expect.poll(() => thumbs.has(400)).toBe(true);
  const lastThumb = grid.getByRole("button", { name: "Page 400", exact: true }).getByTestId("page-thumbnail");
  await expect.poll(() => lastThumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // The page view: page 1's "Next" link opens page 2, whose "First" link opens page 1 again.
  const view = page.getByRole("region", { name: "Page view" });
  await expect(view.getByRole("button", { name: "Go to page 2" })).toBeVisible();
  await view.getByRole("button", { name: "Go to page 2" }).click();
  await expect(view.getByLabel("Page", { exact: true })).toHaveValue("2");
  await expect(view.getByTestId("page-image")).toHaveAttribute("src", new RegExp(`/pages/2\\?width=960$`));
  await expect(view.getByRole("button", { name: "Go to page 3" })).toBeVisible();
  await view.getByRole("button", { name: "Go to page 1" }).click();
  await expect(view.getByLabel("Page", { exact: true })).toHaveValue("1");

  // Someone else's pictures and links are 404, as are pages past the end; a bad width is 400.
  const stranger = createTokenFor(uniqueEmail("stranger"));
  const asStranger = await api.get(`/api/pdf/jobs/${id}/pages/1`, { headers: bearer(stranger) });
  expect(asStranger.status()).toBe(404);
  expect((await api.get(`/api/pdf/jobs/${id}/pages/1/links`, { headers: bearer(stranger) })).status()).toBe(404);
  const own = await api.get(`/api/pdf/jobs/${id}/pages/1?width=200`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/png");
  expect(own.headers()["cache-control"]).toContain("private");
  expect((await api.get(`/api/pdf/jobs/${id}/pages/401`)).status()).toBe(404);
  expect((await api.get(`/api/pdf/jobs/${id}/pages/1?width=99999`)).status()).toBe(400);
});
