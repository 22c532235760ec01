// Which IP addresses an outbound request (a remote image, §9.3, or a completion webhook) may reach.
// Only ordinary public unicast addresses pass; everything ipaddr.js classifies as special (loopback,
// private, link-local and the cloud metadata endpoint, CGNAT, unique-local, multicast, documentation,
// reserved, …) is refused.
import ipaddr from "ipaddr.js";

export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

/** Classifies one resolved address. IPv4-mapped IPv6 forms are judged as the IPv4 address they carry. */
export function classifyAddress(address: string): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, range: "invalid" };
  let parsed: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  const range = parsed.range();
  // NAT64, 6to4 and Teredo also embed IPv4 addresses; none of them is needed to fetch an image.
  return range === "unicast" ? { allowed: true } : { allowed: false, range };
}

/** An address policy: the production one is `classifyAddress`; tests may wrap it for a local server. */
export type AddressPolicy = (address: string) => AddressVerdict;
