// Which IP addresses an outbound request (a remote image, §9.3, or a completion webhook) may reach.
// Only ordinary public unicast addresses pass; everything ipaddr.js classifies as special (loopback,
// private, link-local and the cloud metadata endpoint, CGNAT, unique-local, multicast, documentation,
// reserved, …) is refused.
import ipaddr from "ipaddr.js";

export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

// Every public IPv6 unicast address lies in 2000::/3; outside it only special-purpose space remains.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3") as [ipaddr.IPv6, number];

/**
 * Node's spelling of an IPv6 address. ipaddr.js reads a dotted tail such as `::8.8.8.8` as the
 * IPv4-mapped `::ffff:8.8.8.8`, but a socket connects to the IPv4-compatible `::808:808`: judge
 * what will be connected to. (Zone ids, `fe80::1%eth0`, are not URL-parsable and keep their form.)
 */
function canonicalIPv6(address: string): string {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address;
  }
}

/** Classifies one resolved address. IPv4-mapped IPv6 forms are judged as the IPv4 address they carry. */
export function classifyAddress(address: string): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, range: "invalid" };
  let parsed: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(address.includes(":") ? canonicalIPv6(address) : address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    // IPv4-compatible (::/96, deprecated): `[::127.0.0.1]` is `::7f00:1`, which ipaddr.js calls unicast.
    else if (v6.range() === "unicast") {
      if (v6.parts.slice(0, 6).every((p) => p === 0)) return { allowed: false, range: "ipv4Compatible" };
      if (!v6.match(GLOBAL_UNICAST_V6)) return { allowed: false, range: "reserved" };
    }
  }
  const range = parsed.range();
  // NAT64, 6to4 and Teredo also embed IPv4 addresses; none of them is needed to fetch an image.
  return range === "unicast" ? { allowed: true } : { allowed: false, range };
}

/** An address policy: the production one is `classifyAddress`; tests may wrap it for a local server. */
export type AddressPolicy = (address: string) => AddressVerdict;
