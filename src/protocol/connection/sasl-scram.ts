/**
 * SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677) SASL client mechanisms on
 * node:crypto, for @xmpp/client 0.14.
 *
 * Why: the stock SCRAM-SHA-1 (sasl-scram-sha-1 1.4) derives the salted
 * password with one WebCrypto HMAC call per iteration (0.4-0.6 s of CPU per
 * sign-in at 10000 iterations on the dev machine); the native, asynchronous
 * `crypto.pbkdf2` takes milliseconds on a libuv worker and leaves the event loop
 * free. The stock mechanism also never checks the server signature; these do.
 * No channel binding: the gs2 header is always "n,,..." (or "n,a=...," with an
 * authzid).
 */
import { createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import type { Client } from "@xmpp/client";

const pbkdf2Async = promisify(pbkdf2);

/**
 * Highest iteration count a server may ask for. Servers ship with 4096
 * (ejabberd, Openfire) or 10000 (Prosody); OWASP's current advice for
 * PBKDF2-HMAC-SHA-256 is 600000. One derivation at 1,000,000 costs a libuv
 * worker roughly 0.3-0.5 s, which bounds the work a hostile or broken server
 * can make Ferry do per sign-in (the count is a 32-bit field, so unbounded it
 * could pin a worker for minutes).
 */
export const MAX_ITERATIONS = 1_000_000;

export type ScramName = "SCRAM-SHA-1" | "SCRAM-SHA-256";

export type ScramErrorCode =
  | "server-error" // the server sent e=
  | "malformed-message"
  | "invalid-nonce"
  | "invalid-iterations"
  | "server-signature-mismatch"
  | "missing-password"
  | "unexpected-message";

export class ScramError extends Error {
  override name = "ScramError";
  constructor(
    message: string,
    readonly code: ScramErrorCode,
    /** The server's e= value, for code "server-error". */
    readonly serverError?: string,
  ) {
    super(message);
  }
}

export interface ScramOptions {
  /** Fixed client nonce, for RFC test vectors only; random otherwise. */
  clientNonce?: string;
}

/** The fields xmpp.js passes to `response()` that SCRAM uses. */
export interface ScramCredentials {
  username?: string | null;
  password?: string | null;
  authzid?: string | null;
}

type Stage =
  | { step: "start" }
  | { step: "sent-first"; gs2Header: string; firstBare: string }
  | {
      step: "got-first";
      gs2Header: string;
      firstBare: string;
      serverFirst: string;
      nonce: string;
      salt: Buffer;
      iterations: number;
    }
  | { step: "sent-final"; serverSignature: Buffer }
  | { step: "verified" };

// xmpp.js base64-codes SASL payloads with btoa/atob, which work on strings of
// bytes (one char per byte), so UTF-8 text must cross that boundary as latin1.
const toWire = (text: string): string => Buffer.from(text, "utf8").toString("latin1");
const fromWire = (bytes: string): string => Buffer.from(bytes, "latin1").toString("utf8");

/** RFC 5802 saslname: "=" and "," would break the attribute syntax. */
export function saslName(name: string): string {
  return name.replace(/=/g, "=3D").replace(/,/g, "=2C");
}

// RFC 3454 C.1.2 (non-ASCII spaces, mapped to U+0020) and B.1 (mapped to nothing).
const NON_ASCII_SPACE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
const MAPPED_TO_NOTHING = /[\u00AD\u034F\u1806\u180B-\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;

/**
 * SASLprep's mapping and normalisation (RFC 4013 §2.1-2.2) without its
 * prohibition and bidi checks. Servers such as Prosody SASLprep the password
 * before hashing it, so a non-ASCII password must be normalised the same way
 * here or the proofs differ; a password the full profile would reject fails at
 * the server anyway.
 */
export function saslprepPassword(password: string): string {
  return password.replace(NON_ASCII_SPACE, " ").replace(MAPPED_TO_NOTHING, "").normalize("NFKC");
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decodeBase64(value: string, what: string): Buffer {
  if (value === "" || !BASE64.test(value)) {
    throw new ScramError(`SCRAM: ${what} is not valid base64`, "malformed-message");
  }
  return Buffer.from(value, "base64");
}

/** Splits "k=v,k=v" into ordered pairs; values may contain "=" (base64). */
function attributes(message: string): Array<[string, string]> {
  return message.split(",").map((part) => {
    if (!/^[A-Za-z]=/.test(part)) {
      throw new ScramError(`SCRAM: malformed attribute in server message`, "malformed-message");
    }
    return [part.charAt(0), part.slice(2)];
  });
}

function throwIfServerError(attrs: Array<[string, string]>): void {
  const first = attrs[0];
  if (first?.[0] === "e") {
    throw new ScramError(`SCRAM: server error: ${first[1]}`, "server-error", first[1]);
  }
}

export abstract class ScramMechanism {
  // Getters rather than fields: saslmechanisms reads `Mechanism.prototype.name`.
  abstract get name(): ScramName;
  protected abstract get digest(): "sha1" | "sha256";
  protected abstract get keyLength(): number;

  /** The client speaks first (client-first-message goes in <auth/>). */
  get clientFirst(): true {
    return true;
  }

  readonly #clientNonce: string;
  #stage: Stage = { step: "start" };

  constructor(options: ScramOptions = {}) {
    // 18 bytes give 24 base64 characters, none of them ",".
    this.#clientNonce = options.clientNonce ?? randomBytes(18).toString("base64");
  }

  /** Next client message, as a byte string for xmpp.js. */
  async response(cred: ScramCredentials): Promise<string> {
    const stage = this.#stage;
    switch (stage.step) {
      case "start": {
        const gs2Header = cred.authzid ? `n,a=${saslName(cred.authzid)},` : "n,,";
        const firstBare = `n=${saslName(cred.username ?? "")},r=${this.#clientNonce}`;
        this.#stage = { step: "sent-first", gs2Header, firstBare };
        return toWire(gs2Header + firstBare);
      }
      case "got-first":
        return toWire(await this.#clientFinal(stage, cred));
      case "verified":
        // The server sent server-final as a challenge; the reply is empty.
        return "";
      default:
        throw new ScramError(`SCRAM: no response expected at step ${stage.step}`, "unexpected-message");
    }
  }

  /** A server challenge: server-first-message, or server-final as a challenge. */
  challenge(chal: string): void {
    const message = fromWire(chal);
    switch (this.#stage.step) {
      case "sent-first":
        this.#serverFirst(this.#stage.gs2Header, this.#stage.firstBare, message);
        return;
      case "sent-final":
        this.#verify(this.#stage.serverSignature, message);
        return;
      default:
        throw new ScramError(`SCRAM: unexpected challenge at step ${this.#stage.step}`, "unexpected-message");
    }
  }

  /**
   * Server-final-message from <success/> (SASL2 calls this with
   * additional-data; `useNativeScram` does for SASL). Empty data is fine only
   * if server-final already came as a challenge.
   */
  final(data: string): void {
    const stage = this.#stage;
    if (stage.step === "sent-final") {
      this.#verify(stage.serverSignature, fromWire(data));
    } else if (!(stage.step === "verified" && data === "")) {
      throw new ScramError(`SCRAM: unexpected success at step ${stage.step}`, "unexpected-message");
    }
  }

  #serverFirst(gs2Header: string, firstBare: string, message: string): void {
    const attrs = attributes(message);
    throwIfServerError(attrs);
    const [r, s, i] = attrs;
    // RFC 5802: r, s, i in this order; a leading m= is a mandatory extension we do not know.
    if (r?.[0] !== "r" || s?.[0] !== "s" || i?.[0] !== "i") {
      throw new ScramError("SCRAM: server-first-message lacks r, s, i", "malformed-message");
    }
    const nonce = r[1];
    if (!nonce.startsWith(this.#clientNonce) || nonce.length === this.#clientNonce.length) {
      throw new ScramError("SCRAM: server nonce does not extend the client nonce", "invalid-nonce");
    }
    const salt = decodeBase64(s[1], "salt");
    const iterations = /^[1-9][0-9]{0,9}$/.test(i[1]) ? Number(i[1]) : 0;
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new ScramError(
        `SCRAM: iteration count ${JSON.stringify(i[1])} outside 1..${MAX_ITERATIONS}`,
        "invalid-iterations",
      );
    }
    this.#stage = { step: "got-first", gs2Header, firstBare, serverFirst: message, nonce, salt, iterations };
  }

  async #clientFinal(stage: Extract<Stage, { step: "got-first" }>, cred: ScramCredentials): Promise<string> {
    if (typeof cred.password !== "string") {
      throw new ScramError("SCRAM: no password given", "missing-password");
    }
    const saltedPassword = await pbkdf2Async(
      saslprepPassword(cred.password),
      stage.salt,
      stage.iterations,
      this.keyLength,
      this.digest,
    );
    const hmac = (key: Buffer, text: string): Buffer => createHmac(this.digest, key).update(text, "utf8").digest();

    const clientKey = hmac(saltedPassword, "Client Key");
    const storedKey = createHash(this.digest).update(clientKey).digest();
    const withoutProof = `c=${Buffer.from(stage.gs2Header, "utf8").toString("base64")},r=${stage.nonce}`;
    const authMessage = `${stage.firstBare},${stage.serverFirst},${withoutProof}`;
    const clientSignature = hmac(storedKey, authMessage);
    const proof = Buffer.alloc(clientKey.length);
    for (let n = 0; n < proof.length; n++) proof[n] = clientKey[n]! ^ clientSignature[n]!;

    this.#stage = { step: "sent-final", serverSignature: hmac(hmac(saltedPassword, "Server Key"), authMessage) };
    return `${withoutProof},p=${proof.toString("base64")}`;
  }

  #verify(expected: Buffer, message: string): void {
    const attrs = attributes(message);
    throwIfServerError(attrs);
    const v = attrs[0];
    if (v?.[0] !== "v") {
      throw new ScramError("SCRAM: server-final-message lacks v=", "malformed-message");
    }
    const got = decodeBase64(v[1], "server signature");
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
      throw new ScramError(
        "SCRAM: server signature mismatch; the server does not know the password",
        "server-signature-mismatch",
      );
    }
    this.#stage = { step: "verified" };
  }
}

export class ScramSha1Mechanism extends ScramMechanism {
  get name(): "SCRAM-SHA-1" {
    return "SCRAM-SHA-1";
  }
  protected get digest(): "sha1" {
    return "sha1";
  }
  protected get keyLength(): number {
    return 20;
  }
}

export class ScramSha256Mechanism extends ScramMechanism {
  get name(): "SCRAM-SHA-256" {
    return "SCRAM-SHA-256";
  }
  protected get digest(): "sha256" {
    return "sha256";
  }
  protected get keyLength(): number {
    return 32;
  }
}

// The parts of an @xmpp/client 0.14 client this module touches; @types/xmpp__client
// does not declare saslFactory.
interface SaslFactory {
  _mechs: Array<{ name: string; mech: new () => unknown }>;
  create(names: string[]): unknown;
}
interface NonzaElement {
  is(name: string, xmlns?: string): boolean;
  text(): string;
}
interface ClientInternals {
  saslFactory?: SaslFactory;
  on(event: "nonza", listener: (element: NonzaElement) => void): unknown;
  restart(): Promise<unknown>;
}

const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
const installed = new WeakSet<object>();

/**
 * Puts SCRAM-SHA-256 and SCRAM-SHA-1 on node:crypto at the front of the
 * client's SASL mechanisms, replacing the stock JavaScript SCRAM-SHA-1, so the
 * strongest offered one wins: SCRAM-SHA-256 > SCRAM-SHA-1 > PLAIN. SASL2
 * (XEP-0388) shares this factory; FAST tokens use their own and are untouched.
 *
 * SASL (RFC 6120) in xmpp.js ignores the data in <success/>, so this also
 * checks server-final there and, on a mismatch, makes the stream restart that
 * follows throw: `start()` then rejects with a ScramError and the stream is not
 * used; as after any SASL failure, the caller should `stop()` the client.
 * Under SASL2, xmpp.js itself hands <additional-data/> to `final()`; a SASL2
 * <success/> without it goes unchecked. Call once per client, before `start()`.
 */
export function useNativeScram(xmpp: Client): void {
  const entity = xmpp as unknown as ClientInternals;
  const factory = entity.saslFactory;
  if (!factory || !Array.isArray(factory._mechs)) {
    throw new TypeError("useNativeScram: not an @xmpp/client 0.14 client (no saslFactory)");
  }
  if (installed.has(entity)) return;
  installed.add(entity);

  factory._mechs = [
    { name: "SCRAM-SHA-256", mech: ScramSha256Mechanism },
    { name: "SCRAM-SHA-1", mech: ScramSha1Mechanism },
    ...factory._mechs.filter(({ name }) => name !== "SCRAM-SHA-1" && name !== "SCRAM-SHA-256"),
  ];

  // Remember the mechanism of the current attempt so <success/> can be checked.
  let active: ScramMechanism | undefined;
  const create = factory.create.bind(factory);
  factory.create = (names) => {
    const mech = create(names);
    active = mech instanceof ScramMechanism ? mech : undefined;
    return mech;
  };

  let rejected: unknown;
  // Runs synchronously on the same event as xmpp.js's SASL handler, before the restart.
  entity.on("nonza", (element) => {
    if (!active || !element.is("success", NS_SASL)) return;
    const mech = active;
    active = undefined;
    try {
      mech.final(atob(element.text()));
    } catch (err) {
      rejected = err;
    }
  });

  const restart = entity.restart.bind(entity);
  entity.restart = async () => {
    if (rejected !== undefined) {
      const err = rejected;
      rejected = undefined;
      throw err;
    }
    return restart();
  };
}
