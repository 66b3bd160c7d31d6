import { runnerDeps } from "../../../support/runner-deps.ts";
import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import { FakeAccounts } from "../../../support/fake-accounts.ts";
import { runJob, type JobRunnerDeps } from "../../../../src/jobs/job-runner.ts";
import { newJob, type Job } from "../../../../src/jobs/job.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

describe("contact notices that bounce", () => {
  it("are counted as not delivered, named with the server's reason, and kept in the journal", async () => {
    const w = unitWorld();
    const roster: Contact[] = [
      { jid: "romeo@x.test", groups: [], subscription: "both" },
      { jid: "ghost@nowhere.test", groups: [], subscription: "both" },
      { jid: "nurse@x.test", groups: [], subscription: "to" },
    ];
    w.accounts.add(alice, "old-pw", roster);
    w.accounts.add(target, "new-pw");
    w.accounts.bounceMessages.set("ghost@nowhere.test", "remote-server-not-found");
    for (const text of ["move", target, "new-pw", "old-pw", "yes", "yes"]) await w.chat.handle(alice, text);

    const report = await w.untilNotice(/Your move to alice@new\.test is done/);
    expect(report).toMatch(/I sent 3 contacts a chat message with your new address\.\n1 of them did not get it; it came back undelivered:\n• ghost@nowhere\.test \(the server said: remote-server-not-found\)$/);
    expect(report).not.toMatch(/romeo@x\.test|nurse@x\.test/);
    const journaled = (await w.jobs.get(alice))!.contacts.map((c) => [c.jid, c.noticeSent, c.noticeError]);
    expect(journaled).toEqual([
      ["romeo@x.test", true, undefined],
      ["ghost@nowhere.test", true, "remote-server-not-found"],
      ["nurse@x.test", true, undefined],
    ]);
  });

  it("a crash while notices go out never sends a contact a second one", async () => {
    const accounts = new FakeAccounts();
    const contacts = Array.from({ length: 4 }, (_, i) => ({ jid: `c${i}@x.test`, groups: [], subscription: "both" as const, subscribe: true, preApprove: true }));
    accounts.add(alice, "old-pw", contacts);
    accounts.add(target, "new-pw");
    const job = newJob("move", "job-1", alice, target, contacts, [], []);
    job.notifyContacts = true;
    // The store: what survives the crash is the last journal write that went through.
    let stored: Job = structuredClone(job);
    let noticeWrites = 0;
    const deps = (crashAt?: number): JobRunnerDeps =>
      runnerDeps({
        save: async (j) => {
          if (j.phase === "notices" && j.contacts.some((c) => c.noticeSent) && ++noticeWrites === crashAt) throw new Error("crash");
          stored = structuredClone(j);
        },
      });
    const sessions = async () => ({ old: await accounts.signIn(alice, "old-pw"), target: await accounts.signIn(target, "new-pw") });

    await expect(runJob(job, await sessions(), deps(2))).rejects.toThrow("crash");
    const resumed = await runJob(structuredClone(stored), await sessions(), deps());

    expect(resumed.status).toBe("done");
    const notices = accounts.get(alice).sent.filter((s) => s.is("message")).map((s) => String(s.attrs.to));
    // The contact whose journal write failed had not been sent its notice yet, so it gets it after the resume.
    expect(notices.sort()).toEqual(["c0@x.test", "c1@x.test", "c2@x.test", "c3@x.test"]);
  });
});
