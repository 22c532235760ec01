import { describe, expect, it } from "vitest";
import { ChildBudgetQueue } from "./child-budget";

describe("child budget", () => {
  it("never runs more children, or reserves more memory, than the node's budget", async () => {
    const q = new ChildBudgetQueue(() => ({ maxChildren: 3, memoryMb: 4096 }));
    const a = await q.acquire(2048);
    const b = await q.acquire(2048);
    const order: string[] = [];
    const c = q.acquire(2048).then((r) => (order.push("c"), r));
    const d = q.acquire(512).then((r) => (order.push("d"), r));
    await Promise.resolve();
    expect(q.stats()).toEqual({ running: 2, reservedMb: 4096, waiting: 2 });
    a();
    const releaseC = await c;
    // d waits behind c, then for memory: 4,096 MB are reserved again.
    expect(q.stats()).toEqual({ running: 2, reservedMb: 4096, waiting: 1 });
    b();
    const releaseD = await d;
    expect(order).toEqual(["c", "d"]);
    expect(q.stats()).toEqual({ running: 2, reservedMb: 2560, waiting: 0 });
    releaseC();
    releaseD();
    expect(q.stats()).toEqual({ running: 0, reservedMb: 0, waiting: 0 });
  });

  it("lets one oversized child run alone, gives up after waitMs, and leaves on abort", async () => {
    const q = new ChildBudgetQueue(() => ({ maxChildren: 4, memoryMb: 1024 }));
    const big = await q.acquire(4096);
    await expect(q.acquire(100, { waitMs: 20 })).rejects.toThrow(/busy rendering/);
    const controller = new AbortController();
    const waiting = q.acquire(100, { signal: controller.signal, onAbort: () => new Error("cancelled") });
    controller.abort();
    await expect(waiting).rejects.toThrow("cancelled");
    expect(q.stats().waiting).toBe(0);
    big();
    expect(q.stats().running).toBe(0);
  });
});
