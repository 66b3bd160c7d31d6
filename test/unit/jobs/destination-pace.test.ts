import { describe, it, expect, vi, beforeEach, afterEach } from "vitest";
import type { Element } from "@xmpp/xml";
import { runnerDeps } from "../../support/runner-deps.ts";
import { FakeAccounts } from "../../support/fake-accounts.ts";
import { runJob } from "../../../src/jobs/job-runner.ts";
import { newJob, type Job } from "../../../src/jobs/job.ts";
import { DestinationPaces } from "../../../src/jobs/destination-pace.ts";
import { domainOf } from "../../../src/core/jid.ts";
import type { AccountSession } from "../../../src/protocol/connection/account-session.ts";
import type { PlannedContact } from "../../../src/core/migration-plan.ts";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const DEBIAN_EJABBERD = { burst: 5, quietSeconds: 60 };

/**
 * ejabberd's mod_pres_counter on the contacts' servers named ej…, as one s2s connection meets it: every
 * subscription presence arriving at such a domain counts, whichever account sent it; over 5, each is
 * dropped (silently) until 60 whole seconds pass after the last one let through.
 */
function contactServers() {
  const delivered: string[] = [];
  const dropped: string[] = [];
  const counters = new Map<string, { start: number; inRow: number }>();
  const counted = (s: Element) => s.is("presence") && ["subscribe", "subscribed"].includes(String(s.attrs.type));
  const behind = (session: AccountSession): AccountSession => ({
    ...session,
    send: async (stanza) => {
      if (counted(stanza) && domainOf(String(stanza.attrs.to)).startsWith("ej")) {
        const to = String(stanza.attrs.to);
        const now = Math.floor(Date.now() / 1000);
        const counter = counters.get(domainOf(to)) ?? { start: now, inRow: 0 };
        counters.set(domainOf(to), counter);
        if (now - counter.start > 60) counter.inRow = 0;
        if (counter.inRow >= 5) {
          dropped.push(to);
          return;
        }
        counter.inRow += 1;
        counter.start = now;
      }
      if (counted(stanza)) delivered.push(String(stanza.attrs.to));
      return session.send(stanza);
    },
  });
  return { behind, delivered, dropped };
}

/** Contacts on `domain`; `counts`: its server counts arriving requests (the plan found ejabberd there). */
const contactsOn = (domain: string, n: number, counts = true): PlannedContact[] =>
  Array.from({ length: n }, (_, i) => ({
    jid: `c${i}@${domain}`,
    groups: [],
    subscription: "to" as const,
    subscribe: true,
    preApprove: false,
    ...(counts ? { serverCountsRequests: true } : {}),
  }));

/** Accounts on a new server without a limit of its own (Prosody): only the contacts' servers pace. */
function world() {
  const accounts = new FakeAccounts();
  accounts.withoutPreApproval.add("new.test");
  const servers = contactServers();
  const job = (user: string, contacts: PlannedContact[]) => {
    const target = `${user}@new.test`;
    accounts.add(target, "pw");
    return newJob("move", `job-${user}`, `${user}@old.test`, target, contacts, [], []);
  };
  const session = async (job: Job) => servers.behind(await accounts.signIn(job.target, "pw"));
  return { accounts, servers, job, session };
}

/** Lets the paces' start-up quiet pass (a fresh process waits one window: see DestinationPaces). */
async function pacesAfterStartUp(): Promise<DestinationPaces> {
  const paces = new DestinationPaces(DEBIAN_EJABBERD);
  await vi.advanceTimersByTimeAsync(62_000);
  return paces;
}

/** Whether `done` settles within `ms` of fake time. */
async function settlesWithin(done: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void done.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe("FERRY_SUBSCRIBE_RATE per contact server that counts arriving requests (ejabberd)", () => {
  it("two jobs moving contacts to the same ejabberd server share its bursts: none of their 8 requests is dropped", async () => {
    const w = world();
    const paces = await pacesAfterStartUp();
    const jobs = [w.job("ann", contactsOn("ej.test", 4)), w.job("ben", contactsOn("ej.test", 4))];
    const sessions = await Promise.all(jobs.map(w.session));
    const runs = Promise.all(jobs.map((job, i) => runJob(job, { target: sessions[i]! }, runnerDeps({ destinations: paces }))));
    await vi.runAllTimersAsync();
    await runs;
    expect(w.servers.dropped).toEqual([]);
    expect(w.servers.delivered).toHaveLength(8);
    expect(jobs.map((j) => j.status)).toEqual(["done", "done"]);
  });

  it("two ejabberd servers are paced apart: 5 requests to each go at once, without a quiet minute between", async () => {
    const w = world();
    const paces = await pacesAfterStartUp();
    const job = w.job("ann", [...contactsOn("ej1.test", 5), ...contactsOn("ej2.test", 5)]);
    const done = runJob(job, { target: await w.session(job) }, runnerDeps({ destinations: paces }));
    expect(await settlesWithin(done, 5_000)).toBe(true);
    expect(w.servers.delivered).toHaveLength(10);
    expect(w.servers.dropped).toEqual([]);
  });

  it("contacts on servers that do not count (Prosody) are not paced: 12 requests at once", async () => {
    const w = world();
    const paces = await pacesAfterStartUp();
    const job = w.job("ann", contactsOn("prosody.test", 12, false));
    const done = runJob(job, { target: await w.session(job) }, runnerDeps({ destinations: paces }));
    expect(await settlesWithin(done, 5_000)).toBe(true);
    expect(w.servers.delivered).toHaveLength(12);
  });

  it("a crash while waiting for an ejabberd server's quiet, then a resume in a new process: no contact is asked twice, none is dropped", async () => {
    const w = world();
    const job = w.job("ann", contactsOn("ej.test", 12));
    let journal: Job | undefined;
    let crashed = false;
    const first = runJob(job, { target: await w.session(job) }, runnerDeps({ destinations: await pacesAfterStartUp(), save: async (j) => void (journal = structuredClone(j)), cancelled: () => crashed }));
    // The first burst has left; the job waits out the quiet, and the process dies there.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.servers.delivered).toHaveLength(5);
    crashed = true;
    await vi.advanceTimersByTimeAsync(1_000);
    await first;
    const resumed = structuredClone(journal!);
    const second = runJob(resumed, { target: await w.session(resumed) }, runnerDeps({ destinations: new DestinationPaces(DEBIAN_EJABBERD) }));
    await vi.runAllTimersAsync();
    expect((await second).status).toBe("done");
    const requests = w.accounts.get(job.target).sent.filter((s) => s.attrs.type === "subscribe").map((s) => String(s.attrs.to));
    expect(requests.sort()).toEqual(job.contacts.map((c) => c.jid).sort());
    expect(w.servers.dropped).toEqual([]);
  });
});
