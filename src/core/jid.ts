/**
 * JID checks that matter to Ferry: a bare JID a person can be added as a contact.
 * Full RFC 7622 PRECIS is not needed here; servers reject what slips through and
 * the roster writer reports that. The raw text is checked before any parsing,
 * because @xmpp/jid quietly escapes characters a localpart may not contain.
 */
const MAX_PART = 1023;
// Characters RFC 7622 forbids in a localpart, plus whitespace and controls.
const BAD_LOCAL = /[\s"&'/:<>@\u0000-\u001f\u007f]/u;
const DOMAIN = /^[\p{L}\p{N}][\p{L}\p{N}\-]*(\.[\p{L}\p{N}\-]+)*$|^\[[0-9a-fA-F:.]+\]$/u;

export function normaliseJid(input: string): string | undefined {
  let text = input.trim();
  if (text.length === 0 || text.length > 3071) return undefined;
  const slash = text.indexOf("/");
  // A full JID is accepted; Ferry keeps the bare part.
  if (slash !== -1) text = text.slice(0, slash);
  // Lower-cased whole: the usual, already normal address comes back as the same string, not a new one.
  text = text.toLowerCase();
  const at = text.lastIndexOf("@");
  const local = at === -1 ? "" : text.slice(0, at);
  const trailingDot = text.endsWith(".");
  const domain = text.slice(at + 1, trailingDot ? -1 : undefined);
  if (at !== -1 && (local.length === 0 || local.length > MAX_PART || BAD_LOCAL.test(local))) return undefined;
  if (!domain || domain.length > MAX_PART || !DOMAIN.test(domain)) return undefined;
  return trailingDot ? text.slice(0, -1) : text;
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
