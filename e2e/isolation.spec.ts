import { test, expect, bearer, createTokenFor, devSignIn, uniqueEmail } from "./fixtures";

test("user B cannot see or touch user A's projects or tokens", async ({ apiUser: alice, playwright, baseURL, page }) => {
  const project = await (await alice.api.post("/api/projects", { data: { name: "Alice's secret plan" } })).json();
  const aliceTokens = await (await alice.api.get("/api/tokens")).json();
  const aliceTokenId = aliceTokens.tokens[0].id as string;

  const bobToken = createTokenFor(uniqueEmail("bob"));
  const bob = await playwright.request.newContext({ baseURL, extraHTTPHeaders: bearer(bobToken) });
  for (const res of [
    await bob.get(`/api/projects/${project.id}`),
    await bob.patch(`/api/projects/${project.id}`, { data: { name: "pwned" } }),
    await bob.delete(`/api/projects/${project.id}`),
    await bob.delete(`/api/tokens/${aliceTokenId}`),
  ]) {
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
  }
  expect((await (await bob.get("/api/projects")).json()).total).toBe(0);
  expect((await (await bob.get("/api/tokens")).json()).tokens.map((t: { id: string }) => t.id)).not.toContain(aliceTokenId);

  // Alice's project and token are untouched.
  expect((await (await alice.api.get(`/api/projects/${project.id}`)).json()).name).toBe("Alice's secret plan");
  expect((await alice.api.get("/api/me")).status()).toBe(200);

  // In the browser, Bob gets the not-found page for Alice's project.
  await devSignIn(page, uniqueEmail("bob-ui"));
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByText("Project not found")).toBeVisible();
  await bob.dispose();
});
