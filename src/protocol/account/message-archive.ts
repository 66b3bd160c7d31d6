/**
 * Reading the account's own message archive (XEP-0313 MAM, urn:xmpp:mam:2),
 * oldest first, one RSM page at a time: only one page is ever held, so an
 * archive of any length reads in flat memory.
 */
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { bareOf } from "../../core/jid.ts";
import { NS_DATA } from "../namespaces.ts";

export const NS_MAM = "urn:xmpp:mam:2";
export const NS_FORWARD = "urn:xmpp:forward:0";
export const NS_DELAY = "urn:xmpp:delay";
const NS_RSM = "http://jabber.org/protocol/rsm";

/** One archived message as the server keeps it. */
export interface ArchivedMessage {
  /** The archive's id of the message (the RSM key, and XEP-0227's `<result id>`). */
  id: string;
  /** When the server archived it (XEP-0203 stamp). */
  stamp: string;
  /** The `<message/>` stanza, in the `jabber:client` namespace. */
  message: Element;
}

export interface ArchiveQuery {
  /** Only messages archived at or after this moment. */
  start?: Date;
  /** Messages asked per page; servers may send fewer (Prosody: at most 50 by default). */
  pageSize?: number;
}

/**
 * The archive page by page, oldest first, until the server says it is
 * complete. A page is an array of messages; the generator asks for the next
 * page only when the caller has taken this one.
 */
export async function* readArchive(session: AccountSession, query: ArchiveQuery = {}): AsyncGenerator<ArchivedMessage[]> {
  const own = bareOf(session.jid);
  let collecting: { queryid: string; page: ArchivedMessage[] } | undefined;
  session.onStanza((stanza) => {
    const result = stanza.is("message") ? stanza.getChild("result", NS_MAM) : undefined;
    // Only the account's own server may fill its archive pages (a contact could send a look-alike).
    const from = stanza.attrs.from as string | undefined;
    if (!result || !collecting || result.attrs.queryid !== collecting.queryid || (from !== undefined && bareOf(from) !== own)) return;
    const archived = archivedMessage(result);
    if (archived) collecting.page.push(archived);
  });

  let after: string | undefined;
  for (let n = 0; ; n++) {
    const queryid = `ferry-${n}`;
    collecting = { queryid, page: [] };
    const reply = await session.iq("set", queryElement(queryid, query, after));
    const page = collecting.page;
    collecting = undefined;
    const fin = reply.getChild("fin", NS_MAM);
    const last = fin?.getChild("set", NS_RSM)?.getChildText("last") ?? page.at(-1)?.id;
    if (page.length > 0) yield page;
    // A server that sends no `complete` and no `last` has nothing more to page through.
    if (fin?.attrs.complete === "true" || page.length === 0 || !last || last === after) return;
    after = last;
  }
}

function queryElement(queryid: string, query: ArchiveQuery, after: string | undefined): Element {
  const fields = [xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, NS_MAM))];
  if (query.start) fields.push(xml("field", { var: "start" }, xml("value", {}, query.start.toISOString())));
  return xml(
    "query",
    { xmlns: NS_MAM, queryid },
    xml("x", { xmlns: NS_DATA, type: "submit" }, ...fields),
    xml("set", { xmlns: NS_RSM }, xml("max", {}, String(query.pageSize ?? 250)), ...(after ? [xml("after", {}, after)] : [])),
  );
}

function archivedMessage(result: Element): ArchivedMessage | undefined {
  const forwarded = result.getChild("forwarded", NS_FORWARD);
  const message = forwarded?.getChild("message");
  const stamp = forwarded?.getChild("delay", NS_DELAY)?.attrs.stamp;
  const id = result.attrs.id;
  if (!message || typeof stamp !== "string" || typeof id !== "string") return undefined;
  message.attrs.xmlns = "jabber:client";
  return { id, stamp, message };
}
