// A real HTTP receiver on 127.0.0.1 for webhook tests: records every request (path, headers, raw
// body) and answers by path — `/fail…` with 500, everything else with 200.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { path: string; headers: IncomingHttpHeaders; body: string };

export type Receiver = { base: string; received: ReceivedRequest[]; at(path: string): ReceivedRequest[]; close(): Promise<void> };

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      received.push({ path, headers: req.headers, body });
      if (path.startsWith("/fail")) return res.writeHead(500).end("no");
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    at: (path) => received.filter((r) => r.path === path),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The headers as the standardwebhooks library wants them (string values). */
export const plainHeaders = (h: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));
