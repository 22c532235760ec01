// Public surface of the images module (§9) for the renderer.
//
// One loader per render (its cache is the §9.3 per-render cache). Loading is async, so the renderer
// loads every image widget's reference in a pass before layout:
//   const images = createImageLoader({ strict, assetRoots, ...imageOptionsFromEnv(env) });
//   const r = await images.load(ref, "widgets[3].properties.image_src", { field: "image_src", widgetId });
//   r.ok ? draw(r.data, r.format, r.width, r.height) : (sink.push(r.diagnostic), drawPlaceholder());
export { createImageLoader, imageOptionsFromEnv, MAX_IMAGE_BYTES } from "./loader";
export type { ImageLoader, ImageLoaderOptions, LoadedImage, LoadOptions } from "./loader";
export type { ImageField } from "./reference";
export { MAX_IMAGE_PIXELS } from "@/lib/image-content";
