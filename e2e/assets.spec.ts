import { makePng, SVG } from "@/tests/helpers/image-fixtures";
import { test, expect } from "./fixtures";

test("upload a PNG on the settings page, see it listed with its reference and thumbnail, delete it", async ({ userPage: { page } }) => {
  await page.goto("/settings/assets"); // developer settings live under Settings, not the primary nav
  await page.waitForURL("**/settings/assets");
  const uploadForm = page.getByRole("form", { name: "Upload an asset" });
  await expect(page.getByText("No assets yet")).toBeVisible();

  // A non-image is refused with the reason, and nothing is listed.
  await page.getByLabel("Image (PNG or JPEG)").setInputFiles({ name: "drawing.png", mimeType: "image/png", buffer: SVG });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(uploadForm.getByRole("alert")).toContainText("SVG images are not supported");
  await expect(page.getByText("No assets yet")).toBeVisible();

  await page.getByLabel("Image (PNG or JPEG)").setInputFiles({ name: "My Logo.png", mimeType: "image/png", buffer: makePng(40, 30) });
  await page.getByRole("button", { name: "Upload" }).click();
  const row = page.getByTestId("asset-row").filter({ hasText: "My-Logo.png" });
  await expect(row).toBeVisible();
  await expect(row.getByText("asset:My-Logo.png")).toBeVisible();
  await expect(row).toContainText("40×30 px");
  // The thumbnail really loads through the owner-only content route.
  const thumb = row.getByRole("img", { name: "My-Logo.png" });
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(40);

  // The same asset through the REST API, with the session cookie.
  const listed = await (await page.request.get("/api/assets")).json();
  expect(listed).toMatchObject({ total: 1, assets: [{ name: "My-Logo.png", width: 40, height: 30 }] });

  // A second upload under the same name is a clear conflict.
  await page.getByLabel("Image (PNG or JPEG)").setInputFiles({ name: "My Logo.png", mimeType: "image/png", buffer: makePng(4, 4) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(uploadForm.getByRole("alert")).toContainText('An asset named "My-Logo.png" already exists');

  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Delete My-Logo.png" }).click();
  await expect(page.getByText("No assets yet")).toBeVisible();
  expect((await (await page.request.get("/api/assets")).json()).total).toBe(0);
});
