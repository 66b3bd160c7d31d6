import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import { readAccountBackup, type AccountBackup } from "../../../src/importers/read-account-backup.ts";
import { readAccountBackupInWorker } from "../../../src/importers/parse-in-worker.ts";
import { buildXep0227, documentHead, ferryElement, userElements, DOCUMENT_TAIL, type AccountExport } from "../../../src/protocol/account/xep0227-export.ts";
import { ImportError } from "../../../src/importers/import-entry.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const backupOf = (text: string, opts = {}) => readAccountBackup(bytes(text), opts) as AccountBackup;

const form = (accessModel: string) =>
  xml("x", { xmlns: "jabber:x:data", type: "submit" }, xml("field", { var: "FORM_TYPE" }, xml("value", {}, "http://jabber.org/protocol/pubsub#node_config")), xml("field", { var: "pubsub#access_model" }, xml("value", {}, accessModel)));

const fred: AccountExport = {
  jid: "fred@old.example",
  roster: [
    { jid: "ann@old.example", name: "Ann & Co <3", groups: ["Friends", "Work"], subscription: "both" },
    { jid: "ben@new.example", groups: [], subscription: "to", ask: true },
  ],
  vcard: xml("vCard", { xmlns: "vcard-temp" }, xml("FN", {}, "Fred Astaire"), xml("PHOTO", {}, xml("TYPE", {}, "image/png"), xml("BINVAL", {}, "iVBORw0KGgo="))),
  privateData: [xml("storage", { xmlns: "storage:bookmarks" }, xml("conference", { jid: "tea@rooms.old.example", name: "Tea", autojoin: "true" }, xml("nick", {}, "fred")))],
  pep: [
    { node: "http://jabber.org/protocol/nick", config: form("presence"), items: [xml("item", { id: "current" }, xml("nick", { xmlns: "http://jabber.org/protocol/nick" }, "Freddy"))] },
    { node: "urn:xmpp:bookmarks:1", config: form("whitelist"), items: [xml("item", { id: "jazz@rooms.old.example" }, xml("conference", { xmlns: "urn:xmpp:bookmarks:1", name: "Jazz", autojoin: "false" }))] },
  ],
  blocklist: ["spam@evil.example"],
};

describe("readAccountBackup: one account of a XEP-0227 file, as a restore needs it", () => {
  it("reads Ferry's own backup back: roster, vCard, private bookmarks, PEP nodes with access models, blocklist", () => {
    const b = backupOf(buildXep0227(fred, "2024-05-01T12:00:00.000Z"));
    expect(b.account).toBe("fred@old.example");
    expect(b.ferry).toBe(true);
    const ann = b.roster.entries.find((e) => e.address === "ann@old.example")!;
    expect(ann).toMatchObject({ name: "Ann & Co <3", groups: ["Friends", "Work"], subscription: "both" });
    expect(b.roster.entries.find((e) => e.address === "ben@new.example")).toMatchObject({ subscription: "to", ask: true });
    expect(b.profile.vcard?.attrs.xmlns).toBe("vcard-temp");
    expect(b.profile.vcard?.children.find((c) => c.name === "FN")?.text).toBe("Fred Astaire");
    expect(b.profile.vcard?.children.find((c) => c.name === "PHOTO")?.children.map((c) => c.name)).toEqual(["TYPE", "BINVAL"]);
    expect(b.profile.legacyBookmarks).toEqual([
      { name: "conference", attrs: { xmlns: "storage:bookmarks", jid: "tea@rooms.old.example", name: "Tea", autojoin: "true" }, children: [{ name: "nick", attrs: {}, children: [], text: "fred" }], text: "" },
    ]);
    expect(b.profile.pep).toEqual([
      { node: "http://jabber.org/protocol/nick", accessModel: "presence", items: [{ id: "current", payload: { name: "nick", attrs: { xmlns: "http://jabber.org/protocol/nick" }, children: [], text: "Freddy" } }] },
      { node: "urn:xmpp:bookmarks:1", accessModel: "whitelist", items: [{ id: "jazz@rooms.old.example", payload: expect.objectContaining({ name: "conference", attrs: { xmlns: "urn:xmpp:bookmarks:1", name: "Jazz", autojoin: "false" } }) }] },
    ]);
    expect(b.profile.blocklist).toEqual(["spam@evil.example"]);
    expect(b.history).toBeUndefined();
  });

  it("counts the archive of a history backup without keeping it, and reads Ferry's completeness mark", () => {
    const result = (id: number, stamp: string) =>
      `<result xmlns='urn:xmpp:mam:2' id='m${id}'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='${stamp}'/><message xmlns='jabber:client' from='ann@old.example' to='fred@old.example' type='chat'><body>hello ${id}</body><delay xmlns='urn:xmpp:delay' stamp='1999-01-01T00:00:00Z'/></message></forwarded></result>`;
    const archive = `<archive xmlns='urn:xmpp:pie:0#mam'>${result(1, "2023-01-01T10:00:00Z")}${result(2, "2023-06-01T10:00:00Z")}${result(3, "2024-04-30T10:00:00Z")}</archive>`;
    const summary = { since: "all", messages: 3, first: "2023-01-01T10:00:00Z", last: "2024-04-30T10:00:00Z", complete: false };
    const text = documentHead(fred.jid) + userElements(fred).map(String).join("") + archive + ferryElement(fred, "2024-05-01T12:00:00.000Z", summary).toString() + DOCUMENT_TAIL;
    const b = backupOf(text);
    expect(b.history).toEqual({ messages: 3, first: "2023-01-01T10:00:00Z", last: "2024-04-30T10:00:00Z", complete: false });
    // Messages are never part of what is kept.
    expect(JSON.stringify(b)).not.toContain("hello");
    expect(b.roster.entries).toHaveLength(2);
  });

  it("reads a Prosody export (one user per file, PEP as prosody-migrator writes it, no Ferry element)", () => {
    const text = `<?xml version='1.0' encoding='utf-8'?>
<server-data xmlns='urn:xmpp:pie:0'><host jid='old.example'><user name='juliet' password=''>
<query xmlns='jabber:iq:roster'><item jid='romeo@montague.example' name='Romeo' subscription='both'><group>Lovers</group></item></query>
<vCard xmlns='vcard-temp'><NICKNAME>Jules</NICKNAME></vCard>
<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='urn:xmpp:avatar:metadata'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field><field var='pubsub#access_model'><value>open</value></field></x></configure></pubsub>
<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:metadata'><item id='abc' publisher='juliet@old.example'><metadata xmlns='urn:xmpp:avatar:metadata'><info id='abc' bytes='4' type='image/png' width='1' height='1'/></metadata></item></items></pubsub>
</user></host></server-data>`;
    const b = backupOf(text, { user: "juliet@new.example" });
    expect(b.account).toBe("juliet@old.example");
    expect(b.ferry).toBe(false);
    expect(b.roster.entries.map((e) => [e.address, e.name, e.groups])).toEqual([["romeo@montague.example", "Romeo", ["Lovers"]]]);
    expect(b.profile.vcard?.children.map((c) => [c.name, c.text])).toEqual([["NICKNAME", "Jules"]]);
    expect(b.profile.pep).toEqual([
      { node: "urn:xmpp:avatar:metadata", accessModel: "open", items: [{ id: "abc", payload: { name: "metadata", attrs: { xmlns: "urn:xmpp:avatar:metadata" }, children: [{ name: "info", attrs: { id: "abc", bytes: "4", type: "image/png", width: "1", height: "1" }, children: [], text: "" }], text: "" } }] },
    ]);
    expect(b.profile.blocklist).toEqual([]);
  });

  const ejabberdHost = `<?xml version='1.0'?>
<host xmlns='http://www.xmpp.org/extensions/xep-0227.html#ns' jid='old.example'>
<user name='anna'><query xmlns='jabber:iq:roster'><item jid='a1@x.example' subscription='both'/></query><vCard xmlns='vcard-temp'><FN>Anna</FN></vCard></user>
<user name='bert'><query xmlns='jabber:iq:roster'><item jid='b1@x.example' name='B one' subscription='from'/><item jid='b2@x.example' subscription='to'/></query>
<query xmlns='jabber:iq:private'><storage xmlns='storage:bookmarks'><conference jid='club@rooms.example' name='Club' autojoin='false'/></storage></query></user>
</host>`;

  it("picks the user's account from an ejabberd <host> export with two users, by JID or by local part", () => {
    const bert = backupOf(ejabberdHost, { user: "bert@new.example" });
    expect(bert.account).toBe("bert@old.example");
    expect(bert.roster.entries.map((e) => e.address)).toEqual(["b1@x.example", "b2@x.example"]);
    expect(bert.profile.vcard).toBeUndefined();
    expect(bert.profile.legacyBookmarks.map((e) => e.attrs.jid)).toEqual(["club@rooms.example"]);
    const anna = backupOf(ejabberdHost, { user: "anna@old.example" });
    expect(anna.profile.vcard?.children[0]?.text).toBe("Anna");
    expect(anna.roster.entries.map((e) => e.address)).toEqual(["a1@x.example"]);
  });

  it("lets the user choose when no account of a several-account file is recognisably theirs; an account chosen is read", () => {
    expect(readAccountBackup(bytes(ejabberdHost), { user: "carl@new.example" })).toEqual({ choose: ["anna@old.example", "bert@old.example"] });
    expect(backupOf(ejabberdHost, { user: "carl@new.example", account: "anna@old.example" }).account).toBe("anna@old.example");
  });

  it("refuses what is not a XEP-0227 file, and entity declarations, as imports do", () => {
    expect(() => readAccountBackup(bytes("<messenger><service/></messenger>"))).toThrow(ImportError);
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><server-data xmlns='urn:xmpp:pie:0'/>`;
    expect(() => readAccountBackup(bytes(bomb))).toThrow(expect.objectContaining({ code: "xml-entities-forbidden" }));
    expect(() => readAccountBackup(bytes(buildXep0227(fred, "x")), { maxBytes: 100 })).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  it("runs in a worker thread, as imports do", async () => {
    const b = (await readAccountBackupInWorker(bytes(buildXep0227(fred, "2024-05-01T12:00:00.000Z")), { user: "fred@new.example" })) as AccountBackup;
    expect(b.profile.blocklist).toEqual(["spam@evil.example"]);
  });
});
