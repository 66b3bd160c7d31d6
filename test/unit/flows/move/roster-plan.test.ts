import { describe, expect, it } from "vitest";
import { markCountedRequests, planMigration, transportItems } from "../../../../flows/move/roster-plan.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const ctx = { source: "alice@old.test", target: "alice@new.test", bot: "migrate@old.test", gatewayDomains: new Set(["icq.old.test"]) };
const item = (jid: string, more: Partial<Contact> = {}): Contact => ({ jid, groups: [], ...more });

describe("planMigration", () => {
  it("skips what cannot or must not move, each with its reason, and moves the rest once", () => {
    const roster = [
      item("msn.old.test"),
      item("123@icq.old.test"),
      item("alice@old.test"),
      item("alice@new.test"),
      item("migrate@old.test"),
      item("@@"),
      item("Romeo@X.test", { name: "Romeo", groups: ["Verona"], subscription: "both" }),
      item("romeo@x.test", { name: "Romeo M." }),
    ];
    const plan = planMigration(roster, ctx);
    expect(plan.skipped).toEqual([
      { jid: "msn.old.test", reason: "transport" },
      { jid: "123@icq.old.test", reason: "legacy-network" },
      { jid: "alice@old.test", reason: "self" },
      { jid: "alice@new.test", reason: "target" },
      { jid: "migrate@old.test", reason: "bot" },
      { jid: "@@", reason: "invalid-jid" },
      { jid: "romeo@x.test", name: "Romeo M.", reason: "duplicate" },
    ]);
    expect(plan.contacts).toEqual([{ jid: "romeo@x.test", name: "Romeo", groups: ["Verona"], subscription: "both", subscribe: true, preApprove: true }]);
    expect(plan.groups).toEqual(["Verona"]);
  });

  it("asks again where the user was subscribed or had asked, pre-approves where the contact was, and counts each state", () => {
    const plan = planMigration(
      [
        item("to@x.test", { subscription: "to" }),
        item("from@x.test", { subscription: "from" }),
        item("asked@x.test", { subscription: "none", ask: true }),
        item("none@x.test"),
      ],
      ctx,
    );
    expect(plan.contacts.map(({ jid, subscribe, preApprove }) => [jid, subscribe, preApprove])).toEqual([
      ["to@x.test", true, false],
      ["from@x.test", false, true],
      ["asked@x.test", true, false],
      ["none@x.test", false, false],
    ]);
    expect(plan.bySubscription).toEqual({ both: 0, to: 1, from: 1, pending: 1, none: 1 });
  });
});

describe("transportItems", () => {
  it("are the roster items without a local part", () => {
    expect(transportItems([item("msn.old.test"), item("romeo@x.test")])).toEqual(new Set(["msn.old.test"]));
  });
});

describe("markCountedRequests", () => {
  it("marks the contacts whose subscription presences reach an ejabberd server from another server, and no others", () => {
    const software: Record<string, string> = { "ej.test": "ejabberd", "new.test": "ejabberd", "pro.test": "Prosody" };
    const roster = [
      item("a@ej.test", { subscription: "both" }),
      item("b@ej.test", { subscription: "none" }),
      item("c@new.test", { subscription: "to" }),
      item("d@pro.test", { subscription: "both" }),
      item("e@quiet.test", { subscription: "both" }),
    ];
    const plan = planMigration(roster, ctx);
    markCountedRequests(plan, (domain) => software[domain], "new.test");
    // b gets no request; c's request stays on the new account's own server; Prosody and a server that does not say count nothing.
    expect(plan.contacts.filter((c) => c.serverCountsRequests).map((c) => c.jid)).toEqual(["a@ej.test"]);
  });
});
