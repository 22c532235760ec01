// The image loader a render uses (§3.10, §9): one per render, so remote responses are cached for that
// render only. Every failure becomes an `image_error` diagnostic (error in strict mode).
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { Env } from "@/lib/env";
import { classifyAddress, type AddressPolicy } from "@/lib/net-guard/address-policy";
import { readAsset, readAssetFile } from "./assets";
import { inspectImage } from "@/lib/image-content";
import { describeReference, parseReference, type ImageField } from "./reference";
import { systemResolver, type HostResolver } from "@/lib/net-guard/lookup";
import { fetchRemote, type RemoteOptions } from "./remote";

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export type ImageLoaderOptions = {
  strict: boolean;
  /** §7.8 `asset_roots`: folders `asset:` names are looked up in, in order. */
  assetRoots?: readonly string[];
  /**
   * The hosted app's uploaded assets: `asset:` name → absolute file path, prepared by the parent
   * process per render. Consulted before `assetRoots`; a name missing here is reported as such.
   */
  assetFiles?: Readonly<Record<string, string>>;
  /** Size cap for `assetFiles` (MAX_ASSET_MB); defaults to `maxImageBytes`. */
  maxAssetBytes?: number;
  /** §7.8 `remote_images`; `off` (default) refuses every URL. */
  remoteImages?: "off" | "allowlist";
  /** §7.8 `image_hosts`: exact host names or `*.example.com`. */
  imageHosts?: readonly string[];
  /** Allowlisted hosts that may also be fetched over plain http (explicit opt-in, §9.1). */
  httpImageHosts?: readonly string[];
  maxImageBytes?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  /** Tests only: replaces DNS so no real lookups happen. */
  resolveHost?: HostResolver;
  /** Tests only: lets a local test server through the address check. */
  addressPolicy?: AddressPolicy;
  /** Tests only: socket factory for plain-http fetches (a safety net around the local server). */
  createConnection?: RemoteOptions["createConnection"];
};

export type LoadedImage =
  { ok: true; data: Buffer; format: "png" | "jpg"; width: number; height: number } | { ok: false; diagnostic: Diagnostic };

export type LoadOptions = { field?: ImageField; widgetId?: string };

export type ImageLoader = {
  /** Loads and checks the image a widget refers to; `path` is the YAML path used in diagnostics. */
  load(ref: string, path: string, options?: LoadOptions): Promise<LoadedImage>;
};

type Outcome = { ok: true; data: Buffer; format: "png" | "jpg"; width: number; height: number } | { ok: false; message: string };

/** Image settings from the server configuration (REMOTE_IMAGES, IMAGE_HOSTS, ASSET_ROOTS, MAX_ASSET_MB). */
export function imageOptionsFromEnv(
  env: Pick<Env, "REMOTE_IMAGES" | "IMAGE_HOSTS" | "MAX_ASSET_MB" | "ASSET_ROOTS">,
): Pick<ImageLoaderOptions, "remoteImages" | "imageHosts" | "maxAssetBytes" | "assetRoots"> {
  return {
    remoteImages: env.REMOTE_IMAGES,
    imageHosts: env.IMAGE_HOSTS,
    maxAssetBytes: env.MAX_ASSET_MB * 1024 * 1024,
    assetRoots: env.ASSET_ROOTS,
  };
}

function decodeBase64(text: string, maxBytes: number): Buffer | string {
  const compact = text.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return "image data is not valid base64";
  if (Math.floor((compact.length * 3) / 4) > maxBytes + 2) return `image is larger than ${maxBytes} bytes`;
  const bytes = Buffer.from(compact, "base64");
  return bytes.length > maxBytes ? `image is larger than ${maxBytes} bytes` : bytes;
}

export function createImageLoader(options: ImageLoaderOptions): ImageLoader {
  const maxBytes = options.maxImageBytes ?? MAX_IMAGE_BYTES;
  const cache = new Map<string, Promise<Outcome>>();
  // A Map, so names such as "constructor" or "__proto__" can never match an inherited property.
  const assetFiles = options.assetFiles ? new Map(Object.entries(options.assetFiles)) : null;

  async function bytesFor(ref: string, field: ImageField): Promise<Buffer | string> {
    const parsed = parseReference(ref, field);
    switch (parsed.kind) {
      case "rejected":
        return parsed.message;
      case "inline":
        return decodeBase64(parsed.base64, maxBytes);
      case "asset": {
        const file = assetFiles?.get(parsed.name);
        if (file) {
          const r = await readAssetFile(file, options.maxAssetBytes ?? maxBytes);
          return r.ok ? r.data : r.message;
        }
        if (assetFiles && !options.assetRoots?.length) return "no uploaded asset has this name";
        const r = await readAsset(parsed.name, options.assetRoots ?? [], maxBytes);
        return r.ok ? r.data : r.message;
      }
      case "remote": {
        if (options.remoteImages !== "allowlist") return "remote images are turned off";
        const r = await fetchRemote(parsed.url, {
          hosts: options.imageHosts ?? [],
          httpHosts: options.httpImageHosts ?? [],
          maxBytes,
          connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
          totalTimeoutMs: options.totalTimeoutMs ?? 10_000,
          maxRedirects: 3,
          resolve: options.resolveHost ?? systemResolver,
          policy: options.addressPolicy ?? classifyAddress,
          ...(options.createConnection ? { createConnection: options.createConnection } : {}),
        });
        return r.ok ? r.data : r.message;
      }
    }
  }

  async function outcomeFor(ref: string, field: ImageField): Promise<Outcome> {
    const bytes = await bytesFor(ref, field);
    if (typeof bytes === "string") return { ok: false, message: bytes };
    const checked = await inspectImage(bytes);
    return checked.ok ? { ok: true, data: bytes, ...checked.info } : { ok: false, message: checked.message };
  }

  return {
    async load(ref, path, loadOptions = {}) {
      const field = loadOptions.field ?? "image_src";
      const key = `${field}\u0000${ref}`;
      let pending = cache.get(key);
      if (!pending) {
        pending = outcomeFor(ref, field);
        cache.set(key, pending);
      }
      const outcome = await pending;
      if (outcome.ok) return outcome;
      const diagnostic: Diagnostic = {
        severity: options.strict ? "error" : "warning",
        code: "image_error",
        path,
        message: `image ${describeReference(ref)}: ${outcome.message}`,
        ...(loadOptions.widgetId ? { widget_id: loadOptions.widgetId } : {}),
      };
      return { ok: false, diagnostic };
    },
  };
}
