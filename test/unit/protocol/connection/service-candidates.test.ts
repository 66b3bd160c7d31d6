import { describe, it, expect } from "vitest";
import { firstReachable, serviceCandidates } from "../../../../src/protocol/connection/service-candidates.ts";
import { SignInError } from "../../../../src/protocol/connection/account-session.ts";

type Record = { name: string; port: number; priority: number; weight: number };

/** A fake DNS: SRV records by name, ENOTFOUND for the rest. */
const srv = (records: { [name: string]: Record[] }) => async (name: string) => {
  const found = records[name];
  if (!found) throw Object.assign(new Error(`querySrv ENOTFOUND ${name}`), { code: "ENOTFOUND" });
  return found;
};

describe("where Ferry connects for an account", () => {
  const map = { "old.example": "xmpp://127.0.0.1:5299" };
  const dns = srv({
    "_xmpp-client._tcp.old.example": [{ name: "ignored.example", port: 5222, priority: 0, weight: 0 }],
    "_xmpp-client._tcp.delegated.example": [
      { name: "backup.host.example", port: 5222, priority: 20, weight: 0 },
      { name: "xmpp.host.example", port: 5333, priority: 10, weight: 5 },
      { name: "light.host.example", port: 5222, priority: 10, weight: 1 },
    ],
    "_xmpp-client._tcp.closed.example": [{ name: "", port: 0, priority: 0, weight: 0 }],
  });

  it("gives the FERRY_SERVICE_MAP entry alone, even when the domain has SRV records", async () => {
    expect(await serviceCandidates("bob@old.example", map, dns)).toEqual(["xmpp://127.0.0.1:5299"]);
  });

  it("gives every SRV target, by priority ascending and weight descending", async () => {
    expect(await serviceCandidates("bob@delegated.example", map, dns)).toEqual([
      "xmpp://xmpp.host.example:5333",
      "xmpp://light.host.example:5222",
      "xmpp://backup.host.example:5222",
    ]);
  });

  it("falls back to the domain itself without SRV records, with a '.' target, or without an answer", async () => {
    expect(await serviceCandidates("bob@plain.example", map, dns)).toEqual(["xmpp://plain.example"]);
    expect(await serviceCandidates("bob@closed.example", map, dns)).toEqual(["xmpp://closed.example"]);
    expect(await serviceCandidates("bob@plain.example", map, () => Promise.reject(new Error("querySrv ETIMEOUT")))).toEqual(["xmpp://plain.example"]);
  });
});

describe("trying the services in order", () => {
  const services = ["xmpp://first.example:5222", "xmpp://second.example:5222", "xmpp://third.example:5222"];
  const unreachable = (err: unknown) => err instanceof SignInError && err.reason === "unreachable";
  /** A fake connect: the outcome per service, and every service it was asked for. */
  const fakeConnect = (outcomes: { [service: string]: "refused" | "wrong-password" | "ok" }) => {
    const tried: string[] = [];
    const connect = async (service: string) => {
      tried.push(service);
      if (outcomes[service] === "refused") throw new SignInError("bob@example.org", "unreachable", `ECONNREFUSED ${service}`);
      if (outcomes[service] === "wrong-password") throw new SignInError("bob@example.org", "not-authorized", "not-authorized");
      return service;
    };
    return { tried, connect };
  };

  it("uses the second target when the first refuses the connection", async () => {
    const { tried, connect } = fakeConnect({ [services[0]!]: "refused", [services[1]!]: "ok", [services[2]!]: "ok" });
    expect(await firstReachable(services, connect, unreachable)).toBe(services[1]);
    expect(tried).toEqual(services.slice(0, 2));
  });

  it("stops at a wrong password on the first reachable target", async () => {
    const { tried, connect } = fakeConnect({ [services[0]!]: "refused", [services[1]!]: "wrong-password", [services[2]!]: "ok" });
    const err = await firstReachable(services, connect, unreachable).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignInError);
    expect((err as SignInError).reason).toBe("not-authorized");
    expect(tried).toEqual(services.slice(0, 2));
  });

  it("reports the last target's error when none can be reached", async () => {
    const { tried, connect } = fakeConnect({ [services[0]!]: "refused", [services[1]!]: "refused", [services[2]!]: "refused" });
    const err = await firstReachable(services, connect, unreachable).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: "unreachable", message: expect.stringContaining(services[2]!) });
    expect(tried).toEqual(services);
  });
});
