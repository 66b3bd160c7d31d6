import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../../src/net/private-address.ts";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1", // carrier-grade NAT
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "192.0.2.10",
    "198.18.0.1",
  ])("refuses IPv4 %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["1.1.1.1", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.128.0.1", "193.0.2.1", "169.253.1.1"])(
    "allows public IPv4 %s",
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it.each([
    "::1",
    "::",
    "[::1]",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456:789a::1", // unique local
    "ff02::1", // multicast
    "::ffff:127.0.0.1", // IPv4-mapped, dotted
    "::ffff:7f00:1", // IPv4-mapped, hex
    "0:0:0:0:0:ffff:a00:1", // mapped 10.0.0.1
    "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
    "2002:c0a8:101::1", // 6to4 of 192.168.1.1
    "2001:db8::1", // documentation
    "2001:0:4136:e378::1", // Teredo
    "::127.0.0.1", // IPv4-compatible (deprecated)
    "fec0::1", // site-local (deprecated)
  ])("refuses IPv6 %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["2606:4700:4700::1111", "2a01:4f8::1", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])(
    "allows public IPv6 %s",
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it.each(["localhost", "", "example.org", "1.2.3", "::ffff::1", "12345::1"])("treats non-addresses like %j as private", (text) => {
    expect(isPrivateAddress(text)).toBe(true);
  });
});
