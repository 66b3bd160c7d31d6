/**
 * Benchmark 1: CPU cost of one sign-in at Prosody's default 10000 SCRAM
 * iterations, measured in this process with process.cpuUsage() (user+system,
 * all threads, so the libuv pool running async pbkdf2 counts too):
 *  - Ferry: `signIn` from account-session.ts (native SCRAM, stream management off);
 *  - stock: plain @xmpp/client `client()` (its JavaScript SCRAM-SHA-1), SM turned off
 *    the same way so only the SASL mechanism differs;
 *  - PLAIN: the same connection with only the PLAIN mechanism, i.e. every round
 *    trip of a sign-in (TCP, stream, features, auth, restart, bind) without any
 *    key derivation. This is the "round trips" share of the cost;
 *  - raw: crypto.pbkdf2Sync(password, salt, 10000, 20, "sha1").
 * Sign-ins run one after the other, each followed by close().
 */
import { pbkdf2Sync, randomBytes } from "node:crypto";
import { client, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { ProsodyServer } from "../src/devserver/prosody.ts";
import { signIn } from "../src/protocol/connection/account-session.ts";
import { withoutStreamManagement } from "../src/protocol/connection/without-stream-management.ts";
import { registerMany, cpuMs, median, round } from "./lib/common.ts";

export interface SignInOptions {
  ferry: number;
  stock: number;
  plain: number;
  pbkdf2: number;
  log: (line: string) => void;
}

export interface Cost {
  n: number;
  cpuMs: number;
  wallMs: number;
}

export interface SignInResult {
  serverIterations: number | undefined;
  ferry: Cost;
  stock: Cost;
  plain: Cost;
  pbkdf2CpuMs: number;
  /** Ferry CPU / (raw pbkdf2 + PLAIN sign-in CPU). */
  ratio: number;
  stockOverFerry: number;
}

const JID = "signin@old.test";
const PASSWORD = "sign-in-bench-password";

function stockClient(service: string, plain = false): Client {
  const credentials = { username: "signin", password: PASSWORD };
  const xmpp = client({
    service,
    domain: "old.test",
    resource: "bench",
    // @xmpp/client never picks PLAIN on an unencrypted stream by itself; choose it explicitly.
    ...(plain
      ? { credentials: async (authenticate: (c: typeof credentials, mechanism: string) => Promise<void>) => authenticate(credentials, "PLAIN") }
      : credentials),
  } as Parameters<typeof client>[0]);
  withoutStreamManagement(xmpp);
  xmpp.reconnect.stop();
  xmpp.on("error", () => undefined);
  return xmpp;
}

async function measure(n: number, once: () => Promise<void>): Promise<Cost> {
  await once(); // warm-up: module loading and JIT are not a sign-in's cost
  const cpus: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = cpuMs();
    const w0 = performance.now();
    await once();
    walls.push(performance.now() - w0);
    cpus.push(cpuMs() - c0);
  }
  return { n, cpuMs: median(cpus), wallMs: median(walls) };
}

export async function runSignIn(server: ProsodyServer, o: SignInOptions): Promise<SignInResult> {
  const serviceMap = Object.fromEntries(server.hosts.map((h) => [h, server.service]));
  await registerMany(serviceMap, [{ user: "signin", host: "old.test", password: PASSWORD }]);

  // Read the iteration count the server really asks for (server-first-message i=).
  let serverIterations: number | undefined;
  {
    const probe = stockClient(server.service);
    (probe as unknown as { on(e: string, f: (el: Element) => void): void }).on("element", (el: Element) => {
      if (el.name === "challenge") {
        const m = /(?:^|,)i=(\d+)/.exec(Buffer.from(el.text(), "base64").toString());
        if (m) serverIterations = Number(m[1]);
      }
    });
    await probe.start();
    await probe.stop();
  }
  o.log(`  server asks for ${serverIterations} SCRAM iterations`);

  const salt = randomBytes(16);
  pbkdf2Sync(PASSWORD, salt, 10000, 20, "sha1");
  const pb: number[] = [];
  for (let i = 0; i < o.pbkdf2; i++) {
    const c0 = cpuMs();
    pbkdf2Sync(PASSWORD, salt, 10000, 20, "sha1");
    pb.push(cpuMs() - c0);
  }
  const pbkdf2CpuMs = median(pb);

  const ferry = await measure(o.ferry, async () => {
    const s = await signIn(JID, PASSWORD, { serviceMap });
    await s.close();
  });
  const plain = await measure(o.plain, async () => {
    const xmpp = stockClient(server.service, true);
    await xmpp.start();
    await xmpp.stop();
  });
  const stock = await measure(o.stock, async () => {
    const xmpp = stockClient(server.service);
    await xmpp.start();
    await xmpp.stop();
  });
  const ratio = ferry.cpuMs / (pbkdf2CpuMs + plain.cpuMs);
  o.log(
    `  raw pbkdf2 ${round(pbkdf2CpuMs)} ms; CPU per sign-in (median): Ferry ${round(ferry.cpuMs)} ms (wall ${round(ferry.wallMs)}), ` +
      `PLAIN ${round(plain.cpuMs)} ms (wall ${round(plain.wallMs)}), stock ${round(stock.cpuMs)} ms (wall ${round(stock.wallMs)})`,
  );
  return { serverIterations, ferry, stock, plain, pbkdf2CpuMs, ratio, stockOverFerry: stock.cpuMs / ferry.cpuMs };
}
