import { SignInError } from "../../protocol/connection/account-session.ts";
import { RegistrationError } from "../../protocol/account/in-band-registration.ts";
import type { BotReadiness, ReadinessProbes } from "../../protocol/bot/readiness-probes.ts";
import type { Findings, Outcome } from "./readiness.ts";

/** The probes `ferry check` runs: the XMPP ones (src/protocol) and the store's. */
export interface CheckProbes extends ReadinessProbes {
  /** Resolves when a record can be written to the store and read back. */
  store(): Promise<void>;
}

export interface CheckSubject {
  bot: string;
  admins: string[];
  providers: string[];
  /** FERRY_STORE without its password. */
  storeUrl: string;
}

class NoAnswer extends Error {}

/** `work`, or a NoAnswer once `ms` have passed: no probe may keep `ferry check` waiting. */
function within<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work(), late]).finally(() => clearTimeout(timer));
}

/** The reason a probe failed: a sign-in's or registration's own detail (ECONNREFUSED, not-authorized), else the error's message. */
function reasonOf(err: unknown): string {
  if (err instanceof SignInError || err instanceof RegistrationError) return err.detail;
  return err instanceof Error ? err.message : String(err);
}

async function outcome<T>(ms: number, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await within(ms, work) };
  } catch (err) {
    return { ok: false, detail: reasonOf(err) };
  }
}

async function signedIn(probes: CheckProbes, timeoutMs: number): Promise<{ session: BotReadiness } | { failed: Findings["signIn"] }> {
  try {
    return { session: await within(timeoutMs, () => probes.signIn()) };
  } catch (err) {
    const tried = await probes.services().catch(() => []);
    const reason = err instanceof SignInError ? err.reason : err instanceof NoAnswer ? "unreachable" : "other";
    return { failed: { ok: false, reason, detail: reasonOf(err), tried } };
  }
}

/** Runs every probe at once, each within `timeoutMs`, and collects what they found. */
export async function gatherFindings(subject: CheckSubject, probes: CheckProbes, timeoutMs: number): Promise<Findings> {
  const bot = async (): Promise<Pick<Findings, "signIn" | "server">> => {
    const signIn = await signedIn(probes, timeoutMs);
    if ("failed" in signIn) return { signIn: signIn.failed };
    const { session } = signIn;
    try {
      const [commands, upload, pep] = await Promise.all([outcome(timeoutMs, session.commands), outcome(timeoutMs, session.upload), outcome(timeoutMs, session.pep)]);
      return { signIn: { ok: true }, server: { commands, upload, pep } };
    } finally {
      await session.close();
    }
  };
  const [server, providers, writable] = await Promise.all([
    bot(),
    Promise.all(subject.providers.map(async (domain) => ({ domain, registration: await outcome(timeoutMs, () => probes.registration(domain)) }))),
    outcome(timeoutMs, () => probes.store()),
  ]);
  return { bot: subject.bot, admins: subject.admins, ...server, providers, store: { url: subject.storeUrl, writable } };
}
