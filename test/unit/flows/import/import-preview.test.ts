import { describe, it, expect } from "vitest";
import type { Element } from "@xmpp/xml";
import { createActor, waitFor } from "xstate";
import { unitWorld } from "../../../support/unit-world.ts";
import { importFlow } from "../../../../flows/import/import.ts";
import { SecretVault } from "../../../../src/conversation/secret-vault.ts";
import type { Say } from "../../../../src/conversation/flow-contract.ts";
import { fixtureText } from "../../importers/fixtures.ts";

const juliet = "juliet@capulet.example";

/** What the new roster and the presence stanzas sent say about one contact. */
function outcome(w: ReturnType<typeof unitWorld>, owner: string, jid: string) {
  const account = w.accounts.get(owner);
  const sent = (type: string) => account.sent.some((s: Element) => s.is("presence") && s.attrs.type === type && s.attrs.to === jid);
  return { onRoster: account.roster.some((c) => c.jid === jid), asked: sent("subscribe"), preApproved: sent("subscribed") };
}

/** Pastes a file into `import` and returns the preview. */
async function preview(w: ReturnType<typeof unitWorld>, user: string, text: string): Promise<string> {
  await w.chat.handle(user, "import");
  return (await w.chat.handle(user, text)).join("\n");
}

describe("importing a XEP-0227 export follows its subscriptions", () => {
  it("asks where the user was subscribed, pre-approves only who could see the user, and never approves an unanswered request", async () => {
    const w = unitWorld();
    w.accounts.add(juliet, "pw");
    const shown = await preview(w, juliet, fixtureText("xep0227-pie.xml"));
    expect(shown).toMatch(/line 25: sometimes \(a subscription state I do not know; added without sharing presence\)/);
    expect(shown).toMatch(
      /2 people had asked to see when you are online, and you never answered\. I will put them in your contacts without approving that and without sending them a request; they can ask again:\nbenvolio@montague\.example\nmercutio@verona\.example/,
    );
    await w.chat.handle(juliet, "1");
    await w.chat.handle(juliet, "pw");
    await w.untilNotice(/import into juliet@capulet\.example is done/);

    const of = (jid: string) => outcome(w, juliet, jid);
    expect(of("romeo@montague.example")).toEqual({ onRoster: true, asked: true, preApproved: true }); // both
    expect(of("nurse@capulet.example")).toEqual({ onRoster: true, asked: true, preApproved: false }); // to
    expect(of("tybalt@capulet.example")).toEqual({ onRoster: true, asked: false, preApproved: true }); // from
    expect(of("paris@verona.example")).toEqual({ onRoster: true, asked: true, preApproved: false }); // none, ask='subscribe'
    expect(of("mercutio@verona.example")).toEqual({ onRoster: true, asked: false, preApproved: false }); // none, and an unanswered request
    expect(of("benvolio@montague.example")).toEqual({ onRoster: true, asked: false, preApproved: false }); // only an unanswered request
    expect(of("balthasar@montague.example")).toEqual({ onRoster: true, asked: false, preApproved: false }); // subscription='sometimes'
  });

  it("names every unanswered request in the end-of-import report too, continuing long lists in further messages", async () => {
    const w = unitWorld();
    w.accounts.add(juliet, "pw");
    const fans = Array.from({ length: 130 }, (_, i) => `fan${i}@verona.example`);
    const file = `<server-data xmlns='urn:xmpp:pie:0'><host jid='capulet.example'><user name='juliet'><query xmlns='jabber:iq:roster'><item jid='romeo@montague.example' subscription='both'/></query>${fans
      .map((jid) => `<presence xmlns='jabber:client' from='${jid}' to='${juliet}' type='subscribe'/>`)
      .join("")}</user></host></server-data>`;
    await preview(w, juliet, file);
    await w.chat.handle(juliet, "1");
    await w.chat.handle(juliet, "pw");

    const title = /^Added without approving or asking \(they had asked to see when you are online, and you never answered; they can ask again\):$/gm;
    const report = await w.untilNotice(/import into juliet@capulet\.example is done/);
    expect(report).toMatch(/Of 131 entries: 131 added/);
    expect(report).toMatch(title);
    expect(report.match(/^• fan\d+@verona\.example$/gm)).toHaveLength(25);
    expect(report).toMatch(/…and 105 more, listed in the next messages\./);
    expect(report).not.toMatch(/romeo/);
    const all = w.notices.filter((n) => n.user === juliet).map((n) => n.text).join("\n");
    expect(all.match(/^• fan\d+@verona\.example$/gm)?.sort()).toEqual(fans.map((jid) => `• ${jid}`).sort());
    expect(all.match(title)).toHaveLength(3);
  });

  it("asks and pre-approves everyone from a file that knows no subscriptions", async () => {
    const w = unitWorld();
    w.accounts.add(juliet, "pw");
    const shown = await preview(w, juliet, "romeo@montague.example");
    expect(shown).not.toMatch(/had asked to see when you are online/);
    await w.chat.handle(juliet, "1");
    await w.chat.handle(juliet, "pw");
    await w.untilNotice(/import into juliet@capulet\.example is done/);
    expect(outcome(w, juliet, "romeo@montague.example")).toEqual({ onRoster: true, asked: true, preApproved: true });
  });
});

describe("importing an export with several accounts", () => {
  it("reads the account of the user who sends it", async () => {
    const w = unitWorld();
    const shown = await preview(w, "romeo@capulet.example", fixtureText("xep0227-pie.xml"));
    expect(shown).toMatch(/with 1 entry\.\n• 1 contact can be added/);
    expect(shown).toMatch(/juliet@capulet\.example \(belongs to another account in the file\)/);
  });

  it("reads the account with the user's name when they write from another server", async () => {
    const w = unitWorld();
    expect(await preview(w, "romeo@montague.example", fixtureText("xep0227-pie.xml"))).toMatch(/with 1 entry\.\n• 1 contact can be added/);
  });

  it("says so when none of the accounts is the user's, and asks for another file", async () => {
    const w = unitWorld();
    const shown = await preview(w, "alice@old.test", fixtureText("xep0227-pie.xml"));
    expect(shown).toMatch(/I found 2 accounts in that export, but not yours \(alice@old\.test\)\. Export your own account on its own/);
    expect(shown).toMatch(/Your file or your list/);
  });

  it("reads an export of a single account whoever sends it (their old account, seen from the new one)", async () => {
    const w = unitWorld();
    expect(await preview(w, "alice@old.test", fixtureText("xep0227-user.xml"))).toMatch(/with 2 entries\.\n• 2 contacts can be added/);
  });
});

describe("the import preview's lists", () => {
  it("show 25 entries and say how many more there are", async () => {
    const w = unitWorld();
    const lines = ["zed@x.test"];
    for (let i = 1; i <= 30; i++) lines.push(`joe${i}@hotmail.com`, `not an address ${i}`);
    const shown = await preview(w, "alice@old.test", lines.join("\n"));
    expect(shown).toMatch(/30 entries cannot be added:\n(joe\d+@hotmail\.com: [^\n]+\n){25}…and 5 more\.\n/);
    expect(shown).toMatch(/30 parts of the file held no address I could use:\n(line \d+: not an address \d+ \(no address\)\n){25}…and 5 more\./);
  });
});

describe("the import preview names the rule behind every changed address", () => {
  it("lists address-table and gateway mappings as “legacy address → JID (rule)”, 25 then how many more, and leaves plain JIDs out", async () => {
    const w = unitWorld();
    const flow = importFlow({
      secrets: new SecretVault(),
      signIn: w.accounts.signIn,
      engine: w.engine,
      contactMap: new Map([["boss@corp.example", "boss@new.example"]]),
      transports: { msn: "msn.example.org" },
      transportEscaping: async () => "percent",
      maxBytes: 1 << 20,
      allowPrivate: true,
      clientTakesSuggestions: async () => false,
      suggest: async () => undefined,
    });
    const actor = createActor(flow.machine, { input: { user: "alice@old.test", conversation: "c", channel: "chat", admin: false } });
    const said: Say[] = [];
    actor.on("say", (e) => void said.push(e as Say));
    actor.start();
    const file = ["zed@x.test", "boss@corp.example", ...Array.from({ length: 30 }, (_, i) => `joe${i}@hotmail.com`)];
    actor.send({ type: "submit", values: { file } });
    await waitFor(actor, (snap) => snap.matches("account"));
    actor.stop();

    const shown = said.map((x) => w.catalog.t("en", String(x.text), x.args)).join("\n").replace(/[\u2068\u2069]/g, "");
    expect(shown).toMatch(/31 contacts will be added under a different address:\nboss@corp\.example → boss@new\.example \(from your organisation's address table\)\n/);
    expect(shown).toMatch(/^joe0@hotmail\.com → joe0%hotmail\.com@msn\.example\.org \(through a gateway\)$/m);
    expect(shown.match(/^\S+ → \S+ \((from your organisation's address table|through a gateway)\)$/gm)).toHaveLength(25);
    expect(shown).toMatch(/\(through a gateway\)\n…and 6 more\./);
    expect(shown).not.toMatch(/zed@x\.test →/);
  });
});
