import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import { unitWorld } from "../../../support/unit-world.ts";
import { buildXep0227, type AccountExport } from "../../../../src/protocol/account/xep0227-export.ts";

const alice = "alice@new.test";

const oldAlice: AccountExport = {
  jid: "alice@old.test",
  roster: [
    { jid: "ann@x.test", name: "Ann", groups: ["Friends"], subscription: "both" },
    { jid: "ben@x.test", groups: [], subscription: "from" },
    { jid: "cat@x.test", name: "Cat", groups: ["Work"], subscription: "to" },
    // The new account was already among the old one's contacts: it is not its own contact.
    { jid: "alice@new.test", groups: [], subscription: "both" },
  ],
  vcard: xml("vCard", { xmlns: "vcard-temp" }, xml("FN", {}, "Alice")),
  privateData: [],
  pep: [{ node: "http://jabber.org/protocol/nick", items: [xml("item", { id: "current" }, xml("nick", { xmlns: "http://jabber.org/protocol/nick" }, "Al"))] }],
  blocklist: ["spam@evil.test"],
};
// Pasted text is read like a shared file, which keeps these tests off the network.
const backupText = buildXep0227(oldAlice, "2024-05-01T12:00:00.000Z");

const requestsSent = (w: ReturnType<typeof unitWorld>, jid: string) =>
  w.accounts.get(jid).sent.filter((s) => s.is("presence") && s.attrs.type === "subscribe").map((s) => String(s.attrs.to));

describe("restore in chat", () => {
  it("previews the file, proves control of the account, restores contacts (moved from the file's address) and each profile part, and reports", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    expect((await w.chat.handle(alice, "restore")).join("\n")).toMatch(/Send me the backup file/);
    const preview = (await w.chat.handle(alice, backupText)).join("\n");
    expect(preview).toMatch(/This backup holds the account alice@old\.test \(made by Ferry\)/);
    expect(preview).toMatch(/4 contacts with their names, 2 groups/);
    expect(preview).toMatch(/nickname: yes/);
    expect(preview).toMatch(/blocked addresses: 1/);
    expect(preview).toMatch(/password of this account, alice@new\.test/);
    expect(await w.chat.handle(alice, "pw")).toEqual(["Restoring onto alice@new.test now; I'll report here when it is done."]);
    await expect.poll(() => w.notices.map((n) => n.text).join("\n")).toMatch(/Your restore onto alice@new\.test is done/);
    const report = w.notices.map((n) => n.text).join("\n");
    expect(report).toMatch(/Of 4 contacts in the backup: 3 restored \(2 asked to share presence again\), 0 failed, 1 not restored\./);
    expect(report).toMatch(/alice@new\.test: /);
    expect(report).toMatch(/Nickname: copied/);
    expect(w.accounts.get(alice).roster.map((c) => [c.jid, c.name, c.groups])).toEqual([
      ["ann@x.test", "Ann", ["Friends"]],
      ["ben@x.test", undefined, []],
      ["cat@x.test", "Cat", ["Work"]],
    ]);
    // Requests follow the file's subscriptions, and carry <moved/> with the file's address.
    expect(requestsSent(w, alice).sort()).toEqual(["ann@x.test", "cat@x.test"]);
    const request = w.accounts.get(alice).sent.find((s) => s.attrs.type === "subscribe")!;
    expect(request.getChild("moved", "urn:xmpp:moved:1")?.getChildText("old-jid")).toBe("alice@old.test");
    expect(w.restored.map((r) => r.part)).toEqual(["vcard", "avatar", "nickname", "legacy-bookmarks", "bookmarks", "blocklist", "pep-nodes"]);
    expect(w.restored.every((r) => r.target === alice && r.profile.blocklist[0] === "spam@evil.test")).toBe(true);
    expect(w.deps.secrets.size).toBe(0);
  });

  it("lists the history it will not write", async () => {
    const w = unitWorld();
    const archive = `<archive xmlns='urn:xmpp:pie:0#mam'><result xmlns='urn:xmpp:mam:2' id='1'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2024-01-01T00:00:00Z'/><message xmlns='jabber:client'><body>hi</body></message></forwarded></result></archive>`;
    await w.chat.handle(alice, "restore");
    const preview = (await w.chat.handle(alice, backupText.replace("<backup xmlns", `${archive}<backup xmlns`))).join("\n");
    expect(preview).toMatch(/It also holds 1 message of history\. I will not write them: XMPP gives you no way to write history into a server's archive/);
  });

  it("asks which account is theirs in a server's export when none is recognisably so", async () => {
    const w = unitWorld();
    const host = `<host xmlns='urn:xmpp:pie:0' jid='old.test'><user name='anna'><query xmlns='jabber:iq:roster'><item jid='a@x.test' subscription='both'/></query></user><user name='bert'><query xmlns='jabber:iq:roster'><item jid='b@x.test' subscription='both'/><item jid='c@x.test' subscription='both'/></query></user></host>`;
    await w.chat.handle(alice, "restore");
    const asked = (await w.chat.handle(alice, host)).join("\n");
    expect(asked).toMatch(/several accounts\. Which one is yours\?/);
    expect(asked).toMatch(/1\. anna@old\.test/);
    expect((await w.chat.handle(alice, "2")).join("\n")).toMatch(/holds the account bert@old\.test\. I will put back:\n• 2 contacts/);
  });

  it("says what is wrong with a file it cannot read, and asks again", async () => {
    const w = unitWorld();
    await w.chat.handle(alice, "restore");
    const answer = await w.chat.handle(alice, "<messenger/>");
    expect(answer).toEqual(["Reading the backup…", expect.stringMatching(/That is not a backup I can read/), expect.stringMatching(/Send me the backup file/), "The backup file or its link:"]);
  });
});

describe("restore as an ad-hoc command", () => {
  it("renders the same steps as forms: the file, then the password", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    const first = await w.adhoc.handle({ user: alice, node: "restore", action: "execute" });
    if (!("form" in first) || !first.form) throw new Error(`no form: ${JSON.stringify(first)}`);
    expect(first.form.fields.map((f) => [f.var, f.type])).toEqual([["file", "text-multi"]]);
    const next = await w.adhoc.handle({ user: alice, node: "restore", sessionid: first.sessionid, action: "next", values: { file: backupText.split("\n") } });
    if (!("form" in next) || !next.form) throw new Error(`no form: ${JSON.stringify(next)}`);
    expect(next.form.instructions.join("\n")).toMatch(/This backup holds the account alice@old\.test/);
    expect(next.form.fields.map((f) => [f.var, f.type])).toEqual([["old-password", "text-private"]]);
  });
});

describe("an interrupted restore", () => {
  it("goes on where it stopped when the user asks, and no contact is asked twice", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    await w.chat.handle(alice, "restore");
    await w.chat.handle(alice, backupText);
    // The connection drops in the middle of the first contacts: after the roster read, the three items and Ann's request.
    w.accounts.dropAfter.set(alice, 5);
    await w.chat.handle(alice, "pw");
    await expect.poll(() => w.notices.map((n) => n.text).join("\n")).toMatch(/Your restore was interrupted/);
    expect(requestsSent(w, alice)).toEqual(["ann@x.test"]);
    expect((await w.chat.handle(alice, "restore")).join("\n")).toMatch(/Your restore onto alice@new\.test was interrupted\. Shall I go on with it/);
    expect((await w.chat.handle(alice, "yes")).join("\n")).toMatch(/password of this account/);
    await w.chat.handle(alice, "pw");
    await expect.poll(() => w.notices.map((n) => n.text).join("\n")).toMatch(/Your restore onto alice@new\.test is done/);
    expect(requestsSent(w, alice).sort()).toEqual(["ann@x.test", "cat@x.test"]);
  });

  it("does not write again the profile parts it had written before the interruption", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    await w.chat.handle(alice, "restore");
    await w.chat.handle(alice, backupText);
    // Roster read, 3 items, 2 requests, 2 pre-approvals, the ping that collects refusals, then the vCard and the avatar: the connection drops at the nickname.
    w.accounts.dropAfter.set(alice, 11);
    await w.chat.handle(alice, "pw");
    await expect.poll(() => w.notices.map((n) => n.text).join("\n")).toMatch(/Your restore was interrupted/);
    expect(w.restored.map((r) => r.part)).toEqual(["vcard", "avatar"]);
    await w.chat.handle(alice, "restore");
    await w.chat.handle(alice, "yes");
    await w.chat.handle(alice, "pw");
    await expect.poll(() => w.notices.map((n) => n.text).join("\n")).toMatch(/Your restore onto alice@new\.test is done/);
    expect(w.restored.map((r) => r.part)).toEqual(["vcard", "avatar", "nickname", "legacy-bookmarks", "bookmarks", "blocklist", "pep-nodes"]);
  });
});
