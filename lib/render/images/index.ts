// Public surface of the images module (§9) for the renderer.
export { createImageLoader, imageOptionsFromEnv, MAX_IMAGE_BYTES } from "./loader";
export type { ImageLoader, ImageLoaderOptions, LoadedImage, LoadOptions } from "./loader";
export { classifyAddress } from "./address-policy";
export type { AddressPolicy, AddressVerdict } from "./address-policy";
export { MAX_IMAGE_PIXELS } from "./content";
