/**
 * Downloads of files users send (import flow, admin address lists), which must
 * not let a URL from a stranger reach Ferry's own network.
 */
import { lookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { isPrivateAddress } from "./private-address.ts";

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
