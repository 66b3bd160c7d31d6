/**
 * The baseline for the conversation benchmark: a minimal bot on plain
 * @xmpp/client that answers every chat message with one message echoing its
 * body. Same sign-in as Ferry's bot (native SCRAM, stream management off) so
 * only the message handling differs. Settings: ECHO_JID, ECHO_PASSWORD, ECHO_SERVICE.
 */
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { serveParent } from "../lib/common.ts";
import { ferryClient } from "../../src/protocol/connection/ferry-client.ts";

const jid = process.env.ECHO_JID ?? "";
const at = jid.indexOf("@");
const xmpp = ferryClient({
  service: process.env.ECHO_SERVICE,
  domain: jid.slice(at + 1),
  username: jid.slice(0, at),
  password: process.env.ECHO_PASSWORD,
  resource: "echo",
});
xmpp.on("error", () => undefined);
xmpp.on("stanza", (stanza: Element) => {
  if (!stanza.is("message")) return;
  const type = stanza.attrs.type ?? "normal";
  const body = stanza.getChildText("body");
  if ((type !== "chat" && type !== "normal") || body === null || !stanza.attrs.from) return;
  void xmpp.send(xml("message", { type: "chat", to: stanza.attrs.from }, xml("body", {}, body))).catch(() => undefined);
});
try {
  await xmpp.start();
  await xmpp.send(xml("presence"));
  serveParent(async () => {
    await xmpp.stop().catch(() => undefined);
  });
  process.send?.({ ready: true });
} catch (err) {
  process.send?.({ failed: (err as Error).message });
  process.exit(1);
}
