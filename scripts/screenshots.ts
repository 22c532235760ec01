// Screenshots of the main screens at desktop (1440) and phone (390) width, light and dark, for the
// README and for looking at the app after a change. Needs a running server that allows the
// development sign-in (e.g. the e2e server, or `next start` with AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION):
//
//   BASE_URL=http://localhost:3350 npx tsx scripts/screenshots.ts [--readme]
//
// Writes data/screenshots/<screen>-<desktop|phone>-<light|dark>.png; --readme also refreshes the
// pictures the README shows (docs/images/*.png).
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { getExample } from "@/lib/examples";

const BASE = process.env.BASE_URL ?? "http://localhost:3200";
const OUT = path.resolve("data/screenshots");
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const SCHEMES = ["light", "dark"] as const;
// README picture ← screenshot it is copied from.
const README: Record<string, string> = {
  "projects-desktop.png": "projects-desktop-light.png",
  "editor-canvas-desktop.png": "editor-canvas-desktop-light.png",
  "job-phone.png": "job-phone-light.png",
  "planner-builder.png": "builder-desktop-light.png",
};

async function signIn(page: Page, email: string) {
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Continue with development sign-in" }).click();
  await page.waitForURL("**/projects");
  const radio = page.getByRole("radio", { name: /^reMarkable 2\b/ });
  if (await radio.isVisible().catch(() => false)) {
    await radio.check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
}

/** A year planner project, a notebook project and a finished render of the planner. */
async function seed(page: Page) {
  const post = (url: string, data: unknown) => page.request.post(`${BASE}${url}`, { data, headers: { origin: BASE } });
  const planner = await (
    await post("/api/projects", { name: "Planner 2026", device_profile: "remarkable-2", template_yaml: getExample("year-planner")!.yaml })
  ).json();
  await post("/api/projects", {
    name: "Meeting notes",
    device_profile: "remarkable-2",
    template_yaml: getExample("meeting-notebook")!.yaml,
  });
  await post("/api/projects", { name: "Cornell notes", device_profile: "remarkable-2", template_yaml: getExample("cornell-notes")!.yaml });
  const job = await (await post("/api/pdf/jobs", { project_id: planner.id })).json();
  for (let i = 0; i < 240; i++) {
    const status = ((await (await page.request.get(`${BASE}/api/pdf/jobs/${job.id}`)).json()) as { status: string }).status;
    if (status === "completed") break;
    if (status === "failed") throw new Error("the seed render failed");
    await page.waitForTimeout(1000);
  }
  return { projectId: planner.id as string, jobId: job.id as string };
}

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  console.log(`${name}.png`);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const email = `screens-${Date.now()}@example.test`;
  const setup = await browser.newPage();
  await signIn(setup, email);
  const { projectId, jobId } = await seed(setup);
  const state = await setup.context().storageState();
  await setup.close();

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({
        viewport,
        colorScheme: scheme,
        storageState: state,
        deviceScaleFactor: device === "phone" ? 2 : 1,
      });
      const page = await context.newPage();
      const tag = `${device}-${scheme}`;
      await page.goto(`${BASE}/projects`);
      await shoot(page, `projects-${tag}`);
      await page.goto(`${BASE}/projects/${projectId}`);
      await page.getByRole("region", { name: "Page view" }).getByTestId("page-image").waitFor({ timeout: 60_000 });
      await shoot(page, `editor-preview-${tag}`);
      await page.getByRole("tab", { name: "Canvas" }).click();
      await page.getByTestId("canvas-picture").waitFor({ timeout: 60_000 });
      await page
        .getByRole("application", { name: /canvas/ })
        .getByRole("button")
        .nth(2)
        .click();
      if (device === "desktop") await page.getByRole("region", { name: "Template editor" }).scrollIntoViewIfNeeded();
      else await page.getByRole("region", { name: "Canvas editor" }).scrollIntoViewIfNeeded();
      await shoot(page, `editor-canvas-${tag}`);
      await page.goto(`${BASE}/jobs/${jobId}`);
      await page.getByRole("region", { name: "Page view" }).getByTestId("page-image").waitFor();
      await page.waitForTimeout(1500);
      await shoot(page, `job-${tag}`);
      await page.goto(`${BASE}/builder`);
      await page.waitForTimeout(4000);
      await shoot(page, `builder-${tag}`);
      await page.goto(`${BASE}/gallery`);
      await shoot(page, `gallery-${tag}`);
      await page.goto(`${BASE}/settings`);
      await shoot(page, `settings-${tag}`);
      await context.close();
    }
  }
  await browser.close();
  if (process.argv.includes("--readme")) {
    for (const [target, source] of Object.entries(README)) await copyFile(path.join(OUT, source), path.resolve("docs/images", target));
    console.log("docs/images refreshed");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
