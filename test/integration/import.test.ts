import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { xml } from "@xmpp/client";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { signIn } from "../../src/accounts/account-session.ts";
import { readRoster } from "../../src/accounts/roster.ts";
import { uploadFile } from "../../src/xmpp/http-upload.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;
const FIXTURES = join(import.meta.dirname, "../fixtures/imports");

describe("importing contact files through HTTP upload (real Prosody)", () => {
  let w: World;
  let user: XmppUser;
  const serviceMap = () => Object.fromEntries(w.server.hosts.map((h) => [h, w.server.service]));

  beforeAll(async () => {
    w = await integrationWorld({ upload: true });
    await w.startBot({
      FERRY_SERVER_RATE: "0",
      // One user sends many messages here; the flood limit has its own test.
      FERRY_USER_RATE_BURST: "1000",
      FERRY_IMPORT_ALLOW_PRIVATE: "true",
      FERRY_TRANSPORTS: "msn=msn.old.test",
      FERRY_CONTACT_MAP: join(FIXTURES, "contact-map.csv"),
    });
    await w.server.register("ivan", "old.test", "ivan-pw");
    user = await XmppUser.connect(w.server.service, "ivan@old.test", "ivan-pw");
  });
  afterAll(async () => {
    await user?.stop();
    await w?.close();
  });

  /** Shares a file the way a client does (XEP-0363 upload, then the link with jabber:x:oob). */
  async function share(file: string): Promise<string> {
    const session = await signIn("ivan@old.test", "ivan-pw", { serviceMap: serviceMap() });
    const up = await uploadFile(session, { filename: file, contentType: "application/octet-stream", data: readFileSync(join(FIXTURES, file)) });
    await session.close();
    if ("error" in up) throw new Error(up.error);
    return up.getUrl;
  }

  async function importFile(file: string): Promise<{ preview: string; report: string; roster: Map<string, { name?: string; groups: string[] }> }> {
    const url = await share(file);
    await user.sayUntil(BOT, "import", /Your file or your list/);
    const before = user.bodiesFrom(BOT).length;
    await user.xmpp.send(
      xml("message", { to: BOT, type: "chat" }, xml("body", {}, url), xml("x", { xmlns: "jabber:x:oob" }, xml("url", {}, url))),
    );
    const preview = await user.waitForReply(BOT, /Where should I add these contacts/, before);
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

  it("XEP-0227 export restores names and groups, and asks only where the user had asked", async () => {
    const { preview, report, roster } = await importFile("xep0227-pie.xml");
    expect(preview).toMatch(/This is an XMPP account export \(XEP-0227\)/);
    expect(report).toMatch(/0 failed/);
    expect(roster.get("romeo@montague.example")?.name).toBe("Romeo");
    expect(roster.get("tybalt@capulet.example")?.groups).toEqual(["Family"]);
    expect(roster.has("friar@verona.example")).toBe(false);
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
