import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT, type World } from "../support/integration-world.ts";
import type { ProsodyServer } from "../../src/devserver/prosody.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { readRoster } from "../../src/protocol/account/roster.ts";
import { inspectProfile } from "../../src/protocol/profile/copy-profile.ts";
import { readVcard } from "../../src/protocol/profile/copy-vcard.ts";
import { readAvatarMetadata } from "../../src/protocol/profile/copy-avatar.ts";
import { readCommandLine, type SayRequest } from "../../src/cli/command-line.ts";
import { DEMO_ACCOUNTS, demoSettings, seedDemoWorld, type DemoWorld } from "../../src/cli/demo-world.ts";
import { demoWelcome, FERRY_COMMAND } from "../../src/cli/demo-tour.ts";


describe("`ferry demo`'s world on a real Prosody", () => {
  let w: World<ProsodyServer>;
  let demo: DemoWorld;
  const serviceMap = () => Object.fromEntries(w.server.hosts.map((h) => [h, w.server.service]));

  beforeAll(async () => {
    w = await integrationWorld({ upload: true });
    demo = await seedDemoWorld(w.server);
    // The demo's own settings, with the test world's bot account.
    const { FERRY_JID: _jid, FERRY_PASSWORD: _password, ...settings } = demoSettings(w.server, demo);
    await w.startBot(settings);
  });
  afterAll(async () => w?.close());

  it("gives alice a long-used account: contacts on both domains in every state, a gateway, profile and bookmarks", async () => {
    const session = await signIn(DEMO_ACCOUNTS.alice.jid, DEMO_ACCOUNTS.alice.password, { serviceMap: serviceMap() });
    const roster = await readRoster(session);
    const count = (pick: (c: (typeof roster)[number]) => boolean) => roster.filter(pick).length;
    expect(roster).toHaveLength(29);
    expect(count((c) => c.subscription === "both")).toBe(14);
    expect(count((c) => c.subscription === "to")).toBe(6);
    expect(count((c) => c.subscription === "from")).toBe(4);
    expect(count((c) => c.subscription === "none" && !c.ask)).toBe(3);
    expect(count((c) => c.subscription === "none" && c.ask === true)).toBe(2);
    expect(count((c) => c.jid.endsWith("@old.test"))).toBeGreaterThan(5);
    expect(count((c) => c.jid.endsWith("@new.test"))).toBeGreaterThan(5);
    expect(roster.filter((c) => c.jid.endsWith("icq.old.test")).map((c) => c.jid).sort()).toEqual(["123456789@icq.old.test", "555123@icq.old.test", "icq.old.test"]);
    expect(new Set(roster.flatMap((c) => c.groups))).toEqual(new Set(["Family", "Friends", "Work", "Book club", "Gateways"]));

    expect(await inspectProfile(session)).toEqual({ vcard: true, avatar: true, nickname: "Alice", bookmarks: 2, legacyBookmarks: 2, blocklist: 0, unreadable: [] });
    expect((await readVcard(session))?.getChildText("FN")).toBe("Alice Liddell");
    const avatar = await readAvatarMetadata(session);
    expect(avatar?.payload.getChild("info")?.attrs).toMatchObject({ type: "image/png", width: "32", height: "32" });
    await session.close();

    // Someone asked to see her presence and has no answer yet: her client hears of it at sign-in.
    const alice = await XmppUser.connect(w.server.service, DEMO_ACCOUNTS.alice.jid, DEMO_ACCOUNTS.alice.password, "client");
    const request = await alice.waitFor((inbox) => inbox.find((s) => s.is("presence") && s.attrs.type === "subscribe"));
    expect(request.attrs.from).toBe("unicorn@new.test");
    await alice.stop();
  });

  it("prints a five-line tour whose `ferry say` lines work as printed: move, status, import, backup, admin", async () => {
    const text = demoWelcome(w.server, demo, "sqlite://demo.sqlite");
    const lines = text.split("\n").filter((l) => l.includes(`${FERRY_COMMAND} say `));
    expect(lines).toHaveLength(5);
    const tour = lines.map((line) => {
      const invocation = readCommandLine(line.slice(line.indexOf(FERRY_COMMAND) + FERRY_COMMAND.length).trim().split(/\s+/));
      if (invocation.kind !== "say") throw new Error(`not a ferry say line: ${line}`);
      return invocation.say;
    });
    expect(tour.map((s) => s.service)).toEqual(Array(5).fill(w.server.service));
    expect(tour.map((s) => s.message)).toEqual(["move alice@new.test", "status", demo.shared.msn, "backup", "stats"]);
    // The accounts and passwords the tour names sign in; the move's answers are the ones the text gives.
    const users = new Map<string, XmppUser>();
    const as = async (s: SayRequest) => {
      const user = users.get(s.jid) ?? (await XmppUser.connect(s.service!, s.jid, s.password));
      users.set(s.jid, user);
      return user;
    };
    const [move, status, shareFile, backup, admin] = tour as [SayRequest, SayRequest, SayRequest, SayRequest, SayRequest];
    expect(text).toContain(`(for the move: ${DEMO_ACCOUNTS.aliceNew.password}, ${DEMO_ACCOUNTS.alice.password}, yes, no, 6; for the backup: 1, ${DEMO_ACCOUNTS.bob.password}, 2)`);

    const alice = await as(move);
    await alice.sayUntil(BOT, move.message, /password of your new account/);
    await alice.sayUntil(BOT, DEMO_ACCOUNTS.aliceNew.password, /password of this account/);
    const plan = await alice.sayUntil(BOT, DEMO_ACCOUNTS.alice.password, /Shall I start now/);
    expect(plan).toMatch(/26 contacts will move \(12 mutual, 5 you follow, 4 follow you, 2 you asked to follow \(no answer yet\), 3 without subscription\), in 4 groups/);
    expect(plan).toMatch(/3 entries will not be moved/);
    expect(plan).toMatch(/icq\.old\.test: a legacy network gateway itself/);
    expect(plan).toMatch(/123456789@icq\.old\.test: a contact behind a legacy network gateway/);
    expect(plan).toMatch(/555123@icq\.old\.test: a contact behind a legacy network gateway/);
    for (const item of [/Profile card \(vCard\)/, /Avatar/, /Nickname/, /Bookmarks \(2\)/, /Bookmarks in the old format \(2\)/]) expect(plan).toMatch(item);
    await alice.sayUntil(BOT, "yes", /Shall I also send/);
    // The demo servers take uploads, so the plan offers a backup too; the tour declines it.
    await alice.sayUntil(BOT, "no", /keep a backup of this account/);
    const report = await alice.sayUntil(BOT, "6", /is done/, 60_000);
    expect(report).toMatch(/Of 29 roster entries: 26 moved \(19 asked to accept the new address, 16 allowed to see you\), 0 failed, 3 skipped\./);

    expect(await (await as(status)).sayUntil(BOT, status.message, /send the password of alice@new\.test/)).toMatch(/Move to alice@new\.test: done\. 26 of 29 entries moved/);
    await alice.sayUntil(BOT, "cancel", /Cancelled/);

    // Bob shares his old MSN list as the tour does (a bare link), then the Outlook export.
    const bob = await as(shareFile);
    const msn = await bob.sayUntil(BOT, shareFile.message, /Where should I add these contacts/);
    expect(msn).toMatch(/You shared a file: I'll import the contacts in it/);
    expect(msn).toMatch(/This is an MSN Messenger contact list with 6 entries/);
    expect(msn).toMatch(/6 contacts can be added: 0 already XMPP addresses, 3 from your organisation's address table, 3 through a gateway/);
    expect(msn).toMatch(/sasha_k@hotmail\.com → sasha_k%hotmail\.com@msn\.old\.test/);
    await bob.sayUntil(BOT, "cancel", /Cancelled/);
    const outlook = await bob.sayUntil(BOT, demo.shared.outlook, /Where should I add these contacts/);
    expect(outlook).toMatch(/This is an Outlook contacts file with 5 entries/);
    expect(outlook).toMatch(/4 contacts can be added: 3 already XMPP addresses, 0 from your organisation's address table, 1 through a gateway/);
    expect(outlook).toMatch(/joe\.bloggs@example\.com: not an XMPP address/);
    await bob.sayUntil(BOT, "cancel", /Cancelled/);

    expect(await (await as(backup)).sayUntil(BOT, backup.message, /Which message history/)).toMatch(/XEP-0227/);
    // The tour's answers for the backup: all history, bob's password, no second server.
    await bob.sayUntil(BOT, "1", /password of this account, bob@old\.test/);
    expect(await bob.sayUntil(BOT, DEMO_ACCOUNTS.bob.password, /another server/)).toMatch(/^2\. no, only through this server$/m);
    expect(await bob.sayUntil(BOT, "2", /Here is your backup/, 30_000)).toMatch(/https?:\/\//);

    expect(await (await as(admin)).sayUntil(BOT, admin.message, /Contacts moved/)).toMatch(/Contacts moved\s+26/);
    await Promise.all([...users.values()].map((u) => u.stop()));
  });
});
