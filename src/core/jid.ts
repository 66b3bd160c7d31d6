import { jid as parseJid } from "@xmpp/client";

/**
 * JID checks that matter to Ferry: a bare JID a person can be added as a contact.
 * Full RFC 7622 PRECIS is not needed here; servers reject what slips through and
 * the roster writer reports that.
 */
const MAX_PART = 1023;
// Characters RFC 7622 forbids in a localpart, plus whitespace and controls anywhere.
const BAD_LOCAL = /[\s"&'/:<>@\u0000-\u001f\u007f]/u;
const BAD_DOMAIN = /[\s@/\\"&'<>\u0000-\u001f\u007f]/u;

export function normaliseJid(input: string): string | undefined {
  const text = input.trim();
  if (text.length === 0 || text.length > 3071) return undefined;
  if (text.includes("/")) {
    // A full JID: accept, keep the bare part.
    return normaliseJid(text.slice(0, text.indexOf("/")));
  }
  let parsed;
  try {
    parsed = parseJid(text);
  } catch {
    return undefined;
  }
  const local = parsed.getLocal();
  const domain = parsed.getDomain().toLowerCase().replace(/\.$/, "");
  if (text.split("@").length > 2) return undefined;
  if (!domain || domain.length > MAX_PART || BAD_DOMAIN.test(domain)) return undefined;
  if (!/^[\p{L}\p{N}.\-\[\]:]+$/u.test(domain) || domain.startsWith(".") || domain.includes("..")) return undefined;
  if (local !== "" && local !== undefined) {
    if (local.length > MAX_PART || BAD_LOCAL.test(local)) return undefined;
    return `${local.toLowerCase()}@${domain}`;
  }
  return domain;
}

/** A bare JID with a local part (a person or bot, not a server or transport). */
export function isUserJid(input: string): boolean {
  const n = normaliseJid(input);
  return n !== undefined && n.includes("@");
}

export function domainOf(bare: string): string {
  return bare.slice(bare.indexOf("@") + 1);
}

export function bareOf(full: string): string {
  const slash = full.indexOf("/");
  return (slash === -1 ? full : full.slice(0, slash)).toLowerCase();
}
