import { describe, expect, it } from "vitest";
import { classifyAddress } from "./address-policy";

describe("address policy (§9.3)", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.254", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "reserved"],
    ["198.51.100.10", "reserved"],
    ["203.0.113.10", "reserved"],
    ["240.0.0.1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["fc00::1", "uniqueLocal"],
    ["fd00:ec2::254", "uniqueLocal"],
    ["fe80::1", "linkLocal"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["64:ff9b::a00:1", "rfc6052"],
    ["2002:a00:1::", "6to4"],
    ["fe80::1%eth0", "linkLocal"],
    // IPv4-compatible ::/96 (what `[::127.0.0.1]` parses to) and the dotted spelling of it.
    ["::7f00:1", "ipv4Compatible"],
    ["::a00:1", "ipv4Compatible"],
    ["::8.8.8.8", "ipv4Compatible"],
    ["::127.0.0.1", "ipv4Compatible"],
    ["::2", "ipv4Compatible"],
    // Not mappable to public unicast: outside 2000::/3.
    ["4000::1", "reserved"],
    ["1234::1", "reserved"],
    ["not-an-ip", "invalid"],
  ])("blocks %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toEqual({ allowed: false, range });
  });

  it.each(["8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "allows public unicast %s",
    (address) => {
      expect(classifyAddress(address)).toEqual({ allowed: true });
    },
  );
});
