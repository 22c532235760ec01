import { devSignIn, expect, test } from "./fixtures";

// The batch form names each device as people know it (product-names.ts), never by its profile id.
test("batch form lists devices by product name", async ({ page, apiUser: { api, email } }) => {
  const created = await api.post("/api/projects", { data: { name: "Batch names", device_profile: "remarkable-2" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await devSignIn(page, email);
  for (const width of [1440, 390]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`/projects/${id}`);
      const devices = page.getByRole("form", { name: "Render for several devices" }).getByRole("group", { name: "Devices" });
      await devices.scrollIntoViewIfNeeded();
      await expect(devices.getByText("Boox Go Color 7 (landscape)", { exact: true })).toBeVisible();
      await expect(devices.getByText("boox-go-color-7-landscape", { exact: true })).toHaveCount(0);
      await devices.screenshot({ path: test.info().outputPath(`batch-devices-${width}-${colorScheme}.png`) });
    }
  }
});
