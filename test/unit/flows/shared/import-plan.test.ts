import { describe, expect, it } from "vitest";
import { planImport } from "../../../../flows/shared/import-plan.ts";
import { mapEntries } from "../../../../src/importers/address-mapping.ts";
import type { ImportEntry } from "../../../../src/importers/import-entry.ts";

const alice = "alice@old.test";
const entry = (e: Partial<ImportEntry> & Pick<ImportEntry, "address">): ImportEntry => ({ network: "xmpp", groups: [], ...e });
const plan = (entries: ImportEntry[], fromRoster = false) => planImport(mapEntries(entries), { user: alice, fromRoster });
const actions = (p: ReturnType<typeof plan>) => p.contacts.map(({ jid, subscribe, preApprove }) => ({ jid, subscribe, preApprove }));

describe("planImport", () => {
  it("asks and pre-approves every contact of a plain file, whatever it says about subscriptions", () => {
    const p = plan([entry({ address: "romeo@x.test" }), entry({ address: "nurse@x.test", subscription: "none" })]);
    expect(actions(p)).toEqual([
      { jid: "romeo@x.test", subscribe: true, preApprove: true },
      { jid: "nurse@x.test", subscribe: true, preApprove: true },
    ]);
    expect(p.source).toBe(alice);
    expect(p.target).toBe(alice);
  });

  it("follows an account export's subscriptions, and counts them as a move's plan does", () => {
    const p = plan(
      [
        entry({ address: "both@x.test", subscription: "both" }),
        entry({ address: "to@x.test", subscription: "to" }),
        entry({ address: "from@x.test", subscription: "from" }),
        entry({ address: "asked@x.test", subscription: "none", ask: true }),
        entry({ address: "none@x.test", subscription: "none" }),
      ],
      true,
    );
    expect(actions(p)).toEqual([
      { jid: "both@x.test", subscribe: true, preApprove: true },
      { jid: "to@x.test", subscribe: true, preApprove: false },
      { jid: "from@x.test", subscribe: false, preApprove: true },
      { jid: "asked@x.test", subscribe: true, preApprove: false },
      { jid: "none@x.test", subscribe: false, preApprove: false },
    ]);
    expect(p.bySubscription).toEqual({ both: 1, to: 1, from: 1, pending: 1, none: 1 });
  });

  it("skips each entry without an address under the mapping's reason, keeping its name and address as written", () => {
    const p = plan([entry({ address: "joe@hotmail.com", network: "msn", name: "Joe" }), entry({ address: "bob@mail.test", network: "email" }), entry({ address: "romeo@x.test" })]);
    expect(p.skipped).toEqual([
      { jid: "joe@hotmail.com", name: "Joe", reason: "transport-unknown" },
      { jid: "bob@mail.test", reason: "no-mapping" },
    ]);
    expect(p.contacts.map((c) => c.jid)).toEqual(["romeo@x.test"]);
  });

  it("lists the contacts whose request to see the user was never answered, unless the user already let them", () => {
    const p = plan(
      [
        entry({ address: "waiting@x.test", subscription: "none", pendingIn: true }),
        entry({ address: "allowed@x.test", subscription: "from", pendingIn: true }),
        entry({ address: "quiet@x.test", subscription: "to" }),
      ],
      true,
    );
    expect(p.unanswered).toEqual(["waiting@x.test"]);
    expect(plan([entry({ address: "quiet@x.test", subscription: "to" })], true).unanswered).toBeUndefined();
  });

  it("takes the groups of the planned contacts only, each once, in order", () => {
    const p = plan([
      entry({ address: "romeo@x.test", groups: ["Verona", "Friends"] }),
      entry({ address: "juliet@x.test", groups: ["Friends"] }),
      entry({ address: "joe@hotmail.com", network: "msn", groups: ["MSN"] }),
    ]);
    expect(p.groups).toEqual(["Friends", "Verona"]);
  });
});
