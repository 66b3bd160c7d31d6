import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { client } from "@xmpp/client";
import { startProsody, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { ScramMechanism, useNativeScram } from "../../src/protocol/connection/sasl-scram.ts";

const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
const PASSWORD = "correct horse battery staple";

// Prosody 0.12 stores one SCRAM hash per account (`password_hash`, SHA-1 by
// default) and offers only that SCRAM variant, so SCRAM-SHA-256 needs a second
// server. Both keep the default 10000 iterations, the cost this module is for.
let sha1: ProsodyServer;
let sha256: ProsodyServer;

beforeAll(async () => {
  sha1 = await startProsody({ hosts: ["sha1.test"], iterations: 10000 });
  sha256 = await startProsody({ hosts: ["sha256.test"], iterations: 10000, extraConfig: 'password_hash = "SHA-256"' });
  await sha1.register("user", "sha1.test", PASSWORD);
  await sha256.register("user", "sha256.test", PASSWORD);
});

afterAll(async () => {
  await sha1?.stop();
  await sha256?.stop();
});

/** A client with native SCRAM that records what the server offered and what it chose. */
function nativeClient(server: ProsodyServer, domain: string, password: string) {
  const xmpp = client({ service: server.service, domain, username: "user", password, resource: "scram-test" });
  useNativeScram(xmpp);
  xmpp.on("error", () => {}); // start() rejects with the same error
  const seen = { offered: [] as string[], chosen: undefined as string | undefined };
  xmpp.on("element", (el) => {
    const mechanisms = el.getChild("mechanisms", NS_SASL);
    if (mechanisms) seen.offered = mechanisms.getChildren("mechanism").map((m) => m.text());
  });
  xmpp.on("send", (el) => {
    if (el.is("auth", NS_SASL)) seen.chosen = el.attrs.mechanism as string;
  });
  return { xmpp, seen };
}

describe("native SCRAM against Prosody 0.12 at 10000 iterations", () => {
  it("signs in with SCRAM-SHA-1 and checks the server signature", async () => {
    const final = vi.spyOn(ScramMechanism.prototype, "final");
    const { xmpp, seen } = nativeClient(sha1, "sha1.test", PASSWORD);
    try {
      const address = await xmpp.start();
      expect(address.toString()).toBe("user@sha1.test/scram-test");
    } finally {
      await xmpp.stop();
    }
    expect(seen.offered.sort()).toEqual(["PLAIN", "SCRAM-SHA-1"]);
    expect(seen.chosen).toBe("SCRAM-SHA-1");
    // Only the native mechanism has final(); it ran on Prosody's <success/> and did not throw.
    expect(final).toHaveBeenCalledOnce();
    expect(final.mock.results[0]?.type).toBe("return");
    final.mockRestore();
  });

  it("signs in with SCRAM-SHA-256 when the server offers it", async () => {
    const final = vi.spyOn(ScramMechanism.prototype, "final");
    const { xmpp, seen } = nativeClient(sha256, "sha256.test", PASSWORD);
    try {
      const address = await xmpp.start();
      expect(address.toString()).toBe("user@sha256.test/scram-test");
    } finally {
      await xmpp.stop();
    }
    expect(seen.offered.sort()).toEqual(["PLAIN", "SCRAM-SHA-256"]);
    expect(seen.chosen).toBe("SCRAM-SHA-256");
    expect(final).toHaveBeenCalledOnce();
    expect(final.mock.results[0]?.type).toBe("return");
    final.mockRestore();
  });

  it("rejects a wrong password with not-authorized", async () => {
    const { xmpp, seen } = nativeClient(sha1, "sha1.test", "wrong password");
    try {
      await expect(xmpp.start()).rejects.toMatchObject({ name: "SASLError", condition: "not-authorized" });
    } finally {
      await xmpp.stop();
    }
    expect(seen.chosen).toBe("SCRAM-SHA-1");
  });
});
