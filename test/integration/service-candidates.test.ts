import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProsody, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { freePort } from "../../src/devserver/child-server.ts";
import { signIn, SignInError } from "../../src/protocol/connection/account-session.ts";
import { fetchRegistrationForm } from "../../src/protocol/account/in-band-registration.ts";
import { createBotConnection } from "../../src/protocol/connection/bot-connection.ts";
import { createLogger } from "../../src/log/logger.ts";

const PASSWORD = "alice-pw";

let server: ProsodyServer;
/** A loopback port nobody listens on. */
let closedPort: number;

beforeAll(async () => {
  server = await startProsody({ hosts: ["old.test"] });
  await server.register("alice", "old.test", PASSWORD);
  closedPort = await freePort();
});

afterAll(async () => server?.stop());

/** A fake DNS giving old.test two SRV targets on loopback: the dead port first, or Prosody first. */
const dns = (order: "closed-first" | "prosody-first") => async (name: string) => {
  if (name !== "_xmpp-client._tcp.old.test") throw Object.assign(new Error(`querySrv ENOTFOUND ${name}`), { code: "ENOTFOUND" });
  const [first, second] = order === "closed-first" ? [closedPort, server.c2sPort] : [server.c2sPort, closedPort];
  return [
    { name: "127.0.0.1", port: second, priority: 10, weight: 0 },
    { name: "127.0.0.1", port: first, priority: 0, weight: 0 },
  ];
};

describe("a domain with a dead SRV target before a live one", () => {
  it("signs a user in at the second target", async () => {
    const session = await signIn("alice@old.test", PASSWORD, { serviceMap: {}, lookupSrv: dns("closed-first") });
    await session.close();
  });

  it("stops at a wrong password on the first target instead of trying the next", async () => {
    const err = await signIn("alice@old.test", "wrong", { serviceMap: {}, lookupSrv: dns("prosody-first") }).catch((e: unknown) => e);
    // Had the dead second target been tried, its refusal would be the error.
    expect(err).toBeInstanceOf(SignInError);
    expect((err as SignInError).reason).toBe("not-authorized");
  });

  it("reads the registration form at the second target", async () => {
    const form = await fetchRegistrationForm("old.test", {}, { lookupSrv: dns("closed-first") });
    expect(form.kind).toBe("open");
  });

  it("starts the bot at the second service", async () => {
    const connection = createBotConnection({
      jid: "alice@old.test",
      password: PASSWORD,
      services: async () => [`xmpp://127.0.0.1:${closedPort}`, server.service],
      log: createLogger("silent"),
      onFatal: () => undefined,
    });
    try {
      await connection.start();
      expect(connection.service()).toBe(server.service);
      expect(connection.xmpp.status).toBe("online");
    } finally {
      await connection.stop();
    }
  });
});
