import { EntryCollector } from "./collect-entries.ts";
import type { Network, ParseResult } from "./import-entry.ts";
import { readXml, type XmlElement, type XmlText } from "./read-xml.ts";

const PROTOCOLS: Record<string, Network> = {
  "prpl-jabber": "xmpp",
  "prpl-msn": "msn",
  "prpl-msn-pecan": "msn",
  "prpl-yahoo": "yahoo",
  "prpl-yahoojp": "yahoo",
  "prpl-icq": "icq",
  "prpl-aim": "aim",
};

/** ICQ and AIM shared one protocol plugin; ICQ accounts are numbers. */
function networkOf(proto: string, name: string): Network | undefined {
  if (proto === "prpl-oscar") return /^\d+$/.test(name.trim()) ? "icq" : "aim";
  return PROTOCOLS[proto];
}

interface Buddy {
  proto: string;
  name: string;
  alias?: string;
  serverAlias?: string;
  line: number;
}

/**
 * Pidgin `blist.xml` (root `purple`, or `gaim` in old versions, which also used
 * `person` for `contact` and `protocol` for `proto`). Name precedence: buddy alias,
 * contact alias, server alias.
 */
export function parsePidginBlist(text: XmlText, maxEntries?: number): ParseResult {
  const out = new EntryCollector(maxEntries, { streamed: true });
  let buddy: Buddy | undefined;
  readXml(text, {
    open(el) {
      if (el.name === "buddy") buddy = { proto: el.attrs.proto ?? el.attrs.protocol ?? "", name: "", line: el.line };
    },
    close(el, content, parents) {
      const parent = parents.at(-1);
      if (buddy && parent?.name === "buddy") {
        if (el.name === "name") buddy.name = content;
        else if (el.name === "alias") buddy.alias = content;
        else if (el.name === "setting" && el.attrs.name === "servernick") buddy.serverAlias = content;
        return;
      }
      if (el.name === "chat" && parent?.name === "group") {
        out.problem({ code: "chat-room-skipped", line: el.line, detail: el.attrs.proto });
        return;
      }
      if (el.name !== "buddy" || !buddy) return;
      addBuddy(buddy, parents, out);
      buddy = undefined;
    },
  });
  return out.result("pidgin-blist");
}

function addBuddy(buddy: Buddy, parents: readonly XmlElement[], out: EntryCollector): void {
  const contact = parents.findLast((p) => p.name === "contact" || p.name === "person");
  const group = parents.findLast((p) => p.name === "group");
  const network = networkOf(buddy.proto, buddy.name);
  if (network === undefined) {
    out.problem({ code: "unknown-protocol", line: buddy.line, detail: buddy.proto });
    return;
  }
  const name = [buddy.alias, contact?.attrs.alias, buddy.serverAlias].find((n) => n !== undefined && n.trim() !== "");
  out.add({
    network,
    address: buddy.name,
    name,
    groups: group?.attrs.name === undefined ? [] : [group.attrs.name],
    line: buddy.line,
  });
}
