// The CLI's HTTP client: base URL and token from flags, INKSET_URL / INKSET_TOKEN, or a config file;
// every non-2xx answer becomes a CliError carrying the server's message and the exit code for it.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CliError, EXIT } from "./exit-codes";

const configSchema = z.object({ url: z.url().optional(), token: z.string().min(1).optional() });

export type Connection = { url: string; token: string | null };
type Env = Record<string, string | undefined>;

export function defaultConfigPath(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config");
  return path.join(base, "inkset", "config.json");
}

/** Flags beat the environment, which beats the config file. */
export function resolveConnection(flags: { url?: string; token?: string; config?: string }, env: Env = process.env): Connection {
  const file = flags.config ?? env.INKSET_CONFIG ?? defaultConfigPath(env);
  let fromFile: z.infer<typeof configSchema> = {};
  if (existsSync(file)) {
    const parsed = configSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new CliError(EXIT.USAGE, `${file}: expected {"url": "...", "token": "ink_..."}`);
    fromFile = parsed.data;
  } else if (flags.config) {
    throw new CliError(EXIT.USAGE, `${file}: no such config file`);
  }
  const url = flags.url ?? env.INKSET_URL ?? fromFile.url ?? "http://localhost:3000";
  return { url: url.replace(/\/+$/, ""), token: flags.token ?? env.INKSET_TOKEN ?? fromFile.token ?? null };
}

const STATUS_EXIT: Record<number, number> = {
  400: EXIT.USAGE,
  401: EXIT.AUTH,
  404: EXIT.NOT_FOUND,
  409: EXIT.FAILED,
  413: EXIT.USAGE,
  422: EXIT.INVALID,
  429: EXIT.LIMITED,
};

export class ApiClient {
  constructor(readonly conn: Connection) {}

  async request(method: string, route: string, body?: unknown): Promise<Response> {
    if (!this.conn.token)
      throw new CliError(EXIT.AUTH, "No API token: set INKSET_TOKEN, pass --token, or put it in " + defaultConfigPath());
    let res: Response;
    try {
      res = await fetch(`${this.conn.url}${route}`, {
        method,
        headers: { authorization: `Bearer ${this.conn.token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: "follow",
      });
    } catch (err) {
      throw new CliError(
        EXIT.NETWORK,
        `Cannot reach ${this.conn.url}: ${(err as Error).cause ? String((err as { cause: Error }).cause.message) : (err as Error).message}`,
      );
    }
    if (res.ok) return res;
    let message = `${method} ${route}: HTTP ${res.status}`;
    try {
      const payload = (await res.json()) as { error?: { message?: string } };
      if (payload.error?.message) message = payload.error.message;
    } catch {
      // not JSON: keep the status line
    }
    const retry = res.headers.get("retry-after");
    if (res.status === 429 && retry) message += ` (retry after ${retry} s)`;
    throw new CliError(STATUS_EXIT[res.status] ?? EXIT.NETWORK, message);
  }

  async json<T>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await this.request(method, route, body);
    return (res.status === 204 ? null : await res.json()) as T;
  }
}
