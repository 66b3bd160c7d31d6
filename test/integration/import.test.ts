import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { integrationWorld, BOT, type World } from "../support/integration-world.ts";
import type { ProsodyServer } from "../../src/devserver/prosody.ts";
import { serverKinds, serviceMapObject } from "../support/test-servers.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { readRoster, type RosterItem } from "../../src/protocol/account/roster.ts";
import { uploadFile } from "../../src/protocol/account/http-upload.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/imports");
const NS_COMMANDS = "http://jabber.org/protocol/commands";
const NS_INFO = "http://jabber.org/protocol/disco#info";
const NS_ROSTERX = "http://jabber.org/protocol/rosterx";
const NS_NICK = "http://jabber.org/protocol/nick";

/** The XEP-0227 fixture as an export of ivan's own account among others (juliet's roster, now his). */
const ivansExport = () => readFileSync(join(FIXTURES, "xep0227-pie.xml"), "utf8").replace("<host jid='capulet.example'>", "<host jid='old.test'>").replace("<user name='juliet'>", "<user name='ivan'>");

/** contact-map.csv without its bad rows (the parser's test reads those): Ferry refuses to start with a bad table. */
function usableContactMap(): string {
  const file = join(mkdtempSync(join(tmpdir(), "ferry-map-")), "contact-map.csv");
  writeFileSync(file, readFileSync(join(FIXTURES, "contact-map.csv"), "utf8").split("\n").slice(0, 3).join("\n"));
  return file;
}

/** JIDs Prosody's file storage holds a pre-approval for (RFC 6121 3.4; not visible in a roster result). */
async function preApproved(server: ProsodyServer, user: string, host: string): Promise<string[]> {
  const dat = await readFile(join(server.dataDir, host.replace(/\./g, "%2e"), "roster", `${user}.dat`), "utf8");
  return [...dat.matchAll(/\["([^"]+)"\] = \{([^{}]|\{[^{}]*\})*?\["approved"\] = "true"/g)].map((m) => m[1]!).sort();
}

describe.each(serverKinds())("importing contact files through HTTP upload (real %s)", (kind) => {
  let w: World;
  let user: XmppUser;
  const serviceMap = () => serviceMapObject(w.server);

  beforeAll(async () => {
    w = await integrationWorld({ kind, upload: true });
    await w.startBot({
      FERRY_SERVER_RATE: "0",
      // One user sends many messages here; the flood limit has its own test.
      FERRY_USER_RATE_BURST: "1000",
      FERRY_IMPORT_ALLOW_PRIVATE: "true",
      FERRY_TRANSPORTS: "msn=msn.old.test",
      FERRY_CONTACT_MAP: usableContactMap(),
    });
    await w.server.register("ivan", "old.test", "ivan-pw");
    user = await XmppUser.connect(w.server.service, "ivan@old.test", "ivan-pw");
  });
  afterAll(async () => {
    await user?.stop();
    await w?.close();
  });

  /** Shares a file the way a client does (XEP-0363 upload, then the link with jabber:x:oob). */
  async function share(file: string, content: string | Uint8Array = readFileSync(join(FIXTURES, file))): Promise<string> {
    const session = await signIn("ivan@old.test", "ivan-pw", { serviceMap: serviceMap() });
    const data = typeof content === "string" ? Buffer.from(content) : content;
    const up = await uploadFile(session, { filename: file, contentType: "application/octet-stream", data });
    await session.close();
    if ("error" in up) throw new Error(up.error);
    return up.getUrl;
  }

  /** Sends the link as a client shares a file: the body is the file's name, the link is in jabber:x:oob. */
  async function sendShared(file: string, url: string, until: RegExp): Promise<string> {
    const before = user.bodiesFrom(BOT).length;
    await user.xmpp.send(xml("message", { to: BOT, type: "chat" }, xml("body", {}, file), xml("x", { xmlns: "jabber:x:oob" }, xml("url", {}, url))));
    return user.waitForReply(BOT, until, before);
  }

  async function importFile(file: string, content?: string): Promise<{ preview: string; report: string; roster: Map<string, RosterItem> }> {
    const url = await share(file, content);
    await user.sayUntil(BOT, "import", /Your file or your list/);
    const preview = await sendShared(file, url, /Where should I add these contacts/);
    await user.sayUntil(BOT, "1", /password of this account/);
    const report = await user.sayUntil(BOT, "ivan-pw", /import into ivan@old\.test is done/, 30_000);
    const session = await signIn("ivan@old.test", "ivan-pw", { serviceMap: serviceMap() });
    const roster = new Map((await readRoster(session)).map((c) => [c.jid, c]));
    await session.close();
    return { preview, report, roster };
  }

  it("MSN .ctt: the admin's table first, then the gateway with user%domain escaping", async () => {
    const { preview, report, roster } = await importFile("msn-contacts.ctt");
    expect(preview).toMatch(/This is an MSN Messenger contact list/);
    expect(roster.has("joe@new.example")).toBe(true); // contact-map.csv: joe@hotmail.com
    expect(roster.has("ann@new.example")).toBe(true); // contact-map.csv: ann.lee@msn.com
    expect(roster.has("kim_park%live.com@msn.old.test")).toBe(true); // the gateway
    expect(report).toMatch(/0 failed/);
  });

  it("a .ctt shared without typing import: Ferry reads it and shows the preview", async () => {
    const url = await share("msn-contacts.ctt");
    const preview = await sendShared("msn-contacts.ctt", url, /Where should I add these contacts/);
    expect(preview).toMatch(/You shared a file: I'll import the contacts in it/);
    expect(preview).toMatch(/This is an MSN Messenger contact list/);
    expect(preview).not.toMatch(/didn't understand/);
    await user.sayUntil(BOT, "cancel", /Cancelled/);
  });

  it("Outlook CSV: the IM address column is used; plain e-mail addresses are listed as not mappable", async () => {
    const { preview, roster } = await importFile("outlook-new.csv");
    expect(preview).toMatch(/This is an Outlook contacts file/);
    expect(preview).toMatch(/joe\.bloggs@hotmail\.com: not an XMPP address, and there is no mapping or gateway for it/);
    expect(roster.get("ann.lee@jabber.example")?.name).toBe("Ann Lee");
  });

  it("vCard 2.1: quoted-printable names, X-JABBER as is, X-MSN through the gateway", async () => {
    const { preview, roster } = await importFile("contacts-2.1.vcf");
    expect(preview).toMatch(/This is a vCard file/);
    expect(roster.get("juergen@jabber.example.de")?.name).toMatch(/^Jürgen M/);
    expect(roster.has("juergen_m%hotmail.com@msn.old.test")).toBe(true);
    expect(roster.get("ola@jabber.no")?.name).toBe("Ola Nordmann");
  });

  it("Pidgin blist.xml keeps aliases and groups, across protocols", async () => {
    const { preview, roster } = await importFile("pidgin-blist.xml");
    expect(preview).toMatch(/This is a Pidgin buddy list/);
    expect(roster.get("alice@wonderland.example")?.groups).toContain("Friends");
    expect(roster.get("bob@builder.example")).toBeDefined();
    expect(roster.get("joe%schmoe.com@msn.old.test")?.groups).toEqual(["Friends"]);
  });

  it("XEP-0227 export of several accounts: the user's own, names and groups, and its subscriptions followed", async () => {
    const { preview, report, roster } = await importFile("server-export.xml", ivansExport());
    expect(preview).toMatch(/This is an XMPP account export \(XEP-0227\)/);
    expect(preview).toMatch(/romeo@old\.test \(belongs to another account in the file\)/);
    expect(preview).toMatch(/2 people had asked to see when you are online, and you never answered/);
    expect(report).toMatch(/0 failed/);
    expect(roster.get("romeo@montague.example")?.name).toBe("Romeo");
    expect(roster.get("tybalt@capulet.example")?.groups).toEqual(["Family"]);
    expect(roster.has("friar@verona.example")).toBe(false);
    // A request went out where ivan had one (to, both, ask); nowhere else. (His roster holds earlier imports too.)
    const fromFile = (c: RosterItem) => /[@.](capulet|montague|verona)\.example$/.test(c.jid);
    const asked = [...roster.values()].filter((c) => fromFile(c) && c.ask).map((c) => c.jid).sort();
    expect(asked).toEqual(["joe%hotmail.com@msn.capulet.example", "nurse@capulet.example", "paris@verona.example", "romeo@montague.example"]);
    for (const jid of ["tybalt@capulet.example", "mercutio@verona.example", "benvolio@montague.example", "balthasar@montague.example"]) {
      expect(roster.get(jid), jid).toMatchObject({ subscription: "none" });
      expect(roster.get(jid)?.ask, jid).toBeUndefined();
    }
    // Pre-approved: whoever could see ivan (from, both), never an unanswered request or an unreadable state.
    // Only Prosody's storage shows a pre-approval (ejabberd 23.01 has none).
    if (w.server.kind === "prosody") expect((await preApproved(w.server, "ivan", "old.test")).filter((jid) => fromFile({ jid, groups: [] }))).toEqual(["joe%hotmail.com@msn.capulet.example", "romeo@montague.example", "tybalt@capulet.example"]);
  });

  it("XEP-0227 export that does not hold the user's account among several: said so, and another file asked for", async () => {
    const url = await share("xep0227-pie.xml");
    await user.sayUntil(BOT, "import", /Your file or your list/);
    expect(await sendShared("xep0227-pie.xml", url, /Your file or your list/)).toMatch(/I found 2 accounts in that export, but not yours \(ivan@old\.test\)/);
    await user.sayUntil(BOT, "cancel", /Cancelled/);
  });

  it("XEP-0227 in the old namespace (ejabberd), one account: read whoever it names", async () => {
    const { preview, roster } = await importFile("xep0227-old-ns.xml");
    expect(preview).toMatch(/This is an XMPP account export \(XEP-0227\) with 2 entries/);
    expect(roster.get("horatio@shakespeare.example")).toMatchObject({ groups: ["Wittenberg"], name: "Horatio", ask: true });
    expect(roster.get("ophelia@shakespeare.example")).toMatchObject({ ask: true });
  });

  it("ejabberd 23.01's per-host export (a <host> root, SCRAM credentials): the sender's account is read", async () => {
    const hostFile = readFileSync(join(FIXTURES, "ejabberd-23.01-host.xml"), "utf8").replace("<user name='juliet'>", "<user name='ivan'>");
    const { preview, report, roster } = await importFile("20261203-163517_old_test.xml", hostFile);
    expect(preview).toMatch(/This is an XMPP account export \(XEP-0227\) with 5 entries/);
    expect(preview).toMatch(/romeo@old\.test \(belongs to another account in the file\)/);
    expect(report).toMatch(/0 failed/);
    expect(roster.get("tybalt@capulet.example")).toMatchObject({ name: "Tybalt", groups: ["Family"], ask: true });
    expect(roster.get("friar@verona.example")).toMatchObject({ name: "Friar Laurence", subscription: "none" });
  });

  it("ejabberd's index file (only an xi:include) is answered with the per-host file to send", async () => {
    const url = await share("ejabberd-23.01-index.xml");
    await user.sayUntil(BOT, "import", /Your file or your list/);
    expect(await sendShared("ejabberd-23.01-index.xml", url, /Your file or your list/)).toMatch(/index file of a server export.*20261203-163517_old_test\.xml/s);
    await user.sayUntil(BOT, "cancel", /Cancelled/);
  });

  it("plain CSV with a JID column: names and groups, duplicates merged, the bad row reported", async () => {
    const { preview, roster } = await importFile("plain-jids.csv");
    expect(preview).toMatch(/This is a CSV file with 3 entries/);
    expect(preview).toMatch(/line 6: not a jid \(not a valid address\)/);
    // Alice is on the roster since the Pidgin import above: the name she has there stays, the file's groups are added.
    expect(roster.get("alice@wonderland.example")).toMatchObject({ name: "Alice", groups: expect.arrayContaining(["Friends", "Book Club"]) });
    expect(roster.get("carol@example.com")?.name).toBe('Carol, the "Great"');
  });

  it("vCard 3.0 and 4.0 (Apple): IMPP addresses, MSN through the gateway, AIM without one listed", async () => {
    const { preview, roster } = await importFile("contacts-apple.vcf");
    expect(preview).toMatch(/This is a vCard file with 5 entries/);
    expect(preview).toMatch(/annasmith77: a legacy network address, but no gateway/);
    expect(preview).toMatch(/Skype \(unknown network\)/);
    expect(roster.get("johnny@jabber.orchard.example")).toMatchObject({ name: "Johnny Appleseed", groups: expect.arrayContaining(["Gardening, Trees"]) });
    expect(roster.get("zoe@example.se")?.name).toBe("Zoë Ådahl");
    expect(roster.has("zoe.adahl%live.com@msn.old.test")).toBe(true);
  });

  it("old Outlook header: recognised, and e-mail addresses without a mapping explained instead of added", async () => {
    const url = await share("outlook-old.csv");
    await user.sayUntil(BOT, "import", /Your file or your list/);
    const answer = await sendShared("outlook-old.csv", url, /Your file or your list/);
    expect(answer).toMatch(/This is an Outlook contacts file with 2 entries, but none of them is an address I can add/);
    expect(answer).toMatch(/maria\.garcia@hotmail\.com: not an XMPP address/);
    await user.sayUntil(BOT, "cancel", /Cancelled/);
  });

  it("runs as the XEP-0050 command `import`: the file, the account, its password, the report in chat", async () => {
    await w.server.register("jane", "old.test", "jane-pw");
    const jane = await XmppUser.connect(w.server.service, "jane@old.test", "jane-pw");
    const url = await share("plain-jids.csv");
    const submit = (values: Record<string, string>) =>
      xml("x", { xmlns: "jabber:x:data", type: "submit" }, ...Object.entries(values).map(([k, v]) => xml("field", { var: k }, xml("value", {}, v))));
    const execute = async (child: Element) => (await jane.iq("set", `${BOT}/ferry`, child)).getChild("command", NS_COMMANDS)!;
    const fieldsOf = (command: Element) => command.getChild("x", "jabber:x:data")!.getChildren("field").filter((f) => f.attrs.var).map((f) => [f.attrs.var, f.attrs.type]);

    const first = await execute(xml("command", { xmlns: NS_COMMANDS, node: "import", action: "execute" }));
    expect(fieldsOf(first)).toEqual([["file", "text-multi"]]);
    const step = (values: Record<string, string>) => execute(xml("command", { xmlns: NS_COMMANDS, node: "import", sessionid: first.attrs.sessionid }, submit(values)));

    const second = await step({ file: url });
    expect(second.attrs.status).toBe("executing");
    expect(fieldsOf(second)).toEqual([["account", "list-single"]]);
    const form = second.getChild("x", "jabber:x:data")!;
    expect(form.getChildren("instructions").map((i) => i.text()).join("\n")).toMatch(/This is a CSV file with 3 entries/);
    const options = form.getChildren("field")[0]!.getChildren("option").map((o) => o.getChildText("value"));
    // Jane's client does not announce XEP-0144, so suggestions are not offered to it.
    expect(options).toEqual(["jane@old.test"]);

    const third = await step({ account: "jane@old.test" });
    expect(fieldsOf(third)).toEqual([["old-password", "text-private"]]);
    const done = await step({ "old-password": "jane-pw" });
    expect(done.attrs.status).toBe("completed");
    expect(done.getChildText("note")).toMatch(/Adding 3 contacts to jane@old\.test now/);
    expect(await jane.waitForReply(BOT, /import into jane@old\.test is done/, 0, 30_000)).toMatch(/Of 3 entries: 3 added/);
    const session = await signIn("jane@old.test", "jane-pw", { serviceMap: serviceMap() });
    expect((await readRoster(session)).map((c) => c.jid).sort()).toEqual(["alice@wonderland.example", "bob@builder.example", "carol@example.com"]);
    await session.close();
    await jane.stop();
  });

  it("offers XEP-0144 suggestions to a client whose disco announces them, and sends them to that client", async () => {
    await w.server.register("kim", "old.test", "kim-pw");
    const kim = await XmppUser.connect(w.server.service, "kim@old.test", "kim-pw", "gajim");
    kim.xmpp.iqCallee.get(NS_INFO, "query", () => xml("query", { xmlns: NS_INFO }, xml("feature", { var: NS_INFO }), xml("feature", { var: NS_ROSTERX })));
    await kim.sayUntil(BOT, "import", /Your file or your list/);
    expect(await kim.sayUntil(BOT, "zed@x.test", /Where should I add/)).toMatch(/2\. send them to my chat client/);
    expect(await kim.sayUntil(BOT, "2", /sent 1 contact to your client/)).toBeTruthy();
    const suggestion = kim.inbox.find((s) => s.is("message") && s.getChild("x", NS_ROSTERX))!;
    expect(suggestion.attrs.to).toBe("kim@old.test/gajim");
    expect(suggestion.getChild("x", NS_ROSTERX)!.getChildren("item").map((i) => [i.attrs.action, i.attrs.jid])).toEqual([["add", "zed@x.test"]]);
    await kim.stop();
  });

  it("introduces the user by the nickname their account publishes (XEP-0172) in the requests it sends", async () => {
    await w.server.register("nina", "old.test", "nina-pw");
    await w.server.register("otto", "old.test", "otto-pw");
    const nina = await XmppUser.connect(w.server.service, "nina@old.test", "nina-pw");
    const otto = await XmppUser.connect(w.server.service, "otto@old.test", "otto-pw");
    const publish = xml("publish", { node: NS_NICK }, xml("item", { id: "current" }, xml("nick", { xmlns: NS_NICK }, "Nina N.")));
    await nina.xmpp.iqCaller.set(xml("pubsub", { xmlns: "http://jabber.org/protocol/pubsub" }, publish));

    await nina.sayUntil(BOT, "import", /Your file or your list/);
    await nina.sayUntil(BOT, "otto@old.test", /Where should I add these contacts/);
    await nina.sayUntil(BOT, "1", /password of this account/);
    await nina.sayUntil(BOT, "nina-pw", /import into nina@old\.test is done/, 30_000);

    const request = await otto.waitFor((inbox) => inbox.find((s) => s.is("presence") && s.attrs.type === "subscribe" && String(s.attrs.from).startsWith("nina@old.test")));
    expect(request.getChildText("nick", NS_NICK)).toBe("Nina N.");
    await nina.stop();
    await otto.stop();
  });

  it("a chat history file is recognised and explained; a billion-laughs file is refused", async () => {
    for (const [file, answer] of [
      ["wlm-history.xml", /Windows Live Messenger chat history, not a contact list/],
      ["billion-laughs.xml", /declares XML entities/],
      ["binary.bin", /does not look like a text file/],
    ] as const) {
      const url = await share(file);
      await user.sayUntil(BOT, "import", /Your file or your list/);
      expect(await user.sayUntil(BOT, url, /Your file or your list/)).toMatch(answer);
      await user.sayUntil(BOT, "cancel", /Cancelled/);
    }
  });
});
