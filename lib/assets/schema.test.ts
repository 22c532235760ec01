import { describe, expect, it } from "vitest";
import { referencedAssets } from "./materialise";
import { assetNameSchema, nameFromFileName } from "./schema";

describe("asset names", () => {
  it.each(["logo.png", "a", "A_b-c.1.JPG", "x".repeat(100), "2027-cover.jpeg"])("accepts %j", (name) => {
    expect(assetNameSchema.safeParse(name).success).toBe(true);
  });

  it.each(["", ".png", "-x", "_x", "a/b.png", "a\\b.png", "a..png", "..", "a b.png", "é.png", "x".repeat(101), "a\0b"])(
    "refuses %j",
    (name) => {
      expect(assetNameSchema.safeParse(name).success).toBe(false);
    },
  );

  it.each([
    ["Company Logo.png", "Company-Logo.png"],
    ["C:\\Users\\me\\logo.png", "logo.png"],
    ["/home/me/photo.JPG", "photo.JPG"],
    ["..logo..png", "logo.png"],
    ["Café (1).jpg", "Cafe-1-.jpg"],
    ["___", null],
    ["...", null],
    ["", null],
  ])("derives a name from the file name %j", (fileName, expected) => {
    expect(nameFromFileName(fileName)).toBe(expected);
  });
});

describe("referencedAssets", () => {
  it("keeps the owner's assets whose names appear in the YAML", () => {
    const owned = [{ name: "logo.png" }, { name: "photo.jpg" }, { name: "unused.png" }];
    const yaml = "image_src: asset:logo.png\n  - { properties: { image_src: photo.jpg } }";
    expect(referencedAssets(yaml, owned).map((a) => a.name)).toEqual(["logo.png", "photo.jpg"]);
  });

  it("keeps the assets a tokenised name can become, and no others", () => {
    const owned = [
      { name: "January.png" },
      { name: "May.png" },
      { name: "cover-2026.jpg" },
      { name: "January.jpg" },
      { name: "cover.jpg" },
    ];
    const yaml = `masters:
  - widgets:
      - {type: image, properties: {image_src: "asset:{month_name}.png"}}
      - type: image
        properties:
          image_src: cover-{year}.jpg
`;
    expect(referencedAssets(yaml, owned).map((a) => a.name)).toEqual(["January.png", "May.png", "cover-2026.jpg"]);
  });

  it("treats the dots of a tokenised name literally", () => {
    const owned = [{ name: "v1.3.png" }, { name: "v1x3xpng" }, { name: "v1.3.png.jpg" }];
    expect(referencedAssets('image_src: "asset:v1.{minor}.png"', owned).map((a) => a.name)).toEqual(["v1.3.png"]);
  });
});
