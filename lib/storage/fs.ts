// Local-directory storage (STORAGE_DRIVER=fs). Objects live under `root/<key>`; keys come from
// jobOutputKey (job ids only), and are checked again here so no key can leave the root.
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Storage, StoredObject } from "@/lib/storage/types";

const SAFE_KEY = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*(\.[a-z0-9]+)?$/i;

export function createFsStorage(root: string): Storage {
  const base = path.resolve(root);

  const resolve = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error("invalid storage key");
    return path.join(base, key);
  };

  const statKey = async (key: string): Promise<StoredObject | null> => {
    try {
      const s = await stat(resolve(key));
      return s.isFile() ? { key, size: s.size, lastModified: s.mtime } : null;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  };

  return {
    driver: "fs",

    async putFile(key, localPath) {
      const target = resolve(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Readers must never see a half-written PDF: land under a temp name, then rename.
      const temp = `${target}.${process.pid}.${Date.now()}.partial`;
      try {
        await rename(localPath, temp);
      } catch (err) {
        // Different filesystem (e.g. os.tmpdir() on tmpfs): copy, then drop the source.
        if ((err as NodeJS.ErrnoException).code !== "EXDEV") throw err;
        await copyFile(localPath, temp);
        await rm(localPath, { force: true });
      }
      await rename(temp, target);
      const s = await stat(target);
      return { size: s.size };
    },

    stat: statKey,

    async read(key) {
      const found = await statKey(key);
      if (!found) return null;
      return { stream: createReadStream(resolve(key)), size: found.size };
    },

    async signedDownloadUrl() {
      return null; // a local directory cannot sign URLs; the download route streams instead
    },

    async delete(key) {
      await rm(resolve(key), { force: true });
    },

    async *list(prefix) {
      // Like S3, a prefix need not end at a folder: `thumbs/abc-` lists `thumbs/abc-1-240.png`.
      const folder = prefix.endsWith("/") || prefix === "" ? prefix.replace(/\/+$/, "") : path.posix.dirname(prefix).replace(/^\.$/, "");
      const start = prefix.slice(folder ? folder.length + 1 : 0);
      const dir = path.join(base, folder);
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (err) {
        if (isMissing(err)) return;
        throw err;
      }
      for (const name of names) {
        if (!name.startsWith(start)) continue;
        const key = folder ? `${folder}/${name}` : name;
        // Skip in-flight `.partial` files and anything that is not a plain key.
        if (!SAFE_KEY.test(key)) continue;
        const found = await statKey(key);
        if (found) yield found;
      }
    },
  };
}

function isMissing(err: unknown) {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
