import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { startProsody, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { sentPresencePlugin, sentPresences } from "../support/sent-presences.ts";

/** The counter that move tests trust to see duplicates must see one that Prosody hides. */
describe("the sent-presence counter (real Prosody)", () => {
  let server: ProsodyServer;
  const users: XmppUser[] = [];
  const user = async (local: string, host: string) => {
    await server.register(local, host, `${local}-pw`);
    const u = await XmppUser.connect(server.service, `${local}@${host}`, `${local}-pw`);
    users.push(u);
    return u;
  };
  beforeAll(async () => {
    server = await startProsody({ hosts: ["old.test", "new.test"], iterations: 128, plugins: sentPresencePlugin });
  });
  afterAll(async () => {
    await Promise.all(users.map((u) => u.stop()));
    await server?.stop();
  });

  it("counts a repeated subscribe that the contact never receives", async () => {
    const sender = await user("sender", "new.test");
    const contact = await user("contact", "old.test");
    const received = () => contact.inbox.filter((s: Element) => s.is("presence") && s.attrs.type === "subscribe");
    const subscribe = () => sender.xmpp.send(xml("presence", { to: "contact@old.test", type: "subscribe" }, xml("moved", { xmlns: "urn:xmpp:moved:1" })));

    await subscribe();
    await contact.waitFor(() => received().length === 1);
    await subscribe();
    const twice = { from: "sender@new.test", to: "contact@old.test", type: "subscribe", moved: true };
    await expect.poll(() => sentPresences(server)).toEqual([twice, twice]);
    // A round trip to the contact after the duplicate: had it been forwarded, it would be here by now.
    await sender.send("contact@old.test", "after");
    await contact.waitFor(() => contact.inbox.some((s: Element) => s.is("message") && s.getChildText("body") === "after"));
    expect(received()).toHaveLength(1);

    await contact.xmpp.send(xml("presence", { to: "sender@new.test", type: "subscribed" }));
    await expect.poll(async () => (await sentPresences(server)).at(-1)).toEqual({ from: "contact@old.test", to: "sender@new.test", type: "subscribed", moved: false });
  });
});
