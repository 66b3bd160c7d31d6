/**
 * XEP-0363 uploads from a signed-in account: find the upload service, ask it
 * for a slot, then PUT the file there over plain HTTP (src/net).
 */
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { domainOf } from "../../core/jid.ts";
import { NS_DATA, NS_INFO, NS_ITEMS } from "../namespaces.ts";
import { conditionOf } from "../stanza-error.ts";
import { putFile } from "../../net/http-put.ts";

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

/** A file to upload: bytes in memory, or a file on disk, which is streamed (`size` bytes). */
export type UploadFile = { filename: string; contentType: string } & ({ data: Uint8Array } | { path: string; size: number });

export interface UploadOptions {
  /** Limit for the PUT. */
  timeoutMs?: number;
  /** The service found before (findUploadService), so it is not looked up twice. */
  service?: UploadService;
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
  let service = opts.service;
  try {
    service ??= await findUploadService(session);
  } catch (err) {
    return { error: "other", detail: conditionOf(err) };
  }
  if (!service) return { error: "no-upload-service" };
  const size = "data" in file ? file.data.byteLength : file.size;
  if (service.maxFileSize !== undefined && size > service.maxFileSize) {
    return { error: "too-large", detail: String(service.maxFileSize) };
  }

  let slot: Element | undefined;
  try {
    const reply = await session.iq(
      "get",
      xml("request", { xmlns: NS_UPLOAD, filename: file.filename, size: String(size), "content-type": file.contentType }),
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
  const body = "data" in file ? file.data : { path: file.path, size };
  const failed = await putFile({ url: putUrl, headers, body, timeoutMs: opts.timeoutMs ?? 60_000 });
  if (failed) return { error: "put-failed", detail: failed.detail };
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
