import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProsody, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { serverSoftware } from "../../src/protocol/account/server-software.ts";
import { subscribeRateFor } from "../../src/jobs/subscription-pace.ts";

let server: ProsodyServer;

beforeAll(async () => {
  server = await startProsody({ hosts: ["new.test"] });
  await server.register("juliet", "new.test", "pw");
});

afterAll(async () => {
  await server?.stop();
});

describe("what Ferry learns about a real Prosody 0.12 when it signs in", () => {
  it("pre-approval is advertised (so moves keep pre-approving), and the server names itself, so requests are not paced", async () => {
    const session = await signIn("juliet@new.test", "pw", { serviceMap: { "new.test": server.service } });
    try {
      expect(session.preApproval).toBe(true);
      const software = await serverSoftware(session);
      expect(software).toBe("Prosody");
      expect(subscribeRateFor({ burst: 5, quietSeconds: 60 }, software)).toBeUndefined();
    } finally {
      await session.close();
    }
  });
});
