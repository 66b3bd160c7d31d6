/**
 * Files in and out of Ferry over HTTP: XEP-0363 uploads from a signed-in
 * account, and downloads of files users send (import flow), which must not
 * let a URL from a stranger reach Ferry's own network.
 */
import { lookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP } from "node:net";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { domainOf } from "../../core/jid.ts";
import { NS_DATA, NS_INFO, NS_ITEMS } from "../namespaces.ts";
import { conditionOf } from "../stanza-error.ts";

const NS_UPLOAD = "urn:xmpp:http:upload:0";
/** XEP-0363 §5: the only slot headers a client may pass on to the PUT. */
const SLOT_HEADERS = new Set(["authorization", "cookie", "expires"]);

export interface UploadService {
  jid: string;
  /** Bytes; undefined when the service states no limit. */
  maxFileSize?: number;
}

export type UploadErrorCode = "no-upload-service" | "too-large" | "not-allowed" | "put-failed" | "other";
export type UploadResult = { getUrl: string } | { error: UploadErrorCode; detail?: string };

export interface UploadFile {
  filename: string;
  contentType: string;
  data: Uint8Array;
}

export interface UploadOptions {
  /** Limit for the PUT. */
  timeoutMs?: number;
}

/** The first item of the account domain's disco#items that offers XEP-0363, with its size limit. */
export async function findUploadService(session: AccountSession): Promise<UploadService | undefined> {
  const domain = domainOf(session.jid);
  const items = await session.iq("get", xml("query", { xmlns: NS_ITEMS }), domain);
  const jids = (items.getChild("query", NS_ITEMS)?.getChildren("item") ?? [])
    .filter((i) => i.attrs.node === undefined)
    .map((i) => String(i.attrs.jid ?? ""))
    .filter(Boolean);
  const infos = await Promise.all(
    jids.map((jid) =>
      session.iq("get", xml("query", { xmlns: NS_INFO }), jid).then(
        (reply) => ({ jid, info: reply.getChild("query", NS_INFO) }),
        // An item that does not answer disco#info simply is not an upload service.
        () => ({ jid, info: undefined }),
      ),
    ),
  );
  for (const { jid, info } of infos) {
    if (!info?.getChildren("feature").some((f) => f.attrs.var === NS_UPLOAD)) continue;
    const maxFileSize = maxFileSizeOf(info);
    return maxFileSize === undefined ? { jid } : { jid, maxFileSize };
  }
  return undefined;
}

function maxFileSizeOf(info: Element): number | undefined {
  const form = info
    .getChildren("x", NS_DATA)
    .find((x) => x.getChildren("field").some((f) => f.attrs.var === "FORM_TYPE" && f.getChildText("value") === NS_UPLOAD));
  const text = form?.getChildren("field").find((f) => f.attrs.var === "max-file-size")?.getChildText("value");
  const size = text ? Number(text.trim()) : NaN;
  return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}

/** Uploads a file through the account's XEP-0363 service; the GET URL can then be shared. */
export async function uploadFile(session: AccountSession, file: UploadFile, opts: UploadOptions = {}): Promise<UploadResult> {
  let service: UploadService | undefined;
  try {
    service = await findUploadService(session);
  } catch (err) {
    return { error: "other", detail: conditionOf(err) };
  }
  if (!service) return { error: "no-upload-service" };
  if (service.maxFileSize !== undefined && file.data.byteLength > service.maxFileSize) {
    return { error: "too-large", detail: String(service.maxFileSize) };
  }

  let slot: Element | undefined;
  try {
    const reply = await session.iq(
      "get",
      xml("request", { xmlns: NS_UPLOAD, filename: file.filename, size: String(file.data.byteLength), "content-type": file.contentType }),
      service.jid,
    );
    slot = reply.getChild("slot", NS_UPLOAD);
  } catch (err) {
    return slotError(err);
  }
  const put = slot?.getChild("put");
  const putUrl = httpUrl(put?.attrs.url);
  const getUrl = httpUrl(slot?.getChild("get")?.attrs.url);
  if (!put || !putUrl || !getUrl) return { error: "other", detail: "bad-slot" };

  const headers: Record<string, string> = { "content-type": file.contentType };
  for (const h of put.getChildren("header")) {
    const name = String(h.attrs.name ?? "").toLowerCase();
    // Line breaks would let the server inject further headers.
    if (SLOT_HEADERS.has(name)) headers[name] = h.text().replace(/[\r\n]/g, "");
  }
  try {
    const response = await fetch(putUrl, {
      method: "PUT",
      headers,
      body: file.data,
      redirect: "error",
      signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
    });
    await response.body?.cancel();
    if (!response.ok) return { error: "put-failed", detail: String(response.status) };
  } catch (err) {
    return { error: "put-failed", detail: (err as Error).name };
  }
  return { getUrl };
}

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function slotError(err: unknown): UploadResult {
  const e = err as { condition?: string; element?: Element };
  const tooLarge = e?.element?.getChild("file-too-large", NS_UPLOAD);
  if (tooLarge) {
    const max = tooLarge.getChildText("max-file-size")?.trim();
    return max ? { error: "too-large", detail: max } : { error: "too-large" };
  }
  if (e?.condition === "forbidden" || e?.condition === "not-allowed") return { error: "not-allowed", detail: e.condition };
  return { error: "other", detail: conditionOf(err) };
}

// ---- Downloads ---------------------------------------------------------------

/** Every reason a download fails; each has its own words in `import-download-failed` (a unit test checks). */
export const DOWNLOAD_ERROR_CODES = ["bad-url", "private-address", "unresolvable", "too-large", "timeout", "http-status", "too-many-redirects", "network"] as const;
export type DownloadErrorCode = (typeof DOWNLOAD_ERROR_CODES)[number];

export interface DownloadError {
  error: DownloadErrorCode;
  detail?: string;
}

export interface DownloadOptions {
  maxBytes: number;
  /** Limit for the whole download, redirects and DNS included. */
  timeoutMs: number;
  /** Allow loopback, private, link-local and other non-public addresses (tests, trusted setups). */
  allowPrivate?: boolean;
  maxRedirects?: number;
}

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

class DownloadFailure extends Error {
  constructor(
    readonly code: DownloadErrorCode,
    readonly detail?: string,
  ) {
    super(code);
  }
}

/**
 * Fetches an http(s) URL into memory, refusing non-public addresses (unless
 * allowed) and anything above `maxBytes`. The host is resolved once and every
 * address checked; the connection then uses exactly those addresses, so a
 * second DNS answer cannot point it elsewhere.
 */
export async function downloadFile(url: string, opts: DownloadOptions): Promise<Uint8Array | DownloadError> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
  const aborted = new Promise<never>((_, reject) =>
    abort.signal.addEventListener("abort", () => reject(new DownloadFailure("timeout")), { once: true }),
  );
  aborted.catch(() => undefined);
  try {
    let current = url;
    for (let hop = 0; hop <= (opts.maxRedirects ?? 3); hop++) {
      const target = parseHttpUrl(current);
      const addresses = await Promise.race([resolveAllowed(target.hostname, opts.allowPrivate === true), aborted]);
      const result = await Promise.race([get(target, addresses, opts.maxBytes, abort.signal), aborted]);
      if (result instanceof Uint8Array) return result;
      current = new URL(result.location, target).href;
    }
    return { error: "too-many-redirects" };
  } catch (err) {
    if (err instanceof DownloadFailure) return err.detail === undefined ? { error: err.code } : { error: err.code, detail: err.detail };
    if (abort.signal.aborted) return { error: "timeout" };
    return { error: "network", detail: (err as { code?: string }).code ?? (err as Error).name };
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DownloadFailure("bad-url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new DownloadFailure("bad-url", url.protocol);
  return url;
}

async function resolveAllowed(hostname: string, allowPrivate: boolean): Promise<LookupAddress[]> {
  const literal = hostname.replace(/^\[|\]$/g, "");
  const family = isIP(literal);
  let addresses: LookupAddress[];
  if (family !== 0) {
    addresses = [{ address: literal, family }];
  } else {
    try {
      addresses = await lookup(hostname, { all: true, verbatim: true });
    } catch (err) {
      throw new DownloadFailure("unresolvable", (err as { code?: string }).code);
    }
    if (addresses.length === 0) throw new DownloadFailure("unresolvable");
  }
  const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
  if (refused) throw new DownloadFailure("private-address", refused.address);
  return addresses;
}

/** One GET: the body, or where a redirect points. */
function get(url: URL, addresses: LookupAddress[], maxBytes: number, signal: AbortSignal): Promise<Uint8Array | { location: string }> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: "GET",
      signal,
      headers: { "accept-encoding": "identity" },
      // Pins the connection to the addresses that were checked.
      lookup: (_host, options, callback) => {
        const first = addresses[0]!;
        if ((options as { all?: boolean }).all) (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
        else (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
      },
    });
    request.on("error", reject);
    request.on("response", (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        resolve({ location });
        return;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        reject(new DownloadFailure("http-status", String(status)));
        return;
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        reject(new DownloadFailure("too-large", String(declared)));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      response.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          response.destroy();
          reject(new DownloadFailure("too-large"));
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", reject);
      response.on("end", () => resolve(Buffer.concat(chunks)));
      // A connection cut mid-body ends the stream without "end".
      response.on("close", () => {
        if (!response.complete) reject(new DownloadFailure("network", "incomplete"));
      });
    });
    request.end();
  });
}
