import { describe, it, expect } from "vitest";
import { gatherFindings, type CheckProbes } from "../../../../src/cli/check/gather-findings.ts";
import { SignInError } from "../../../../src/protocol/connection/account-session.ts";
import { RegistrationError } from "../../../../src/protocol/account/in-band-registration.ts";

const SUBJECT = { bot: "migrate@old.test", admins: [], providers: ["new.test", "silent.test", "down.test"], storeUrl: "sqlite://x" };
const never = () => new Promise<never>(() => undefined);

/** Probes of a server that answers everything, with `change` applied; `closed` counts closed sessions. */
function probes(change: Partial<CheckProbes> = {}, bot: { pep?: () => Promise<boolean> } = {}) {
  const closed = { count: 0 };
  const p: CheckProbes = {
    services: async () => ["xmpp://127.0.0.1:5222"],
    signIn: async () => ({
      commands: async () => new Set(["http://jabber.org/protocol/admin#announce"]),
      upload: async () => undefined,
      pep: bot.pep ?? (async () => true),
      close: async () => void closed.count++,
    }),
    registration: async (domain) => {
      if (domain === "silent.test") return never();
      if (domain === "down.test") throw new RegistrationError("unreachable", "ECONNREFUSED");
      return "open";
    },
    store: async () => undefined,
    ...change,
  };
  return { p, closed };
}

describe("gathering what ferry check found", () => {
  it("gives up on a probe that does not answer in time and reports the others", async () => {
    const { p, closed } = probes({}, { pep: never });
    const f = await gatherFindings(SUBJECT, p, 50);
    expect(f.providers).toEqual([
      { domain: "new.test", registration: { ok: true, value: "open" } },
      { domain: "silent.test", registration: { ok: false, detail: "no answer within 0.05 s" } },
      { domain: "down.test", registration: { ok: false, detail: "ECONNREFUSED" } },
    ]);
    expect(f.server?.pep).toEqual({ ok: false, detail: "no answer within 0.05 s" });
    expect(f.server?.commands).toMatchObject({ ok: true });
    expect(closed.count).toBe(1);
  });

  it("a sign-in that fails or never ends: no server facts, the reason and where it tried", async () => {
    const refused = await gatherFindings(SUBJECT, probes({ signIn: async () => Promise.reject(new SignInError("migrate@old.test", "not-authorized", "not-authorized")) }).p, 50);
    expect([refused.signIn, refused.server]).toEqual([{ ok: false, reason: "not-authorized", detail: "not-authorized", tried: ["xmpp://127.0.0.1:5222"] }, undefined]);
    const silent = await gatherFindings(SUBJECT, probes({ signIn: never }).p, 50);
    expect(silent.signIn).toEqual({ ok: false, reason: "unreachable", detail: "no answer within 0.05 s", tried: ["xmpp://127.0.0.1:5222"] });
  });

  it("a store that cannot be written: its reason", async () => {
    const f = await gatherFindings(SUBJECT, probes({ store: async () => Promise.reject(new Error("SQLITE_READONLY")) }).p, 50);
    expect(f.store).toEqual({ url: "sqlite://x", writable: { ok: false, detail: "SQLITE_READONLY" } });
  });
});
