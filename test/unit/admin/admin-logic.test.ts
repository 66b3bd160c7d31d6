import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { parseJidList, inStates } from "../../../src/admin/audience.ts";
import { parseLocaleCodes, parseEveryDays, parseUntilDate } from "../../../src/admin/broadcast-input.ts";
import { composeNotice } from "../../../src/admin/compose-notice.ts";
import { computeStats } from "../../../src/admin/stats.ts";
import { moveStateOf } from "../../../src/admin/move-state.ts";
import { newJob, type Job } from "../../../src/migration/job.ts";

const catalog = Catalog.load(join(import.meta.dirname, "../../../locales"), { defaultLocale: "en" });

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
    const states = new Map([["a@x", moveStateOf(job("a@x", "done", "2025-01-01T10:00:00Z"))], ["b@x", moveStateOf(job("b@x", "interrupted", "2025-01-01T10:00:00Z"))], ["c@x", moveStateOf(job("c@x", "planned", "2025-01-01T10:00:00Z"))]]);
    expect(inStates(["a@x", "b@x", "c@x", "d@x"], states, ["not-started"])).toEqual(["c@x", "d@x"]);
    expect(inStates(["a@x", "b@x", "c@x", "d@x"], states, ["not-started", "in-progress", "stuck"])).toEqual(["b@x", "c@x", "d@x"]);
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
    const jobs = [
      job("a@x", "done", "2025-01-01T10:00:00Z", "2025-01-02T09:00:00Z", 4),
      job("b@x", "running", "2025-01-02T10:00:00Z"),
      job("c@x", "failed", "2025-01-02T11:00:00Z"),
      job("d@x", "planned", "2025-01-03T11:00:00Z"),
    ];
    const st = computeStats({ jobs, accounts: ["a@x", "e@x", "f@x"], accountsComplete: true, importsDone: 2, broadcasts: 1, noticesSent: 5, now: new Date("2025-01-04T00:00:00Z") });
    expect(st.users).toEqual({ "not-started": 3, "in-progress": 1, moved: 1, stuck: 1 });
    expect(st.contactsMoved).toBe(4);
    expect(st.days).toEqual([
      { day: "2025-01-01", started: 1, moved: 0 },
      { day: "2025-01-02", started: 2, moved: 1 },
    ]);
    expect(st).toMatchObject({ importsDone: 2, broadcasts: 1, noticesSent: 5, usersComplete: true });
  });
});
