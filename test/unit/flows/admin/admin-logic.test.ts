import { describe, it, expect } from "vitest";
import { join } from "node:path";
import Keyv from "keyv";
import { Catalog } from "../../../../src/i18n/catalog.ts";
import { parseJidList, inStates, Audiences } from "../../../../flows/admin/audience.ts";
import { parseLocaleCodes, parseEveryDays, parseUntilDate } from "../../../../flows/admin/broadcast-input.ts";
import { composeNotice } from "../../../../flows/admin/compose-notice.ts";
import { computeStats } from "../../../../flows/admin/compute-stats.ts";
import { moveStateOf, readMoves } from "../../../../flows/admin/move-state.ts";
import { launchBroadcast } from "../../../../flows/admin/launch.ts";
import type { BroadcastSender } from "../../../../flows/admin/broadcast-sender.ts";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import { newJob, type Job } from "../../../../src/jobs/job.ts";
import { JobStore } from "../../../../src/jobs/job-store.ts";

const catalog = Catalog.load(join(import.meta.dirname, "../../../../locales"), { defaultLocale: "en" });

function job(user: string, status: Job["status"], created: string, updated = created, moved = 0): Job {
  const contacts = Array.from({ length: moved }, (_, i) => ({ jid: `c${i}@x.test`, groups: [], subscription: "both" as const, subscribe: true, preApprove: false }));
  const j = newJob("move", "id", user, `${user.split("@")[0]}@new.test`, contacts, [], [], new Date(created));
  j.status = status;
  j.updatedAt = updated;
  j.contacts.forEach((c) => (c.state = "done"));
  return j;
}

describe("audience helpers", () => {
  it("reads pasted addresses in any layout, deduplicated, and lists what is not an address", () => {
    expect(parseJidList("Anna@Old.test\nbob@old.test, anna@old.test; xmpp:carl@old.test  old.test nonsense@")).toEqual({
      jids: ["anna@old.test", "bob@old.test", "carl@old.test"],
      invalid: ["old.test", "nonsense@"],
    });
  });

  it("picks users by the state of their move; people without a job have not started", () => {
    const at = "2025-01-01T10:00:00Z";
    const states = new Map([
      ["a@x", moveStateOf({ job: job("a@x", "done", at) })],
      ["b@x", moveStateOf({ job: job("b@x", "interrupted", at) })],
      ["c@x", moveStateOf({ job: job("c@x", "planned", at) })],
      ["e@x", moveStateOf({ job: job("e@x", "cancelled", at) })],
    ]);
    expect(inStates(["a@x", "b@x", "c@x", "d@x", "e@x"], states, ["not-started"])).toEqual(["c@x", "d@x"]);
    // A move waiting for `resume` after a restart is in progress, not failed.
    expect(inStates(["a@x", "b@x", "c@x", "d@x", "e@x"], states, ["in-progress"])).toEqual(["b@x"]);
    expect(inStates(["a@x", "b@x", "c@x", "d@x", "e@x"], states, ["failed"])).toEqual(["e@x"]);
  });
});

describe("broadcast input checks", () => {
  it("accepts offered locale codes other than the default and reports the rest", () => {
    expect(parseLocaleCodes("DE, fr", ["en", "de"], "en")).toEqual({ locales: ["de"], unknown: ["fr"] });
    expect(parseLocaleCodes("en", ["en", "de"], "en")).toEqual({ locales: [], unknown: ["en"] });
    expect(parseLocaleCodes("", ["en", "de"], "en")).toEqual({ locales: [], unknown: [] });
  });

  it("takes 1 to 365 days and a real date after today", () => {
    expect([parseEveryDays("7"), parseEveryDays("0"), parseEveryDays("366"), parseEveryDays("1.5"), parseEveryDays(" 30 ")]).toEqual([7, undefined, undefined, undefined, 30]);
    const now = new Date("2030-03-10T12:00:00Z");
    expect(parseUntilDate("2030-03-11", now)).toBe("2030-03-11");
    expect(parseUntilDate("2030-03-10", now)).toBeUndefined();
    expect(parseUntilDate("2030-02-30", now)).toBeUndefined();
    expect(parseUntilDate("11.03.2030", now)).toBeUndefined();
  });

  it("reads days and dates typed with Arabic-Indic or Persian digits, as menu numbers are", () => {
    expect([parseEveryDays("٧"), parseEveryDays("۱۴"), parseEveryDays("٠"), parseEveryDays("٣٦٦")]).toEqual([7, 14, undefined, undefined]);
    const now = new Date("2030-03-10T12:00:00Z");
    expect(parseUntilDate("٢٠٣٠-٠٣-١١", now)).toBe("2030-03-11");
    expect(parseUntilDate("٢٠٣٠-٠٢-٣٠", now)).toBeUndefined();
  });
});

describe("the notice as a recipient reads it", () => {
  it("uses the reader's translation when there is one, else the default text, and a footer in the reader's language", () => {
    const texts = { en: "We close on 1 June.", de: "Wir schließen am 1. Juni." };
    const en = composeNotice(catalog, "en", texts, "migrate@old.test");
    const de = composeNotice(catalog, "de", texts, "migrate@old.test");
    expect(en).toMatch(/^We close on 1 June\.\n\nTo move your account.*xmpp:migrate@old\.test\?command;node=move.*\*move\*/s);
    expect(de).toMatch(/^Wir schließen am 1\. Juni\.\n\nUm dein Konto.*xmpp:migrate@old\.test\?command;node=move.*\*umziehen\*/s);
    expect(composeNotice(catalog, "de", { en: "We close." }, "migrate@old.test")).toMatch(/^We close\.\n\nUm dein Konto/);
  });
});

describe("stats", () => {
  it("counts users by state (accounts without a move as not started), contacts moved, and moves per day", () => {
    const finished = (j: Job) => ({ count: 1, contacts: 4, last: { jobId: j.id, at: j.updatedAt, target: j.target } });
    const a = job("a@x", "done", "2025-01-01T10:00:00Z", "2025-01-02T09:00:00Z", 4);
    const moves = [
      { user: "a@x", job: a, finished: finished(a) },
      { user: "b@x", job: job("b@x", "running", "2025-01-02T10:00:00Z") },
      { user: "c@x", job: job("c@x", "cancelled", "2025-01-02T11:00:00Z") },
      { user: "d@x", job: job("d@x", "planned", "2025-01-03T11:00:00Z") },
      { user: "g@x", job: job("g@x", "interrupted", "2025-01-03T12:00:00Z", "2025-01-03T12:00:00Z", 2) },
    ];
    const st = computeStats({ moves, accounts: ["a@x", "e@x", "f@x"], accountsComplete: true, importsDone: 2, broadcasts: 1, noticesSent: 5, now: new Date("2025-01-04T00:00:00Z") });
    expect(st.users).toEqual({ "not-started": 3, "in-progress": 2, moved: 1, failed: 1 });
    expect(st.contactsMoved).toBe(6);
    expect(st.days).toEqual([
      { day: "2025-01-01", started: 1, moved: 0 },
      { day: "2025-01-02", started: 2, moved: 1 },
      { day: "2025-01-03", started: 1, moved: 0 },
    ]);
    expect(st).toMatchObject({ importsDone: 2, broadcasts: 1, noticesSent: 5, usersComplete: true });
  });
});

describe("who has moved stays moved", () => {
  const BOT = "migrate@old.test";
  const contact = { jid: "friend@else.test", groups: [], subscription: "both" as const, subscribe: true, preApprove: true };
  /** A move journaled as the job engine does: planned, then done. */
  async function move(jobs: JobStore, user: string, id: string, status: Job["status"]) {
    const j = newJob("move", id, user, `${user.split("@")[0]}@new.test`, [contact], [], []);
    await jobs.save(j);
    j.status = status;
    if (status === "done") j.contacts[0]!.state = "done";
    await jobs.save(j);
  }

  it("a moved user who starts a new move still counts as moved and gets no reminder", async () => {
    const jobs = new JobStore(new Keyv(), "job");
    await move(jobs, "anna@old.test", "first", "done");
    await move(jobs, "bert@old.test", "b", "cancelled");
    // Anna types `move` again: the new plan replaces her finished job, and then it runs.
    await jobs.save(newJob("move", "second", "anna@old.test", "anna@other.test", [contact], [], []));
    const stats = () => readMoves(jobs).then((moves) => computeStats({ moves, accounts: ["anna@old.test", "bert@old.test", "carl@old.test"], accountsComplete: true, importsDone: 0, broadcasts: 0, noticesSent: 0, now: new Date() }));
    expect((await stats()).users).toEqual({ "not-started": 1, "in-progress": 0, moved: 1, failed: 1 });
    await move(jobs, "anna@old.test", "second", "running");
    expect((await stats()).users).toEqual({ "not-started": 1, "in-progress": 0, moved: 1, failed: 1 });
    expect((await stats()).contactsMoved).toBe(1);

    const audiences = new Audiences({ session: { jid: BOT } as AccountSession, domain: "old.test", jobs, knownUsers: async () => [] });
    const sender = { start: async () => undefined } as unknown as BroadcastSender;
    const reminder = await launchBroadcast(
      { audiences, sender, now: () => new Date() },
      { by: "boss@old.test", texts: { en: "We close." }, audience: { kind: "pasted", list: ["anna@old.test", "bert@old.test", "carl@old.test"] }, scheduleId: "s1" },
    );
    expect(reminder.recipients).toEqual(["bert@old.test", "carl@old.test"]);
  });

  it("counts every finished import, a user's earlier ones included, each once", async () => {
    const imports = new JobStore(new Keyv(), "import");
    const finish = async (id: string) => {
      const j = newJob("import", id, "anna@old.test", "anna@old.test", [contact], [], []);
      await imports.save(j);
      j.status = "done";
      await imports.save(j);
      // Saving a finished job again does not count it twice.
      await imports.save(j);
    };
    await finish("i1");
    await imports.save(newJob("import", "i2", "anna@old.test", "anna@old.test", [contact], [], []));
    expect(await imports.finishedCount()).toBe(1);
    await finish("i3");
    expect(await imports.finishedCount()).toBe(2);
  });
});
