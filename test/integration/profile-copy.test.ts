import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { publishClientBookmark, serverKinds, serviceMapObject, startTestServer, type TestServer } from "../support/test-servers.ts";
import { signIn, type AccountSession } from "../../src/protocol/connection/account-session.ts";
import { copyProfile, inspectProfile } from "../../src/protocol/profile/copy-profile.ts";
import { readVcard } from "../../src/protocol/profile/copy-vcard.ts";
import { readNickname } from "../../src/protocol/profile/copy-nickname.ts";
import { NS_MOVED, NS_NICK } from "../../src/protocol/namespaces.ts";
import { readAvatarMetadata, NS_AVATAR_DATA, NS_AVATAR_METADATA } from "../../src/protocol/profile/copy-avatar.ts";
import { readBookmarks, readLegacyBookmarks, NS_BOOKMARKS } from "../../src/protocol/profile/copy-bookmarks.ts";
import { readBlocklist } from "../../src/protocol/profile/copy-blocklist.ts";
import { fetchMovedStatement, publishMovedStatement, movedPayload } from "../../src/protocol/profile/moved-statement.ts";
import { getItems, nodeConfig, publish, publishWithConfig } from "../../src/protocol/profile/pep.ts";

// Two different 1×1 PNGs: one as the vCard PHOTO, one as the XEP-0084 avatar.
const PHOTO_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const AVATAR_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const AVATAR_ID = createHash("sha1").update(Buffer.from(AVATAR_PNG, "base64")).digest("hex");

describe.each(serverKinds())("profile copy and XEP-0283 statement on a real %s", (kind) => {
  let server: TestServer;
  const sessions: AccountSession[] = [];

  const account = async (local: string, host: string): Promise<AccountSession> => {
    await server.register(local, host, `${local}-pw`);
    const session = await signIn(`${local}@${host}`, `${local}-pw`, { serviceMap: serviceMapObject(server) });
    sessions.push(session);
    return session;
  };

  beforeAll(async () => {
    server = await startTestServer(kind, { hosts: ["old.test", "new.test"] });
  });
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    await server?.stop();
  });

  /** Fills an old account the way a long-used client would. */
  async function fillOldAccount(old: AccountSession): Promise<void> {
    // Legacy first: Prosody mirrors private storage into XEP-0402 and, on a
    // legacy write, retracts XEP-0402 rooms missing from it.
    await old.iq(
      "set",
      xml(
        "query",
        { xmlns: "jabber:iq:private" },
        xml(
          "storage",
          { xmlns: "storage:bookmarks" },
          xml("conference", { jid: "legacy@conference.old.test", name: "Old Room", autojoin: "true" }, xml("nick", {}, "jules")),
        ),
      ),
    );
    await old.iq(
      "set",
      xml(
        "vCard",
        { xmlns: "vcard-temp" },
        xml("FN", {}, "Juliet Capulet"),
        xml("NICKNAME", {}, "Jules"),
        xml("PHOTO", {}, xml("TYPE", {}, "image/png"), xml("BINVAL", {}, PHOTO_PNG)),
      ),
    );
    // Contacts only: the vCard write above left Prosody's avatar nodes `open`, and so
    // will the copy's vCard write on the new account; the copy must restore this.
    const contactsOnly = { access_model: "presence" };
    await publishWithConfig(old, NS_AVATAR_DATA, { id: AVATAR_ID, payload: xml("data", { xmlns: NS_AVATAR_DATA }, AVATAR_PNG) }, contactsOnly, false);
    await publishWithConfig(old, NS_AVATAR_METADATA, {
      id: AVATAR_ID,
      payload: xml(
        "metadata",
        { xmlns: NS_AVATAR_METADATA },
        xml("info", { id: AVATAR_ID, bytes: String(Buffer.from(AVATAR_PNG, "base64").length), type: "image/png", width: "1", height: "1" }),
      ),
    }, contactsOnly, false);
    await publish(old, NS_NICK, { id: "current", payload: xml("nick", { xmlns: NS_NICK }, "Jules") });
    for (const [room, name, extra] of [
      ["balcony@conference.old.test", "Balcony", xml("extensions", {}, xml("state", { xmlns: "urn:example:test" }, "kept"))],
      ["verona@conference.new.test", "Verona", undefined],
    ] as const) {
      await publishClientBookmark(old, kind, {
        id: room,
        payload: xml("conference", { xmlns: NS_BOOKMARKS, name, autojoin: "true" }, xml("nick", {}, "jules"), ...(extra ? [extra] : [])),
      });
    }
    await old.iq(
      "set",
      xml("block", { xmlns: "urn:xmpp:blocking" }, xml("item", { jid: "spam1@old.test" }), xml("item", { jid: "spammer.example" })),
    );
  }

  /** Everything the copy touches, as comparable text. */
  async function snapshot(s: AccountSession) {
    const vcard = await readVcard(s);
    const metadata = await readAvatarMetadata(s);
    return {
      vcard: {
        fn: vcard?.getChildText("FN"),
        nickname: vcard?.getChildText("NICKNAME"),
        photo: vcard?.getChild("PHOTO")?.getChildText("BINVAL"),
      },
      avatarMetadata: metadata && `${metadata.id} ${canonical(metadata.payload)}`,
      avatarData: (await getItems(s, NS_AVATAR_DATA)).map((i) => `${i.id} ${i.payload.text()}`),
      nickname: await readNickname(s),
      bookmarks: (await readBookmarks(s)).map((i) => `${i.id} ${canonical(i.payload)}`).sort(),
      legacy: (await readLegacyBookmarks(s)).map(canonical).sort(),
      blocklist: (await readBlocklist(s)).sort(),
      audience: await Promise.all([NS_AVATAR_DATA, NS_AVATAR_METADATA, NS_NICK].map(async (n) => (await nodeConfig(s, n))?.access_model)),
    };
  }

  it("shows the plan, copies everything, and a second copy duplicates nothing", async () => {
    const old = await account("juliet", "old.test");
    const target = await account("juliet", "new.test");
    await fillOldAccount(old);

    // Prosody shows the legacy room as XEP-0402 too, and the XEP-0402 rooms in private storage; ejabberd keeps them apart.
    const rooms = kind === "prosody" ? { bookmarks: 3, legacy: 3 } : { bookmarks: 2, legacy: 1 };
    expect(await inspectProfile(old)).toEqual({
      vcard: true,
      avatar: true,
      nickname: "Jules",
      bookmarks: rooms.bookmarks,
      legacyBookmarks: rooms.legacy,
      blocklist: 2,
      unreadable: [],
    });

    const expected = [
      { item: "vcard", outcome: "copied" },
      { item: "avatar", outcome: "copied" },
      { item: "nickname", outcome: "copied" },
      { item: "legacy-bookmarks", outcome: "copied", count: rooms.legacy },
      { item: "bookmarks", outcome: "copied", count: rooms.bookmarks },
      { item: "blocklist", outcome: "copied", count: 2 },
    ];
    expect(await copyProfile(old, target)).toEqual(expected);

    const before = await snapshot(old);
    expect(before.vcard).toEqual({ fn: "Juliet Capulet", nickname: "Jules", photo: AVATAR_PNG });
    expect(before.avatarData).toEqual([`${AVATAR_ID} ${AVATAR_PNG}`]);
    expect(before.audience).toEqual(["presence", "presence", "presence"]);
    expect(before.bookmarks.join("\n")).toContain("urn:example:test");
    expect(before.legacy.join("\n")).toContain("legacy@conference.old.test");
    const copied = await snapshot(target);
    expect(copied).toEqual(before);
    expect(await nodeConfig(target, NS_BOOKMARKS)).toMatchObject({
      access_model: "whitelist",
      persist_items: "1",
      send_last_published_item: "never",
    });

    expect(await copyProfile(old, target)).toEqual(expected);
    expect(await snapshot(target)).toEqual(before);
  });

  it("reports `none` for every item of an empty account and changes nothing", async () => {
    const old = await account("empty", "old.test");
    const target = await account("empty", "new.test");
    expect(await inspectProfile(old)).toEqual({ vcard: false, avatar: false, bookmarks: 0, legacyBookmarks: 0, blocklist: 0, unreadable: [] });
    const reports = await copyProfile(old, target);
    expect(reports.map((r) => r.outcome)).toEqual(["none", "none", "none", "none", "none", "none"]);
    expect(await inspectProfile(target)).toEqual(await inspectProfile(old));
  });

  it("publishes the moved statement for contacts only", async () => {
    const old = await account("romeo", "old.test");
    const contact = await account("benvolio", "old.test");
    const stranger = await account("tybalt", "new.test");
    await subscribeMutually(old, contact);

    await publishMovedStatement(old, "romeo@new.test");
    expect(await fetchMovedStatement(contact, "romeo@old.test")).toBe("romeo@new.test");
    expect(await fetchMovedStatement(stranger, "romeo@old.test")).toBeUndefined();
    // No statement at all reads the same as one the reader may not see.
    expect(await fetchMovedStatement(contact, "benvolio@old.test")).toBeUndefined();
    expect((await nodeConfig(old, NS_MOVED))?.access_model).toBe("presence");
  });

  it("takes over a statement node left open by an earlier publish", async () => {
    const old = await account("mercutio", "old.test");
    const stranger = await account("paris", "new.test");
    await publish(old, NS_MOVED, { id: "current", payload: movedPayload("someone@else.test") }, { access_model: "open" });
    expect(await fetchMovedStatement(stranger, "mercutio@old.test")).toBe("someone@else.test");

    await publishMovedStatement(old, "mercutio@new.test");
    expect((await nodeConfig(old, NS_MOVED))?.access_model).toBe("presence");
    const [item] = await getItems(old, NS_MOVED, { ids: ["current"] });
    expect(item?.payload.getChildText("new-jid")).toBe("mercutio@new.test");
    expect(await fetchMovedStatement(stranger, "mercutio@old.test")).toBeUndefined();
    // Publishing again on the now-matching node needs no reconfiguration.
    await publishMovedStatement(old, "mercutio@new.test");
    expect(await getItems(old, NS_MOVED)).toHaveLength(1);
  });
});

/** XML text with attributes sorted: Prosody does not keep their order. */
function canonical(el: Element): string {
  const attrs = Object.keys(el.attrs)
    .sort()
    .map((k) => ` ${k}="${String(el.attrs[k])}"`)
    .join("");
  const children = el.children.map((c) => (typeof c === "string" ? c : canonical(c as Element))).join("");
  return `<${el.name}${attrs}>${children}</${el.name}>`;
}

/** Roster entries on both sides plus subscribe/subscribed both ways, until both rosters say `both`. */
async function subscribeMutually(a: AccountSession, b: AccountSession): Promise<void> {
  const roster = (jid: string) => xml("query", { xmlns: "jabber:iq:roster" }, xml("item", { jid }));
  await a.iq("set", roster(b.jid));
  await b.iq("set", roster(a.jid));
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    await from.send(xml("presence", { to: to.jid, type: "subscribe" }));
    // A server handles a session's stanzas in order: once this answers, the request has reached `to`.
    // (ejabberd has no pre-approval: a `subscribed` that came first would be ignored.)
    await from.iq("get", xml("query", { xmlns: "jabber:iq:roster" }));
    await to.send(xml("presence", { to: from.jid, type: "subscribed" }));
  }
  const subscription = async (s: AccountSession, jid: string) =>
    (await s.iq("get", xml("query", { xmlns: "jabber:iq:roster" })))
      .getChild("query")
      ?.getChildren("item")
      .find((i) => i.attrs.jid === jid)?.attrs.subscription;
  const deadline = Date.now() + 5_000;
  while ((await subscription(a, b.jid)) !== "both" || (await subscription(b, a.jid)) !== "both") {
    if (Date.now() > deadline) throw new Error("subscription did not become mutual");
    await new Promise((r) => setTimeout(r, 50));
  }
}
