import { describe, it, expect } from "vitest";
import { storeAtomics } from "../../../../src/store/atomics.ts";
import { unitWorld } from "../../../support/unit-world.ts";
import { newJob, type Job } from "../../../../src/jobs/job.ts";
import type { PlannedContact } from "../../../../src/core/migration-plan.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

const contact = (jid: string): PlannedContact => ({ jid, groups: [], subscription: "both", subscribe: true, preApprove: true });

/** A move as the journal keeps it, without going through the move flow. */
async function storeJob(w: ReturnType<typeof unitWorld>, contacts: PlannedContact[], status: Job["status"], jobTarget = target) {
  const job = newJob("move", "job-1", alice, jobTarget, contacts, [], []);
  await w.jobs.save({ ...job, status, contacts: job.contacts.map((c) => ({ ...c, state: status === "done" ? "done" : "pending" })) });
}

describe("status of a finished move on a large roster", () => {
  it("names every contact that accepted, across several messages", async () => {
    const w = unitWorld();
    const jids = Array.from({ length: 140 }, (_, i) => `c${String(i).padStart(3, "0")}@x.test`);
    const accepted = jids.slice(0, 130);
    const newRoster: Contact[] = jids.map((jid) => ({ jid, groups: [], subscription: accepted.includes(jid) ? "both" : "from" }));
    w.accounts.add(alice, "old-pw");
    w.accounts.add(target, "new-pw", newRoster);
    await storeJob(w, jids.map(contact), "done");

    expect((await w.chat.handle(alice, "status")).join("\n")).toMatch(/password of alice@new\.test/);
    const out = await w.chat.handle(alice, "new-pw");
    expect(out[0]).toMatch(/^130 accepted your new address, 10 have not answered yet\./);
    expect(out[0]).toMatch(/…and 105 more, listed in the next messages\./);
    expect(out.length).toBeGreaterThan(1);
    const named = new Set(out.join("\n").match(/c\d{3}@x\.test/g));
    expect(accepted.filter((jid) => !named.has(jid))).toEqual([]);
    // The ten still waiting fit in the first message.
    for (const jid of jids.slice(130)) expect(out[0]).toContain(jid);
  });
});

describe("status checks the new account's password like every flow", () => {
  async function finished() {
    const w = unitWorld();
    w.accounts.add(target, "new-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    await storeJob(w, [contact("romeo@x.test")], "done");
    await w.chat.handle(alice, "status");
    return w;
  }

  it("asks again after a wrong password, then tells who accepted", async () => {
    const w = await finished();
    expect(await w.chat.handle(alice, "wrong")).toEqual([
      "The password for alice@new.test did not work. Please try again.",
      expect.stringMatching(/send the password of alice@new\.test/),
    ]);
    expect((await w.chat.handle(alice, "new-pw"))[0]).toMatch(/^1 accepted your new address, 0 have not answered yet\./);
  });

  it("stops after the third wrong password, with the way back to `status`", async () => {
    const w = await finished();
    await w.chat.handle(alice, "wrong-1");
    await w.chat.handle(alice, "wrong-2");
    expect(await w.chat.handle(alice, "wrong-3")).toEqual(["That was the third wrong password, so I stopped for safety. Send *status* to start again."]);
    expect(w.deps.secrets.size).toBe(0);
  });

  it("says it could not sign in when the new account's server cannot be reached", async () => {
    const w = unitWorld();
    await storeJob(w, [contact("romeo@x.test")], "done", "alice@gone.test");
    await w.chat.handle(alice, "status");
    expect(await w.chat.handle(alice, "new-pw")).toEqual(["I could not sign in to your new account, so I cannot tell who accepted yet."]);
  });
});

describe("resume checks each password like move", () => {
  async function interrupted(jobTarget = target) {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    w.accounts.add(target, "new-pw");
    await storeJob(w, [contact("romeo@x.test")], "interrupted", jobTarget);
    return w;
  }

  it("names the old account when its password is wrong and asks only for that one again", async () => {
    const w = await interrupted();
    await w.chat.handle(alice, "resume");
    await w.chat.handle(alice, "new-pw");
    expect(await w.chat.handle(alice, "wrong")).toEqual([
      "The password for alice@old.test did not work. Please try again.",
      expect.stringMatching(/password of this account, alice@old\.test/),
    ]);
    expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
    expect(await w.untilNotice(/is done/)).toMatch(/1 moved/);
  });

  it("says the move is already running when another instance took it up while the passwords were asked, not that it is moving", async () => {
    const w = await interrupted();
    await w.chat.handle(alice, "resume");
    await w.chat.handle(alice, "new-pw");
    await storeAtomics(w.store).takeLease(`lease:move:${alice}`, { owner: "other", bot: "migrate2@old.test", until: Date.now() + 60_000 }, Date.now());
    expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/^This move is already running, so I did not start it a second time/)]);
    expect(w.deps.secrets.size).toBe(0);
  });

  it("says there is nothing to resume when the move finished meanwhile", async () => {
    const w = await interrupted();
    await w.chat.handle(alice, "resume");
    await w.chat.handle(alice, "new-pw");
    await w.jobs.save({ ...(await w.jobs.get(alice))!, status: "done" });
    expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/nothing to resume|no interrupted move/i)]);
  });

  it("stops after the third wrong password, with the way back to `resume`", async () => {
    const w = await interrupted();
    await w.chat.handle(alice, "resume");
    await w.chat.handle(alice, "new-pw");
    await w.chat.handle(alice, "wrong-1");
    await w.chat.handle(alice, "wrong-2");
    expect(await w.chat.handle(alice, "wrong-3")).toEqual(["That was the third wrong password, so I stopped for safety. Send *resume* to start again."]);
  });

  it("says when the new account's server cannot be reached, instead of blaming a password", async () => {
    const w = await interrupted("alice@gone.test");
    await w.chat.handle(alice, "resume");
    await w.chat.handle(alice, "new-pw");
    const out = await w.chat.handle(alice, "old-pw");
    expect(out).toEqual(["I could not reach the server of alice@gone.test. Please check the address, or try again later."]);
    expect(out.join("\n")).not.toMatch(/password/);
  });
});
