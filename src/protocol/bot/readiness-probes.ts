import { signIn } from "../connection/account-session.ts";
import { serviceCandidates } from "../connection/service-candidates.ts";
import { serverCommands } from "../account/server-admin.ts";
import { findUploadService, type UploadService } from "../account/http-upload.ts";
import { fetchRegistrationForm } from "../account/in-band-registration.ts";
import { hasPep } from "../profile/pep.ts";
import { domainOf } from "../../core/jid.ts";

/** What `ferry check` asks the bot's server, over a session of the bot's own. */
export interface BotReadiness {
  /** The ad-hoc nodes the server lets the bot run (empty when it will not say). */
  commands(): Promise<Set<string>>;
  upload(): Promise<UploadService | undefined>;
  pep(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ReadinessProbeOptions {
  jid: string;
  password: string;
  /** FERRY_SERVICE_MAP with FERRY_SERVICE, when set, as the bot domain's entry. */
  serviceMap: Record<string, string>;
  /** Limit for each connection. */
  timeoutMs: number;
}

/**
 * The XMPP side of `ferry check`. The bot signs in on a resource of its own
 * and sends no presence, so a running Ferry keeps its session and users see
 * nothing.
 */
export function readinessProbes(o: ReadinessProbeOptions) {
  return {
    /** Where the bot's domain is looked for, in order. */
    services: () => serviceCandidates(o.jid, o.serviceMap),
    /** Signs the bot in; rejects with a SignInError. */
    async signIn(): Promise<BotReadiness> {
      const session = await signIn(o.jid, o.password, { serviceMap: o.serviceMap, timeoutMs: o.timeoutMs, resource: `ferry-check-${Math.random().toString(36).slice(2, 8)}` });
      return {
        commands: () => serverCommands(session, domainOf(o.jid)),
        upload: () => findUploadService(session),
        pep: () => hasPep(session),
        close: () => session.close(),
      };
    },
    /** What a provider's XEP-0077 sign-up is like, as `move` sees it; rejects when it cannot be asked. */
    async registration(domain: string): Promise<"open" | "web" | "closed"> {
      return (await fetchRegistrationForm(domain, o.serviceMap, { timeoutMs: o.timeoutMs })).kind;
    },
  };
}

export type ReadinessProbes = ReturnType<typeof readinessProbes>;
