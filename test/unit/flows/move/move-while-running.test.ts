import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import { newJob } from "../../../../src/jobs/job.ts";

const alice = "alice@old.test";

describe("a second move while one is running", () => {
  it("is refused before planning, so the running move keeps its journal and its report", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    w.accounts.add("alice@new.test", "new-pw");
    const running = newJob("move", "job-1", alice, "alice@elsewhere.test", [], [], []);
    running.status = "running";
    await w.jobs.save(running);

    const first = await w.adhoc.handle({ user: alice, node: "move", action: "execute" });
    if (!("sessionid" in first)) throw new Error(JSON.stringify(first));
    const res = await w.adhoc.handle({
      user: alice,
      node: "move",
      sessionid: first.sessionid,
      action: "next",
      values: { "new-jid": ["alice@new.test"], "new-password": ["new-pw"], "old-password": ["old-pw"] },
    });
    expect(res).toMatchObject({ status: "completed" });
    expect("notes" in res && res.notes.map((n) => n.text).join("\n")).toMatch(/This move is already running, so I did not start it a second time/);
    expect(await w.jobs.get(alice)).toMatchObject({ id: "job-1", target: "alice@elsewhere.test", status: "running" });
  });
});
