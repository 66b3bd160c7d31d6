/**
 * Which IP addresses are not on the public internet: a URL from a stranger
 * must not make Ferry connect to its own network (SSRF).
 */
import { BlockList, isIP } from "node:net";

const privateV4 = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  privateV4.addSubnet(net, prefix, "ipv4");
}

// Public IPv6 is global unicast (2000::/3) minus these.
const globalV6 = new BlockList();
globalV6.addSubnet("2000::", 3, "ipv6");
const specialV6 = new BlockList();
for (const [net, prefix] of [
  ["2001::", 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation
] as const) {
  specialV6.addSubnet(net, prefix, "ipv6");
}

/** The eight 16-bit groups of an IPv6 address (zone id removed), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.replace(/%.*$/, "");
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1]) {
    const b = dotted[1].split(".").map(Number);
    text = text.slice(0, -dotted[1].length) + `${(((b[0] ?? 0) << 8) | (b[1] ?? 0)).toString(16)}:${(((b[2] ?? 0) << 8) | (b[3] ?? 0)).toString(16)}`;
  }
  const [head, tail, ...rest] = text.split("::");
  if (rest.length > 0 || head === undefined) return undefined;
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function v4From(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/** An IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4), whose own range decides. */
function embeddedIPv4(g: number[]): string | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h6 = 0, h7 = 0] = g;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return v4From(h6, h7);
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return v4From(h6, h7);
  if (a === 0x2002) return v4From(b, c);
  return undefined;
}

/**
 * Whether Ferry must not connect to `address` on a stranger's behalf: anything
 * that is not a public unicast address (loopback, private, link-local, CGNAT,
 * multicast, documentation, unique-local…). Text that is not an IP address counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare.replace(/%.*$/, ""));
  if (family === 4) return privateV4.check(bare, "ipv4");
  if (family !== 6) return true;
  const groups = ipv6Groups(bare);
  if (!groups) return true;
  const v4 = embeddedIPv4(groups);
  if (v4 !== undefined) return isPrivateAddress(v4);
  const normal = groups.map((g) => g.toString(16)).join(":");
  return !globalV6.check(normal, "ipv6") || specialV6.check(normal, "ipv6");
}
