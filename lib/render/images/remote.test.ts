// Remote fetching (§9.3) against a local HTTP server on 127.0.0.1 — the only network traffic here.
// Test-only overrides, both passed through ImageLoaderOptions:
//  * `resolveHost` replaces DNS with a fixed table, so no real lookup is made;
//  * `addressPolicy` lets exactly 127.0.0.1 through (the local server), everything else goes through
//    the production classifier. Addresses that must be refused are checked against that classifier in
//    beforeAll, so a broken classifier fails the suite before any test could try to connect to them;
//  * `createConnection` is a safety net in test code: it refuses to open a socket to anything but
//    127.0.0.1, so even a broken guard cannot send traffic to another address from this suite.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classifyAddress, type AddressPolicy } from "@/lib/net-guard/address-policy";
import { createImageLoader, type ImageLoaderOptions, type LoadedImage } from "./loader";
import type { HostResolver, ResolvedAddress } from "@/lib/net-guard/lookup";
import { SVG, makePng } from "@/tests/helpers/image-fixtures";

const PNG = makePng(8, 8);
const BLOCKED = [
  "10.0.0.1",
  "172.16.5.5",
  "192.168.1.1",
  "169.254.169.254",
  "100.64.0.1",
  "::ffff:10.0.0.1",
  "::ffff:127.0.0.1",
  "::1",
  "fd00::1",
];

const DNS: Record<string, ResolvedAddress[]> = {
  "images.test": [{ address: "127.0.0.1", family: 4 }],
  "cdn.images.test": [{ address: "127.0.0.1", family: 4 }],
  "mixed.test": [
    { address: "127.0.0.1", family: 4 },
    { address: "10.0.0.1", family: 4 },
  ],
  "internal.test": [{ address: "10.0.0.1", family: 4 }],
  "private172.test": [{ address: "172.16.5.5", family: 4 }],
  "private192.test": [{ address: "192.168.1.1", family: 4 }],
  "metadata.test": [{ address: "169.254.169.254", family: 4 }],
  "cgnat.test": [{ address: "100.64.0.1", family: 4 }],
  "mapped-private.test": [{ address: "::ffff:10.0.0.1", family: 6 }],
  "mapped-loopback.test": [{ address: "::ffff:127.0.0.1", family: 6 }],
  "ula.test": [{ address: "fd00::1", family: 6 }],
  "v6-loopback.test": [{ address: "::1", family: 6 }],
};
const lookups: string[] = [];
const resolveHost: HostResolver = async (hostname) => {
  lookups.push(hostname);
  const found = DNS[hostname];
  if (!found) throw new Error(`test DNS has no entry for ${hostname}`);
  return found;
};
/** The local server is on loopback, which production refuses; only its exact address is let through. */
const addressPolicy: AddressPolicy = (address) => (address === "127.0.0.1" ? { allowed: true } : classifyAddress(address));

const netRefusals: string[] = [];
const netCalls: string[] = [];
const onlyLoopback: ImageLoaderOptions["createConnection"] = (options, oncreate) => {
  const host = options.host ?? "";
  netCalls.push(host);
  const refuse = (address: string) => {
    netRefusals.push(address);
    return new Error(`test safety net: refused to connect to ${address}`);
  };
  if (net.isIP(host) && host !== "127.0.0.1") {
    oncreate(refuse(host), new net.Socket());
    return null;
  }
  const guarded = options.lookup;
  if (!guarded) throw new Error("the loader must pass its guarded lookup");
  const lookup: net.LookupFunction = (hostname, lookupOptions, callback) =>
    guarded(hostname, lookupOptions, (err, address, family) => {
      const list = typeof address === "string" ? [address] : address.map((a) => a.address);
      const stray = list.find((a) => a !== "127.0.0.1");
      if (!err && stray) return callback(Object.assign(refuse(stray), { code: "ETESTNET" }), []);
      callback(err, address, family);
    });
  return net.createConnection({ host, port: Number(options.port), lookup });
};

type Seen = { url: string; host: string; cookie?: string; authorization?: string };
const seen: Seen[] = [];
let port = 0;
const server = http.createServer((req, res) => {
  seen.push({ url: req.url ?? "", host: req.headers.host ?? "", cookie: req.headers.cookie, authorization: req.headers.authorization });
  const route = (req.url ?? "").split("?")[0];
  const redirect = (to: string) => res.writeHead(302, { location: to }).end();
  switch (route) {
    case "/ok.png":
      return res.writeHead(200, { "content-type": "image/png" }).end(PNG);
    case "/svg.png":
      return res.writeHead(200, { "content-type": "image/png" }).end(SVG);
    case "/html.png":
      return res.writeHead(200, { "content-type": "image/png" }).end("<html>login</html>");
    case "/big-declared":
      return res.writeHead(200, { "content-length": "100000" }).end(Buffer.alloc(100000));
    case "/big-chunked": {
      res.writeHead(200, { "content-type": "image/png" });
      res.write(PNG.subarray(0, 100));
      for (let i = 0; i < 20; i++) res.write(Buffer.alloc(1000));
      return res.end();
    }
    case "/missing.png":
      return res.writeHead(404).end();
    case "/slow":
      return setTimeout(() => res.writeHead(200).end(PNG), 3000).unref();
    case "/to-metadata":
      return redirect("http://169.254.169.254/latest/meta-data/");
    case "/to-internal":
      return redirect(`http://internal.test:${port}/ok.png`);
    case "/to-loopback-literal":
      return redirect(`http://127.0.0.1:${port}/ok.png`);
    case "/to-mapped":
      return redirect(`http://[::ffff:127.0.0.1]:${port}/ok.png`);
    case "/to-unlisted":
      return redirect(`http://unlisted.test:${port}/ok.png`);
    case "/to-file":
      return redirect("file:///etc/passwd");
    case "/to-creds":
      return redirect(`http://user:pw@images.test:${port}/ok.png`);
    case "/hop1":
      return redirect("/hop2");
    case "/hop2":
      return redirect(`http://cdn.images.test:${port}/hop3`);
    case "/hop3":
      return redirect("/ok.png");
    case "/hop0":
      return redirect("/hop1");
    default:
      return res.writeHead(500).end();
  }
});

beforeAll(async () => {
  for (const address of BLOCKED) expect(classifyAddress(address).allowed, address).toBe(false);
  for (const address of BLOCKED) expect(addressPolicy(address).allowed, address).toBe(false);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  lookups.length = 0;
  netRefusals.length = 0;
  netCalls.length = 0;
});
afterEach(() => {
  // A refusal here means the guard let a blocked address through to the socket layer.
  expect(netRefusals).toEqual([]);
});

const hosts = [
  "images.test",
  "*.images.test",
  "mixed.test",
  "internal.test",
  "private172.test",
  "private192.test",
  "metadata.test",
  "cgnat.test",
  "mapped-private.test",
  "mapped-loopback.test",
  "ula.test",
  "v6-loopback.test",
  "127.0.0.1",
  "::1",
  "::ffff:7f00:1",
  "169.254.169.254",
  "10.0.0.1",
];

function loader(extra: Partial<ImageLoaderOptions> = {}) {
  return createImageLoader({
    strict: false,
    remoteImages: "allowlist",
    imageHosts: hosts,
    httpImageHosts: hosts,
    resolveHost,
    addressPolicy,
    createConnection: onlyLoopback,
    ...extra,
  });
}
// Lazy, because it.each tables are built before beforeAll has picked the server's port.
const url = (host: string, route: string) => () => `http://${host}:${port}${route}`;
const PATH = "widgets[2].properties.image_src";

function message(r: LoadedImage): string {
  if (r.ok) throw new Error("expected a rejection");
  expect(r.diagnostic).toMatchObject({ code: "image_error", path: PATH });
  return r.diagnostic.message;
}

describe("allowed fetches", () => {
  it("loads from an allowlisted host, connecting to the checked address with one lookup", async () => {
    const r = await loader().load(url("images.test", "/ok.png")(), PATH);
    expect(r).toMatchObject({ ok: true, format: "png", width: 8, height: 8 });
    expect(lookups).toEqual(["images.test"]);
    expect(netCalls).toEqual(["images.test"]); // the safety net is really in the connection path
    expect(seen).toEqual([{ url: "/ok.png", host: `images.test:${port}`, cookie: undefined, authorization: undefined }]);
  });

  it("follows up to three redirects, re-checking each hop", async () => {
    expect((await loader().load(url("images.test", "/hop1")(), PATH)).ok).toBe(true);
    expect(lookups).toEqual(["images.test", "images.test", "cdn.images.test", "cdn.images.test"]);
    expect(message(await loader().load(url("images.test", "/hop0")(), PATH))).toContain("more than 3 redirects");
  });

  it("caches responses for the life of one loader (one render)", async () => {
    const l = loader();
    await l.load(url("images.test", "/ok.png")(), PATH);
    await l.load(url("images.test", "/ok.png")(), "widgets[9].properties.image_src");
    expect(seen).toHaveLength(1);
  });
});

describe("refused before any connection", () => {
  it.each([
    ["remote images off", url("images.test", "/ok.png"), { remoteImages: "off" as const }, "remote images are turned off"],
    ["a host not on the allowlist", url("unlisted.test", "/ok.png"), {}, 'host "unlisted.test" is not on'],
    [
      "a suffix rule's bare domain",
      url("images.test", "/ok.png"),
      { imageHosts: ["*.images.test"], httpImageHosts: ["*.images.test"] },
      "not on",
    ],
    ["plain http without opt-in", url("images.test", "/ok.png"), { httpImageHosts: [] }, "plain http is not allowed"],
    ["credentials in the URL", () => `http://user:secret@images.test:${port}/ok.png`, {}, "credentials are not allowed"],
    ["loopback 127.0.0.1", url("127.0.0.1", "/ok.png"), { addressPolicy: classifyAddress }, "blocked range (loopback)"],
    ["loopback ::1", url("[::1]", "/ok.png"), {}, "blocked range (loopback)"],
    ["IPv4-mapped ::ffff:127.0.0.1", url("[::ffff:127.0.0.1]", "/ok.png"), {}, "blocked range (loopback)"],
    ["metadata literal", url("169.254.169.254", "/latest/meta-data/"), {}, "blocked range (linkLocal)"],
    ["private literal", url("10.0.0.1", "/ok.png"), {}, "blocked range (private)"],
    ["a name resolving to 10/8", url("internal.test", "/ok.png"), {}, "blocked address (private)"],
    ["a name resolving to 172.16/12", url("private172.test", "/ok.png"), {}, "blocked address (private)"],
    ["a name resolving to 192.168/16", url("private192.test", "/ok.png"), {}, "blocked address (private)"],
    ["a name resolving to 169.254.169.254", url("metadata.test", "/ok.png"), {}, "blocked address (linkLocal)"],
    ["a name resolving to CGNAT", url("cgnat.test", "/ok.png"), {}, "blocked address (carrierGradeNat)"],
    ["a name resolving to ::ffff:10.0.0.1", url("mapped-private.test", "/ok.png"), {}, "blocked address (private)"],
    ["a name resolving to ::ffff:127.0.0.1", url("mapped-loopback.test", "/ok.png"), {}, "blocked address (loopback)"],
    ["a name resolving to ::1", url("v6-loopback.test", "/ok.png"), {}, "blocked address (loopback)"],
    ["a name resolving to a ULA", url("ula.test", "/ok.png"), {}, "blocked address (uniqueLocal)"],
    ["a name with one blocked address among several", url("mixed.test", "/ok.png"), {}, "blocked address (private)"],
    ["https to a name resolving to 10/8", () => `https://internal.test:${port}/ok.png`, {}, "blocked address (private)"],
    ["https to the metadata literal", () => "https://169.254.169.254/latest/meta-data/", {}, "blocked range (linkLocal)"],
    ["https to a host not on the allowlist", () => "https://example.invalid/x.png", {}, "not on the image host allowlist"],
  ])("%s", async (_label, ref, extra, expected) => {
    const r = await loader(extra).load(ref(), PATH);
    expect(message(r)).toContain(expected);
    expect(message(r)).not.toContain("secret");
    expect(seen).toEqual([]);
  });
});

describe("redirects and responses", () => {
  it.each([
    ["/to-metadata", "blocked range (linkLocal)"],
    ["/to-internal", "blocked address (private)"],
    ["/to-loopback-literal", "blocked range (loopback)"],
    ["/to-mapped", "blocked range (loopback)"],
    ["/to-unlisted", "not on the image host allowlist"],
    ["/to-file", '"file:" redirects are not allowed'],
    ["/to-creds", "credentials are not allowed"],
  ])("refuses a redirect %s from an allowed host", async (route, expected) => {
    // The first hop is the allowed server; the blocked target must never be requested.
    let checks = 0;
    const firstHopOnly: AddressPolicy = (a) => (checks++ === 0 && a === "127.0.0.1" ? { allowed: true } : classifyAddress(a));
    const l = loader({ addressPolicy: firstHopOnly });
    expect(message(await l.load(url("images.test", route)(), PATH))).toContain(expected);
    expect(seen.map((s) => s.url)).toEqual([route]);
  });

  it.each([
    ["/big-declared", "larger than 4096 bytes"],
    ["/big-chunked", "larger than 4096 bytes"],
    ["/svg.png", "SVG images are not supported"],
    ["/html.png", "not a PNG or JPEG image"],
    ["/missing.png", "server answered HTTP 404"],
  ])("rejects %s", async (route, expected) => {
    expect(message(await loader({ maxImageBytes: 4096 }).load(url("images.test", route)(), PATH))).toContain(expected);
  });

  it("gives up after the total timeout", async () => {
    const r = await loader({ totalTimeoutMs: 300 }).load(url("images.test", "/slow")(), PATH);
    expect(message(r)).toContain("longer than 0.3 s");
  });

  it("makes remote failures errors in strict mode", async () => {
    const r = await loader({ strict: true }).load(url("unlisted.test", "/ok.png")(), PATH);
    expect(r.ok ? null : r.diagnostic.severity).toBe("error");
  });
});
