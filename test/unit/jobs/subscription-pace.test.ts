import { describe, it, expect, vi, beforeEach, afterEach } from "vitest";
import type { Element } from "@xmpp/xml";
import { xml } from "@xmpp/client";
import { runnerDeps } from "../../support/runner-deps.ts";
import { FakeAccounts } from "../../support/fake-accounts.ts";
import { runJob } from "../../../src/jobs/job-runner.ts";
import { countJob, newJob, type Job } from "../../../src/jobs/job.ts";
import { SubscriptionPace, subscribeRateFor, subscriptionWaitMs } from "../../../src/jobs/subscription-pace.ts";
import { parseSubscribeRate } from "../../../src/config/subscribe-rate.ts";
import type { AccountSession } from "../../../src/protocol/connection/account-session.ts";
import type { PlannedContact } from "../../../src/core/migration-plan.ts";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const TARGET = "alice@new.test";
const DEBIAN_EJABBERD = { burst: 5, quietSeconds: 60 };

/**
 * ejabberd 23.01's mod_pres_counter in front of a session, as measured: per session, every
 * subscription presence counts; over `count`, each is dropped until `interval` whole seconds pass
 * after the last one let through (its clock restarts with each), and answered with a
 * `not-acceptable` presence error.
 */
function presCounter(session: AccountSession, count = 5, intervalSeconds = 60) {
  const delivered: string[] = [];
  const dropped: string[] = [];
  let start = 0;
  let inRow = 0;
  const listeners: ((s: Element) => void)[] = [];
  const counted = (s: Element) => s.is("presence") && ["subscribe", "subscribed", "unsubscribe", "unsubscribed"].includes(String(s.attrs.type));
  const wrapped: AccountSession = {
    ...session,
    onStanza: (listener) => {
      listeners.push(listener);
      session.onStanza(listener);
    },
    send: async (stanza) => {
      if (counted(stanza)) {
        const now = Math.floor(Date.now() / 1000);
        if (inRow === 0 || now - start > intervalSeconds) inRow = 0;
        if (inRow >= count) {
          dropped.push(String(stanza.attrs.to));
          const bounce = xml("presence", { type: "error", from: stanza.attrs.to }, xml("error", { type: "modify" }, xml("not-acceptable", { xmlns: "urn:ietf:params:xml:ns:xmpp-stanzas" })));
          queueMicrotask(() => listeners.forEach((l) => l(bounce)));
          return;
        }
        inRow += 1;
        start = now;
        delivered.push(String(stanza.attrs.to));
      }
      return session.send(stanza);
    },
  };
  return { session: wrapped, delivered, dropped };
}

const contacts = (n: number): PlannedContact[] =>
  Array.from({ length: n }, (_, i) => ({ jid: `c${i}@x.test`, groups: [], subscription: "to" as const, subscribe: true, preApprove: false }));

function world(n: number) {
  const accounts = new FakeAccounts();
  accounts.withoutPreApproval.add("new.test");
  accounts.add(TARGET, "pw");
  const job = newJob("import", "job-1", TARGET, TARGET, contacts(n), [], []);
  return { accounts, job };
}

/** Runs the job to its end, fake time flowing. */
async function run(job: Job, session: AccountSession, deps: Parameters<typeof runnerDeps>[0]): Promise<Job> {
  const done = runJob(job, { target: session }, runnerDeps(deps));
  done.catch(() => undefined);
  await vi.runAllTimersAsync();
  return done;
}

describe("FERRY_SUBSCRIBE_RATE against ejabberd's mod_pres_counter (5 per 60 s)", () => {
  it("unpaced, a 12-contact move loses 7 requests (what the issue saw); their refusals are heard and counted, not reported as asked", async () => {
    const { accounts, job } = world(12);
    const server = presCounter(await accounts.signIn(TARGET, "pw"));
    await run(job, server.session, {});
    expect(server.dropped).toHaveLength(7);
    expect(job.contacts.filter((c) => c.requestError === "not-acceptable").map((c) => c.jid)).toEqual(server.dropped);
    expect(countJob(job).requested).toBe(5);
  });

  it("paced, every request gets through: bursts of 5, each after a whole quiet minute", async () => {
    const { accounts, job } = world(12);
    const server = presCounter(await accounts.signIn(TARGET, "pw"));
    const done = await run(job, server.session, { subscriptions: new SubscriptionPace(DEBIAN_EJABBERD) });
    expect(done.status).toBe("done");
    expect(server.dropped).toEqual([]);
    expect(server.delivered.sort()).toEqual(job.contacts.map((c) => c.jid).sort());
  });

  it("a connection lost while pacing, then a resume: no contact is asked twice, and none is lost", async () => {
    const { accounts, job } = world(12);
    // Roster read, then 5 contacts × (item, request), then the 6th contact's item: the connection drops in the second burst.
    accounts.dropAfter.set(TARGET, 1 + 10 + 1);
    const first = presCounter(await accounts.signIn(TARGET, "pw"));
    await expect(run(job, first.session, { subscriptions: new SubscriptionPace(DEBIAN_EJABBERD) })).rejects.toThrow();
    const second = presCounter(await accounts.signIn(TARGET, "pw"));
    await run(job, second.session, { subscriptions: new SubscriptionPace(DEBIAN_EJABBERD) });
    const requests = accounts.get(TARGET).sent.filter((s) => s.attrs.type === "subscribe").map((s) => String(s.attrs.to));
    expect(requests.sort()).toEqual(job.contacts.map((c) => c.jid).sort());
    expect([...first.dropped, ...second.dropped]).toEqual([]);
  });

  it("a cancel during the quiet stops the job there, without sitting out the minute: the rest stay pending", async () => {
    const { accounts, job } = world(12);
    const server = presCounter(await accounts.signIn(TARGET, "pw"));
    let cancelled = false;
    const done = runJob(job, { target: server.session }, runnerDeps({ subscriptions: new SubscriptionPace(DEBIAN_EJABBERD), cancelled: () => cancelled }));
    let settled = false;
    void done.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10_000);
    cancelled = true;
    // The quiet has 52 s to go; the cancel is heard within the second.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(true);
    expect((await done).status).toBe("cancelled");
    expect(server.delivered).toHaveLength(5);
    expect(job.contacts.filter((c) => c.state === "pending")).toHaveLength(7);
  });
});

describe("which servers are paced", () => {
  it("every server but one known to have no limit (Prosody); the setting 0 paces none", () => {
    expect(subscribeRateFor(DEBIAN_EJABBERD, "ejabberd")).toEqual(DEBIAN_EJABBERD);
    expect(subscribeRateFor(DEBIAN_EJABBERD, undefined)).toEqual(DEBIAN_EJABBERD);
    expect(subscribeRateFor(DEBIAN_EJABBERD, "Prosody")).toBeUndefined();
    expect(subscribeRateFor(undefined, "ejabberd")).toBeUndefined();
  });

  it("reads the setting as COUNT/SECONDSs or 0, and refuses anything else", () => {
    expect(parseSubscribeRate("5/60s")).toEqual({ burst: 5, quietSeconds: 60 });
    expect(parseSubscribeRate(" 10 / 120S ")).toEqual({ burst: 10, quietSeconds: 120 });
    expect(parseSubscribeRate("0")).toBeNull();
    for (const bad of ["5", "5/60", "0/60s", "5/0s", "five/60s", "-5/60s"]) expect(parseSubscribeRate(bad), bad).toBeUndefined();
  });

  it("tells how long the requests of a move will wait: a 30-contact move at 5/60s about five minutes", () => {
    expect(subscriptionWaitMs(DEBIAN_EJABBERD, 5)).toBe(0);
    expect(subscriptionWaitMs(DEBIAN_EJABBERD, 30)).toBe(5 * 62_000);
    expect(subscriptionWaitMs(undefined, 30)).toBe(0);
  });
});
