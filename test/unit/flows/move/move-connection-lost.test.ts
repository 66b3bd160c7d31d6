import { runnerDeps } from "../../../support/runner-deps.ts";
import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import { FakeAccounts } from "../../../support/fake-accounts.ts";
import type { Contact } from "../../../../src/core/contact.ts";
import { newJob } from "../../../../src/jobs/job.ts";
import { runJob } from "../../../../src/jobs/job-runner.ts";
import { copyProfile } from "../../../../src/protocol/profile/copy-profile.ts";
import { publishMovedStatement } from "../../../../src/protocol/profile/moved-statement.ts";
import { planMigration } from "../../../../flows/move/roster-plan.ts";

const alice = "alice@old.test";
const target = "alice@new.test";
const friends = ["a", "b", "c", "d", "e", "f"].map((n) => `${n}@x.test`);
const roster = (): Contact[] => friends.map((jid) => ({ jid, groups: [], subscription: "both" }));

/** Subscription requests the new account sent to `jid`. */
const requestsTo = (accounts: FakeAccounts, jid: string) =>
  accounts.get(target).sent.filter((s) => s.is("presence") && s.attrs.type === "subscribe" && s.attrs.to === jid).length;

describe("a move whose connection drops", () => {
  // The roster read comes first, then the six roster items (all in one window), then the requests.
  const drops = [
    { when: "writing the roster items", requests: 1 + 4 },
    { when: "sending the requests", requests: 1 + friends.length + 2 },
  ];
  for (const drop of drops) {
    it(`while ${drop.when}: stops interrupted, the rest pending, and resume finishes it asking nobody twice`, async () => {
      const w = unitWorld();
      w.accounts.add(alice, "old-pw", roster());
      w.accounts.add(target, "new-pw");
      for (const m of ["move", target, "new-pw", "old-pw", "yes"]) await w.chat.handle(alice, m);
      w.accounts.dropAfter.set(target, drop.requests);
      await w.chat.handle(alice, "no");
      expect(await w.untilNotice(/interrupted/)).toMatch(/Send \*resume\* to continue/);
      expect(w.notices.map((n) => n.text).join("\n")).not.toMatch(/is done/);
      // Nothing blamed on the contacts: the ones not finished are still to do.
      expect((await w.chat.handle(alice, "status")).join("\n")).toMatch(/interrupted \(send \*resume\* to continue\)\. 0 of 6 entries moved, 0 failed/);

      w.notices.length = 0;
      for (const m of ["resume", "new-pw"]) await w.chat.handle(alice, m);
      expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
      expect(await w.untilNotice(/is done/)).toMatch(/Of 6 roster entries: 6 moved \(6 asked to accept the new address, 6 allowed to see you\), 0 failed, 0 skipped\./);
      for (const jid of friends) expect(requestsTo(w.accounts, jid), jid).toBe(1);
    });
  }

  for (const phase of ["profile", "statement"] as const) {
    it(`during the ${phase} step: stops there with the error, reporting nothing about it, and a new session carries on`, async () => {
      const accounts = new FakeAccounts();
      accounts.add(alice, "old-pw", roster());
      accounts.add(target, "new-pw");
      const plan = planMigration(roster(), { source: alice, target, bot: "migrate@old.test", gatewayDomains: new Set() });
      const job = newJob("move", "j1", alice, target, plan.contacts, plan.skipped, plan.groups);
      const deps = runnerDeps({ copyProfile: phase === "profile" ? copyProfile : async () => [], publishStatement: publishMovedStatement });
      const old = await accounts.signIn(alice, "old-pw");
      const session = await accounts.signIn(target, "new-pw");
      // The contacts go to the new account only; the old one's connection is gone before it is used.
      accounts.drop(alice);
      await expect(runJob(job, { old, target: session }, deps)).rejects.toThrow(TypeError);
      expect(job.phase).toBe(phase);
      expect(job.profile).toEqual(phase === "profile" ? undefined : []);
      expect(job.statement).toBeUndefined();
      expect(job.contacts.every((c) => c.state === "done")).toBe(true);

      await runJob(job, { old: await accounts.signIn(alice, "old-pw"), target: session }, deps);
      expect(job.status).toBe("done");
      // The fake server has no PEP: a stanza error, reported as such.
      expect(job.statement).toBe("feature-not-implemented");
    });
  }
});
