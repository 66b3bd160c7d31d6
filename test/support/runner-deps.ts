import type { JobRunnerDeps } from "../../src/jobs/job-runner.ts";
import { ServerPace } from "../../src/jobs/server-pace.ts";

/**
 * What the job runner needs, doing nothing (no rate, no journal, no profile,
 * no statement): a test overrides the parts it watches.
 */
export function runnerDeps(overrides: Partial<JobRunnerDeps> = {}): JobRunnerDeps {
  return {
    lanes: { target: new ServerPace(0).join() },
    save: async () => undefined,
    progress: () => undefined,
    cancelled: () => false,
    requestNote: {},
    copyProfile: async () => [],
    restorePart: async (part) => ({ item: part, outcome: "none" }),
    publishStatement: async () => undefined,
    noticeFor: () => "I moved",
    roomTexts: { reason: () => "I moved", request: () => "Please add my new address", notice: () => "I moved" },
    ...overrides,
  };
}
