import { createServer, type AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { client, xml } from "@xmpp/client";
import { getAvailableMechanisms } from "@xmpp/sasl";
import {
  MAX_ITERATIONS,
  ScramError,
  ScramMechanism,
  ScramSha1Mechanism,
  ScramSha256Mechanism,
  saslName,
  saslprepPassword,
  useNativeScram,
} from "../../../../src/protocol/connection/sasl-scram.ts";

const CREDS = { username: "user", password: "pencil" };

// RFC 5802 §5
const SHA1 = {
  nonce: "fyko+d2lbbFgONRv9qkxdawL",
  clientFirst: "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
  serverFirst: "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
  clientFinal: "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
  serverFinal: "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
};

// RFC 7677 §3
const SHA256 = {
  nonce: "rOprNGfwEbeRWgbNEkqO",
  clientFirst: "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
  serverFirst:
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
  clientFinal:
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
  serverFinal: "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
};

/** Runs a mechanism up to and including the client-final-message. */
async function toClientFinal(mech: ScramMechanism, serverFirst: string, creds = CREDS): Promise<string> {
  await mech.response(creds);
  mech.challenge(serverFirst);
  return mech.response(creds);
}

function scramError(fn: () => unknown): ScramError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ScramError);
    return err as ScramError;
  }
  throw new Error("expected a ScramError");
}

interface TestFactory {
  _mechs: Array<{ name: string; mech: new () => unknown }>;
  create(names: string[]): unknown;
}
const factoryOf = (xmpp: ReturnType<typeof client>): TestFactory =>
  (xmpp as unknown as { saslFactory: TestFactory }).saslFactory;

const newClient = () => client({ service: "xmpp://127.0.0.1:9", domain: "example.test", username: "user", password: "pencil" });

describe("SCRAM test vectors", () => {
  it("RFC 5802 SCRAM-SHA-1", async () => {
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    expect(mech.name).toBe("SCRAM-SHA-1");
    expect(mech.clientFirst).toBe(true);
    expect(await mech.response(CREDS)).toBe(SHA1.clientFirst);
    mech.challenge(SHA1.serverFirst);
    expect(await mech.response(CREDS)).toBe(SHA1.clientFinal);
    expect(() => mech.final(SHA1.serverFinal)).not.toThrow();
  });

  it("RFC 7677 SCRAM-SHA-256", async () => {
    const mech = new ScramSha256Mechanism({ clientNonce: SHA256.nonce });
    expect(mech.name).toBe("SCRAM-SHA-256");
    expect(await mech.response(CREDS)).toBe(SHA256.clientFirst);
    mech.challenge(SHA256.serverFirst);
    expect(await mech.response(CREDS)).toBe(SHA256.clientFinal);
    expect(() => mech.final(SHA256.serverFinal)).not.toThrow();
  });

  it("accepts server-final sent as a challenge, then an empty <success/>", async () => {
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    await toClientFinal(mech, SHA1.serverFirst);
    mech.challenge(SHA1.serverFinal);
    expect(await mech.response(CREDS)).toBe("");
    expect(() => mech.final("")).not.toThrow();
  });

  it("exposes the mechanism name on the prototype, where saslmechanisms looks", () => {
    expect(ScramSha1Mechanism.prototype.name).toBe("SCRAM-SHA-1");
    expect(ScramSha256Mechanism.prototype.name).toBe("SCRAM-SHA-256");
  });

  it("makes a fresh random nonce per instance", async () => {
    const a = await new ScramSha1Mechanism().response(CREDS);
    const b = await new ScramSha1Mechanism().response(CREDS);
    expect(a).toMatch(/^n,,n=user,r=[A-Za-z0-9+/]{24}$/);
    expect(a).not.toBe(b);
  });
});

describe("SCRAM checks", () => {
  it("rejects a wrong server signature, in <success/> and as a challenge", async () => {
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    await toClientFinal(mech, SHA1.serverFirst);
    expect(scramError(() => mech.final("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")).code).toBe("server-signature-mismatch");

    const other = new ScramSha256Mechanism({ clientNonce: SHA256.nonce });
    await toClientFinal(other, SHA256.serverFirst);
    // The SHA-1 signature for the same exchange: right format, wrong length.
    expect(scramError(() => other.challenge(SHA1.serverFinal)).code).toBe("server-signature-mismatch");
  });

  it("rejects <success/> without server-final", async () => {
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    await toClientFinal(mech, SHA1.serverFirst);
    expect(scramError(() => mech.final("")).code).toBe("malformed-message");
  });

  it("rejects a server nonce that does not extend the client nonce", async () => {
    for (const nonce of ["3rfcNHYJY1ZVvWVs7j", "xfyko+d2lbbFgONRv9qkxdawL3rfc", SHA1.nonce]) {
      const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
      await mech.response(CREDS);
      expect(scramError(() => mech.challenge(`r=${nonce},s=QSXCR+Q6sek8bf92,i=4096`)).code).toBe("invalid-nonce");
    }
  });

  it("surfaces e= from the server", async () => {
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    await toClientFinal(mech, SHA1.serverFirst);
    const err = scramError(() => mech.challenge("e=invalid-proof"));
    expect(err.code).toBe("server-error");
    expect(err.serverError).toBe("invalid-proof");
    expect(err.message).toContain("invalid-proof");
  });

  it("bounds the iteration count", async () => {
    for (const i of ["0", "-1", "", "4096x", "1e4", String(MAX_ITERATIONS + 1), "99999999999"]) {
      const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
      await mech.response(CREDS);
      expect(scramError(() => mech.challenge(`r=${SHA1.nonce}x,s=QSXCR+Q6sek8bf92,i=${i}`)).code).toBe(
        "invalid-iterations",
      );
    }
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    await mech.response(CREDS);
    expect(() => mech.challenge(`r=${SHA1.nonce}x,s=QSXCR+Q6sek8bf92,i=${MAX_ITERATIONS}`)).not.toThrow();
  });

  it("rejects malformed server-first messages", async () => {
    const bad = [
      `m=ext,r=${SHA1.nonce}x,s=QSXCR+Q6sek8bf92,i=4096`, // unknown mandatory extension
      `s=QSXCR+Q6sek8bf92,r=${SHA1.nonce}x,i=4096`,
      `r=${SHA1.nonce}x,s=,i=4096`,
      `r=${SHA1.nonce}x,s=not base64!,i=4096`,
      "garbage",
    ];
    for (const message of bad) {
      const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
      await mech.response(CREDS);
      expect(scramError(() => mech.challenge(message)).code).toBe("malformed-message");
    }
  });

  it("refuses messages out of order and a missing password", async () => {
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    expect(scramError(() => mech.challenge(SHA1.serverFirst)).code).toBe("unexpected-message");
    await mech.response(CREDS);
    await expect(mech.response(CREDS)).rejects.toMatchObject({ code: "unexpected-message" });
    mech.challenge(SHA1.serverFirst);
    await expect(mech.response({ username: "user", password: null })).rejects.toMatchObject({
      code: "missing-password",
    });
  });
});

describe("SCRAM names and passwords", () => {
  it("escapes = and , in the username and authzid", async () => {
    expect(saslName("a=b,c")).toBe("a=3Db=2Cc");
    const mech = new ScramSha1Mechanism({ clientNonce: "abc" });
    expect(await mech.response({ username: "u=1,2", password: "p", authzid: "x,y@z" })).toBe(
      "n,a=x=2Cy@z,n=u=3D1=2C2,r=abc",
    );
  });

  it("sends UTF-8 as a byte string, as xmpp.js's btoa expects", async () => {
    const wire = await new ScramSha1Mechanism({ clientNonce: "abc" }).response({ username: "zoë", password: "p" });
    expect(Buffer.from(btoa(wire), "base64").toString("utf8")).toBe("n,,n=zoë,r=abc");
  });

  it("SASLpreps the password (mapping and NFKC)", async () => {
    expect(saslprepPassword("pen\u00A0cil\u00AD")).toBe("pen cil");
    expect(saslprepPassword("\uFF50encil")).toBe("pencil");
    const mech = new ScramSha1Mechanism({ clientNonce: SHA1.nonce });
    expect(await toClientFinal(mech, SHA1.serverFirst, { username: "user", password: "\uFF50en\u200Dcil" })).toBe(
      SHA1.clientFinal,
    );
  });
});

describe("useNativeScram", () => {
  it("puts SCRAM-SHA-256 and SCRAM-SHA-1 first and drops the stock SCRAM-SHA-1", () => {
    const xmpp = newClient();
    const factory = factoryOf(xmpp);
    const stock = factory._mechs.find(({ name }) => name === "SCRAM-SHA-1")?.mech;
    expect(stock).toBeDefined();

    useNativeScram(xmpp);
    useNativeScram(xmpp); // idempotent
    expect(factory._mechs.map(({ name }) => name)).toEqual(["SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN", "ANONYMOUS"]);
    expect(factory._mechs.some(({ mech }) => mech === stock)).toBe(false);
  });

  it("makes saslFactory.create pick the strongest offered mechanism", () => {
    const xmpp = newClient();
    useNativeScram(xmpp);
    const factory = factoryOf(xmpp);
    expect(factory.create(["SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN"])).toBeInstanceOf(ScramSha256Mechanism);
    expect(factory.create(["PLAIN", "SCRAM-SHA-1"])).toBeInstanceOf(ScramSha1Mechanism);
    expect(factory.create(["PLAIN"])).not.toBeInstanceOf(ScramMechanism);
  });

  it("picks SCRAM-SHA-256 from a server's <mechanisms/> as xmpp.js's SASL does", async () => {
    const xmpp = newClient();
    useNativeScram(xmpp);
    const factory = factoryOf(xmpp);
    const NS = "urn:ietf:params:xml:ns:xmpp-sasl";
    const offered = xml(
      "mechanisms",
      { xmlns: NS },
      ...["PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-256"].map((name) => xml("mechanism", {}, name)),
    );
    const usable = getAvailableMechanisms(offered, NS, factory as unknown as Parameters<typeof getAvailableMechanisms>[2]);
    expect(usable).toEqual(["SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN"]);

    const mech = factory.create(usable);
    expect(mech).toBeInstanceOf(ScramSha256Mechanism);
    expect(await (mech as ScramMechanism).response(CREDS)).toMatch(/^n,,n=user,r=[A-Za-z0-9+/]{24}$/);
  });

  it("rejects a non-client", () => {
    expect(() => useNativeScram({} as ReturnType<typeof client>)).toThrow(TypeError);
  });

  describe("checks server-final in a SASL <success/>", () => {
    const NS = "urn:ietf:params:xml:ns:xmpp-sasl";

    /** A client whose SCRAM-SHA-1 uses the RFC nonce, run to client-final. */
    async function atSuccess() {
      const xmpp = newClient();
      const restart = vi.fn(async () => xml("stream"));
      xmpp.restart = restart;
      useNativeScram(xmpp);
      const factory = factoryOf(xmpp);
      factory._mechs.unshift({
        name: "SCRAM-SHA-1",
        mech: class extends ScramSha1Mechanism {
          constructor() {
            super({ clientNonce: SHA1.nonce });
          }
        },
      });
      const mech = factory.create(["SCRAM-SHA-1"]) as ScramMechanism;
      await toClientFinal(mech, SHA1.serverFirst);
      return { xmpp, restart };
    }

    it("restarts the stream when the signature matches", async () => {
      const { xmpp, restart } = await atSuccess();
      xmpp.emit("nonza", xml("success", { xmlns: NS }, btoa(SHA1.serverFinal)));
      await xmpp.restart();
      expect(restart).toHaveBeenCalledOnce();
    });

    it("throws from the restart instead when it does not", async () => {
      const { xmpp, restart } = await atSuccess();
      xmpp.emit("nonza", xml("success", { xmlns: NS }, btoa("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
      await expect(xmpp.restart()).rejects.toMatchObject({ code: "server-signature-mismatch" });
      expect(restart).not.toHaveBeenCalled();
    });

    it("throws from the restart when <success/> is empty", async () => {
      const { xmpp, restart } = await atSuccess();
      xmpp.emit("nonza", xml("success", { xmlns: NS }));
      await expect(xmpp.restart()).rejects.toBeInstanceOf(ScramError);
      expect(restart).not.toHaveBeenCalled();
    });
  });
});

describe("useNativeScram over a real stream", () => {
  // A loopback stand-in for a server that does not know the password: it plays
  // SCRAM-SHA-1 up to <success/> and then sends a made-up server signature.
  it("fails start() when the server signature is forged", async () => {
    const NS = "urn:ietf:params:xml:ns:xmpp-sasl";
    const server = createServer((socket) => {
      socket.on("data", (data) => {
        const text = data.toString();
        if (text.includes("<stream:stream")) {
          socket.write(
            "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' " +
              "id='s1' from='example.test' version='1.0'><stream:features>" +
              `<mechanisms xmlns='${NS}'><mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>`,
          );
        }
        const auth = /<auth [^>]*>([^<]+)<\/auth>/.exec(text);
        if (auth?.[1]) {
          const nonce = /,r=([^,]+)$/.exec(atob(auth[1]))?.[1];
          socket.write(`<challenge xmlns='${NS}'>${btoa(`r=${nonce}srv,s=QSXCR+Q6sek8bf92,i=4096`)}</challenge>`);
        }
        if (text.includes("<response")) {
          socket.write(`<success xmlns='${NS}'>${btoa("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")}</success>`);
        }
        if (text.includes("</stream:stream>")) socket.end("</stream:stream>");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;

    const xmpp = client({ service: `xmpp://127.0.0.1:${port}`, domain: "example.test", username: "user", password: "pencil" });
    useNativeScram(xmpp);
    xmpp.on("error", () => {});
    const online = vi.fn();
    xmpp.on("online", online);
    try {
      await expect(xmpp.start()).rejects.toMatchObject({ code: "server-signature-mismatch" });
      expect(online).not.toHaveBeenCalled();
    } finally {
      await xmpp.stop();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
