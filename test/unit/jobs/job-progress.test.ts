import { runnerDeps } from "../../support/runner-deps.ts";
import { describe, it, expect } from "vitest";
import { FakeAccounts } from "../../support/fake-accounts.ts";
import { runJob } from "../../../src/jobs/job-runner.ts";
import { newJob, type Job } from "../../../src/jobs/job.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

describe("progress of a running move", () => {
  it("reaches the user in every phase, also while contact notices go out, and not after the end", async () => {
    const accounts = new FakeAccounts();
    const contacts = Array.from({ length: 5 }, (_, i) => ({ jid: `c${i}@x.test`, groups: [], subscription: "both" as const, subscribe: true, preApprove: true }));
    accounts.add(alice, "old-pw", contacts);
    accounts.add(target, "new-pw");
    const job = newJob("move", "job-1", alice, target, contacts, [], []);
    job.notifyContacts = true;
    // What the user is told, as the job stands at that moment.
    const told: { phase: Job["phase"]; notices: number }[] = [];
    await runJob(
      job,
      { old: await accounts.signIn(alice, "old-pw"), target: await accounts.signIn(target, "new-pw") },
      runnerDeps({ progress: (j) => void told.push({ phase: j.phase, notices: j.contacts.filter((c) => c.noticeSent).length }), progressEveryMs: 0 }),
    );
    expect(job.status).toBe("done");
    expect(new Set(told.map((t) => t.phase))).toEqual(new Set(["contacts", "profile", "statement", "rooms", "notices"]));
    // While the notice loop works, not only once it is over.
    expect(told.filter((t) => t.phase === "notices").map((t) => t.notices)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(accounts.get(alice).sent.filter((s) => s.is("message"))).toHaveLength(5);
  });
});
