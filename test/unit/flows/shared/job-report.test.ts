import { describe, it, expect } from "vitest";
import { Catalog } from "../../../../src/i18n/catalog.ts";
import { newJob, type Job } from "../../../../src/jobs/job.ts";
import { renderJobReport } from "../../../../flows/shared/job-report.ts";
import { LOCALES_DIR } from "../../../support/unit-world.ts";

const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });

function finishedMove(edit: (job: Job) => void): string {
  const job = newJob("move", "j", "alice@old.test", "alice@new.test", [
    { jid: "romeo@x.test", groups: [], subscription: "both", subscribe: true, preApprove: true },
    { jid: "nurse@x.test", groups: [], subscription: "to", subscribe: true, preApprove: false },
  ], [], []);
  for (const c of job.contacts) c.state = "done";
  job.status = "done";
  edit(job);
  return renderJobReport(catalog, "en", job).join("\n");
}

describe("what the report says about losses a server caused", () => {
  it("a request that came back refused is not counted as asked, and its contact is named with the reason", () => {
    const report = finishedMove((job) => (job.contacts[1]!.requestError = "not-acceptable"));
    expect(report).toMatch(/2 moved \(1 asked to accept the new address, 1 allowed to see you\)/);
    expect(report).toMatch(/1 contact was added, but the request \(or approval\) to them came back refused; ask them yourself:\n• nurse@x\.test \(the server said: not-acceptable\)/);
  });

  it("bookmarks the new server did not keep are named, with how many it kept", () => {
    const report = finishedMove((job) => (job.profile = [{ item: "bookmarks", outcome: "partial", count: 1, lost: ["ball@conf.test", "crypt@conf.test"], condition: "forbidden" }]));
    expect(report).toMatch(/Bookmarks: only 1 kept \(the server said: forbidden\); add these by hand, the new server did not keep them: ball@conf\.test, crypt@conf\.test/);
  });

  it("nothing refused, nothing lost: no such lines", () => {
    const report = finishedMove(() => undefined);
    expect(report).toMatch(/2 asked to accept the new address, 1 allowed to see you/);
    expect(report).not.toMatch(/came back refused|did not keep|in advance/);
  });
});
