import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { readRoster } from "../../src/protocol/account/roster.ts";
import { domainOf, isUserJid, normaliseJid } from "../../src/core/jid.ts";
import type { JobStore } from "../../src/jobs/job-store.ts";
import { moveStateOf, readMoves, type MoveState } from "./move-state.ts";
import { listOnlineUsers, ONLINE_USERS_NODE, REGISTERED_USERS_NODE, runUserList, serverCommands } from "../../src/protocol/account/server-admin.ts";

/** Who a broadcast goes to. A pasted list travels with the spec, so a repetition reaches the same people. */
export type AudienceKind = "registered" | "pasted" | "online" | "started" | "not-started";
export const AUDIENCE_KINDS: AudienceKind[] = ["registered", "pasted", "online", "started", "not-started"];
export interface AudienceSpec {
  kind: AudienceKind;
  list?: string[];
}

/** How many each choice reaches; `registeredComplete` is false when the server does not list its accounts. */
export interface AudienceCounts {
  registered: number;
  registeredComplete: boolean;
  /** Undefined when the server does not say who is online. */
  online?: number;
  started: number;
  notStarted: number;
}

/** Addresses from pasted text (one per line, or separated by spaces, commas or semicolons), deduplicated, plus what was not an address. */
export function parseJidList(text: string): { jids: string[]; invalid: string[] } {
  const jids = new Set<string>();
  const invalid: string[] = [];
  for (const word of text.split(/[\s,;]+/).filter(Boolean)) {
    const jid = isUserJid(word.replace(/^xmpp:/i, "")) ? normaliseJid(word.replace(/^xmpp:/i, "")) : undefined;
    if (jid) jids.add(jid);
    else invalid.push(word);
  }
  return { jids: [...jids], invalid };
}

/** Users in a given state (see moveStateOf), from a list of people. */
export function inStates(users: string[], states: Map<string, MoveState>, wanted: MoveState[]): string[] {
  return users.filter((u) => wanted.includes(states.get(u) ?? "not-started"));
}

/**
 * Who "all users" reaches, by the XEP-0133 lists the server lets the bot run:
 * every account with the registered-users list; without it everyone Ferry
 * knows of on the domain, online users included when that list is offered.
 * Audiences.registered() follows it; `ferry check` tells the admin which case applies.
 */
export type AllUsersReach = "every-account" | "known-and-online" | "known";

export function allUsersReach(commands: ReadonlySet<string>): AllUsersReach {
  if (commands.has(REGISTERED_USERS_NODE)) return "every-account";
  return commands.has(ONLINE_USERS_NODE) ? "known-and-online" : "known";
}

export interface AudienceDeps {
  /** The bot's own connection. */
  session: AccountSession;
  domain: string;
  jobs: JobStore;
  /** Everyone who ever wrote to the bot. */
  knownUsers: () => Promise<string[]>;
}

/**
 * Turns an audience choice into addresses. "Registered" comes from the
 * server's XEP-0133 list; a server without one (Prosody 0.12) yields everyone
 * of the domain Ferry knows: online now, in the bot's roster, with a move, or
 * who ever wrote to the bot.
 */
export class Audiences {
  constructor(private readonly deps: AudienceDeps) {}

  /** Each person with a job, and the state of their move. */
  async moveStates(): Promise<Map<string, MoveState>> {
    return new Map((await readMoves(this.deps.jobs)).map((m) => [m.user, moveStateOf(m)]));
  }

  async online(): Promise<string[] | undefined> {
    return this.without(await listOnlineUsers(this.deps.session, this.deps.domain));
  }

  async registered(states?: Map<string, MoveState>): Promise<{ users: string[]; complete: boolean }> {
    const { session, domain } = this.deps;
    const reach = allUsersReach(await serverCommands(session, domain));
    if (reach === "every-account") return { users: this.without(await runUserList(session, domain, REGISTERED_USERS_NODE))!, complete: true };
    const online = reach === "known-and-online" ? await runUserList(session, domain, ONLINE_USERS_NODE) : [];
    const roster = (await readRoster(session).catch(() => [])).map((i) => i.jid);
    const known = [...online, ...roster, ...(states ?? (await this.moveStates())).keys(), ...(await this.deps.knownUsers())];
    const ofDomain = known.filter((j) => isUserJid(j) && domainOf(j) === this.deps.domain).map((j) => normaliseJid(j)!);
    return { users: this.without([...new Set(ofDomain)])!, complete: false };
  }

  async resolve(spec: AudienceSpec): Promise<string[]> {
    const states = await this.moveStates();
    switch (spec.kind) {
      case "pasted":
        return this.without(spec.list ?? [])!;
      case "online":
        return (await this.online()) ?? [];
      case "started":
        return inStates([...states.keys()], states, ["in-progress", "failed"]);
      case "registered":
        return (await this.registered(states)).users;
      case "not-started":
        return inStates((await this.registered(states)).users, states, ["not-started"]);
    }
  }

  async counts(): Promise<AudienceCounts> {
    const states = await this.moveStates();
    const registered = await this.registered(states);
    const online = await this.online();
    return {
      registered: registered.users.length,
      registeredComplete: registered.complete,
      ...(online ? { online: online.length } : {}),
      started: inStates([...states.keys()], states, ["in-progress", "failed"]).length,
      notStarted: inStates(registered.users, states, ["not-started"]).length,
    };
  }

  /** The bot never sends itself a notice. */
  private without(users: string[] | undefined): string[] | undefined {
    return users?.filter((u) => u !== this.deps.session.jid);
  }
}
