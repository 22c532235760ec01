// The outbound-network guard shared by remote images (lib/render/images/remote.ts) and completion
// webhooks (lib/webhooks/transport.ts). Every address a host resolves to is checked against an
// address policy before connecting, and the socket connects to exactly the checked address: the
// lookup Node's http client uses is replaced, so there is no second DNS query to race against.
import dns from "node:dns";
import type net from "node:net";
import type { AddressPolicy } from "@/lib/net-guard/address-policy";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** A request the guard (or its caller's own checks) refused; its message is safe to show. */
export class OutboundRefused extends Error {}

const POLICY_REFUSAL = Symbol("inkset.policyRefusal");

/** True for the guard's own refusals (a blocked address), not for DNS or network failures. */
export function isPolicyRefusal(err: unknown): boolean {
  return typeof err === "object" && err !== null && POLICY_REFUSAL in err;
}

export const systemResolver: HostResolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export function guardedLookup(opts: { resolve: HostResolver; policy: AddressPolicy }): net.LookupFunction {
  return (hostname, options, callback) => {
    opts
      .resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new OutboundRefused(`host "${hostname}" has no address`);
        for (const a of addresses) {
          const verdict = opts.policy(a.address);
          if (!verdict.allowed) throw new OutboundRefused(`host "${hostname}" resolves to a blocked address (${verdict.range})`);
        }
        const usable = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        const first = usable[0];
        if (!first) throw new OutboundRefused(`host "${hostname}" has no usable address`);
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      })
      .catch((err: unknown) => {
        const error = err instanceof Error ? err : new Error(String(err));
        // Only the policy's refusals are final; a resolver error (ENOTFOUND, EAI_AGAIN) keeps its
        // own code so callers can retry it.
        if (err instanceof OutboundRefused) Object.assign(error, { code: "EREFUSED", [POLICY_REFUSAL]: true });
        else if (!(error as NodeJS.ErrnoException).code) Object.assign(error, { code: "ENOTFOUND" });
        callback(error, []);
      });
  };
}
