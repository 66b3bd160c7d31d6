import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProsodyOptions, ProsodyServer } from "../../src/devserver/prosody.ts";

/**
 * Counts subscription presences where clients send them, at the server
 * (prosody-modules/mod_ferry_sent_presence.lua). Prosody drops a repeated
 * `subscribe` before it reaches the contact, so counting what contacts
 * receive cannot catch a duplicate; this can.
 */
export const sentPresencePlugin: NonNullable<ProsodyOptions["plugins"]> = {
  dir: join(import.meta.dirname, "prosody-modules"),
  modules: ["ferry_sent_presence"],
};

export interface SentPresence {
  /** Bare JID of the sending account. */
  from: string;
  /** Bare JID it was addressed to. */
  to: string;
  type: "subscribe" | "subscribed";
  /** Carries `<moved xmlns='urn:xmpp:moved:1'/>`. */
  moved: boolean;
}

/** Every subscription presence recorded so far, in sending order (the server must load `sentPresencePlugin`). */
export async function sentPresences(server: Pick<ProsodyServer, "dataDir">): Promise<SentPresence[]> {
  const text = await readFile(join(server.dataDir, "sent-presences.jsonl"), "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return "";
    throw e;
  });
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as SentPresence);
}

/** Subscription requests `from` sent, per addressee: a contact asked twice shows 2. */
export async function requestsSentBy(server: Pick<ProsodyServer, "dataDir">, from: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const p of await sentPresences(server)) if (p.from === from && p.type === "subscribe") counts[p.to] = (counts[p.to] ?? 0) + 1;
  return counts;
}
