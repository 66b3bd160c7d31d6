import { normaliseJid } from "../core/jid.ts";
import type { Network } from "./import-entry.ts";

// Deliberately loose: old exports hold odd but real addresses; only the shape is checked.
const MAILBOX = /^[^\s@<>"',;:()[\]\\]+@[^\s@<>"',;:()[\]\\]+\.[^\s@<>"',;:()[\]\\.]+$/u;
const ICQ_UIN = /^\d{5,10}$/;
const SCREEN_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_. -]{1,31}$/u;
const OTHER = /^[^\s<>"]{1,320}$/u;
const LOCAL_FORBIDDEN = /[\s"&'/:<>]/u;

// Domains whose addresses were Messenger (MSN/WLM) accounts.
const MSN_DOMAINS = new Set(["hotmail.com", "msn.com", "live.com", "passport.com", "outlook.com", "windowslive.com", "webtv.net"]);

/** The address in canonical form for its network, or undefined when it cannot be one. */
export function normaliseAddress(network: Network, raw: string): string | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > 3071) return undefined;
  switch (network) {
    case "xmpp": {
      // One normaliseJid call serves as the user-JID check (it has a local part) and the result.
      const jid = normaliseJid(text);
      if (jid === undefined || !jid.includes("@")) return undefined;
      // normaliseJid XEP-0106-escapes such characters; in a written address they mean it is not a JID.
      return LOCAL_FORBIDDEN.test(text.slice(0, text.indexOf("@"))) ? undefined : jid;
    }
    case "msn":
    case "email":
      return MAILBOX.test(text) ? text.toLowerCase() : undefined;
    case "icq":
      return ICQ_UIN.test(text) ? text : undefined;
    case "aim":
    case "yahoo":
      if (MAILBOX.test(text)) return text.toLowerCase();
      // AIM and Yahoo compared screen names ignoring case and spaces.
      return SCREEN_NAME.test(text) ? text.toLowerCase().replaceAll(" ", "") : undefined;
    case "other":
      return OTHER.test(text) ? text : undefined;
  }
}

/** True for an address that is a server or transport, not a person (`msn.example.org`). */
export function isServerJid(raw: string): boolean {
  const n = normaliseJid(raw);
  return n !== undefined && !n.includes("@");
}

/** Network of a bare `local@domain` address seen where no network is stated. */
export function guessNetwork(address: string): Network {
  const at = address.lastIndexOf("@");
  if (at === -1) return ICQ_UIN.test(address.trim()) ? "icq" : "other";
  return MSN_DOMAINS.has(address.slice(at + 1).trim().toLowerCase()) ? "msn" : "xmpp";
}

const URI = /^([a-z][a-z0-9+.-]*):(.*)$/is;

const URI_SCHEMES: Record<string, Network> = {
  xmpp: "xmpp",
  jabber: "xmpp",
  msn: "msn",
  msnim: "msn",
  mailto: "email",
  aim: "aim",
  ymsgr: "yahoo",
  yahoo: "yahoo",
  icq: "icq",
};

// Apple's X-SERVICE-TYPE values and the like, lower-cased.
const SERVICE_NAMES: Record<string, Network> = {
  jabber: "xmpp",
  xmpp: "xmpp",
  msn: "msn",
  "windows live": "msn",
  aim: "aim",
  yahoo: "yahoo",
  icq: "icq",
};

export function networkOfService(name: string): Network | undefined {
  return SERVICE_NAMES[name.trim().toLowerCase()];
}

/**
 * Splits an IM URI (`xmpp:alice@example.org`, `msnim:chat?contact=joe@hotmail.com`,
 * `aim:goim?screenname=joe`) into network and address. Returns undefined without a known scheme.
 */
export function parseImUri(uri: string): { network: Network; address: string } | undefined {
  // Most tokens are plain addresses; without a colon there is no scheme to look at.
  if (!uri.includes(":")) return undefined;
  const m = URI.exec(uri.trim());
  if (!m) return undefined;
  const network = URI_SCHEMES[(m[1] ?? "").toLowerCase()];
  if (network === undefined) return undefined;
  let rest = (m[2] ?? "").replace(/^\/\//, "");
  const q = rest.indexOf("?");
  if (q !== -1) {
    // Query forms name the address in a parameter; otherwise the query is an action (`?message`).
    const params = new URLSearchParams(rest.slice(q + 1));
    rest = params.get("contact") ?? params.get("screenname") ?? params.get("uin") ?? params.get("target") ?? rest.slice(0, q);
  }
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // Keep the raw text: a stray % is more likely part of a transport address than an escape.
  }
  return { network, address: rest.trim() };
}
