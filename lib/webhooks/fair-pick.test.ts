import { describe, expect, it } from "vitest";
import { fairPick } from "./fair-pick";

const due = (spec: string) => spec.split(" ").map((s, i) => ({ id: `${s}${i}`, ownerId: s }));

describe("fairPick", () => {
  it("lets owners take turns instead of the oldest owner filling every slot", () => {
    const picked = fairPick(due("a a a a a a b c"), { running: new Map(), perOwner: 4, slots: 6 });
    expect(picked.map((d) => d.ownerId)).toEqual(["a", "b", "c", "a", "a", "a"]);
  });

  it("counts attempts already running against the owner's cap", () => {
    const picked = fairPick(due("a a a b"), { running: new Map([["a", 3]]), perOwner: 4, slots: 10 });
    expect(picked.map((d) => d.ownerId)).toEqual(["a", "b"]);
    expect(fairPick(due("a a"), { running: new Map([["a", 4]]), perOwner: 4, slots: 10 })).toEqual([]);
  });

  it("never exceeds the free slots, and keeps each owner's oldest first", () => {
    const picked = fairPick(due("a b a b a b"), { running: new Map(), perOwner: 4, slots: 3 });
    expect(picked.map((d) => d.id)).toEqual(["a0", "b1", "a2"]);
    expect(fairPick(due("a"), { running: new Map(), perOwner: 4, slots: 0 })).toEqual([]);
  });
});
