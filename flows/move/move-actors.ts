import { fromPromise } from "xstate";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { readRoster } from "../../src/protocol/account/roster.ts";
import { findGateways } from "../../src/protocol/account/gateway-discovery.ts";
import type { PlannedContact, SkipReason } from "../../src/core/migration-plan.ts";
import { markCountedRequests, planMigration, requireNotices, transportItems } from "./roster-plan.ts";
import { domainOf } from "../../src/core/jid.ts";
import type { JobStore } from "../../src/jobs/job-store.ts";
import type { JobEngine } from "../../src/jobs/job-engine.ts";
import { newJob } from "../../src/jobs/job.ts";
import { refuseWhileRunning } from "../../src/jobs/already-running.ts";
import type { ServerPaces } from "../../src/jobs/server-pace.ts";
import type { RegistrationServices } from "./sign-up-actors.ts";
import type { ProfileInventory, ProfileItem } from "../../src/protocol/profile/copy-profile.ts";
import type { RoomMembership } from "../../src/protocol/muc/room-membership.ts";
import type { PlannedRoom } from "../../src/core/room-plan.ts";
import { pacedSession } from "../../src/jobs/paced-session.ts";
import { planRoom } from "./room-plan.ts";
import { serverSoftware } from "../../src/protocol/account/server-software.ts";
import { findUploadService } from "../../src/protocol/account/http-upload.ts";
import { subscribeRateFor, subscriptionWaitMs, type SubscribeRate } from "../../src/jobs/subscription-pace.ts";
import type { MigrationPlan } from "../../src/core/migration-plan.ts";

/** What the move flow's actors need from the running bot. */
export interface MoveServices extends RegistrationServices {
  jobs: JobStore;
  engine: JobEngine;
  botJid: string;
  /** The turns toward each server (FERRY_SERVER_RATE): the plan's disco requests share them with the moves. */
  paces: ServerPaces;
  /** FERRY_SUBSCRIBE_RATE (undefined: no limit), for telling how long the requests will take. */
  subscribeRate?: SubscribeRate;
  inspectProfile(old: AccountSession): Promise<ProfileInventory>;
  inspectRooms(old: AccountSession): Promise<RoomMembership[]>;
}

/** What the user chose for their group chats when accepting the plan. */
export interface RoomChoices {
  notices: boolean;
  /** Ask the owners where the old account's rights fall short; `text`: the user's words instead of the default request. */
  requests?: { text?: string };
}

export interface SlowRequests {
  count: number;
  burst: number;
  seconds: number;
  minutes: number;
}

export interface PlanSummary {
  contacts: number;
  both: number;
  to: number;
  from: number;
  pending: number;
  none: number;
  groups: number;
  skipped: { jid: string; reason: SkipReason }[];
  /** Contact domains not asked in time whether they are gateways; their contacts are moved. */
  unchecked: string[];
  /** Profile data found on the old account, with counts where they mean something. */
  profile: { item: ProfileItem; count: number }[];
  /** The bookmarked group chats and what the move will do in each. */
  rooms: PlannedRoom[];
  /** Contacts who can see the user now that the new server cannot pre-approve (it has no RFC 6121 pre-approval). */
  needApproval?: number;
  /** Contacts whose server may strip `<moved/>` from the request (ejabberd): they get the chat notice in any case. */
  noticeRequired?: number;
  /** The new server's limit on subscription requests, when it delays them: how many, and about how long they take. */
  slowRequests?: SlowRequests;
  /** The contact servers' limit on requests arriving from another server, when it delays them longer: on how many servers. */
  slowContactServers?: SlowRequests & { servers: number };
  /** The old or the new account's server takes uploads (XEP-0363): a backup made with the move can be shared. */
  canBackup?: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * What the servers do to the plan's subscription presences: pre-approvals the new server cannot keep, and
 * how long its pace (per session) or the contact servers' (per server, DestinationPaces) makes the requests
 * wait, whichever is longer. Only this move's own presences are counted toward a contact server: other
 * moves to it at the same time make the wait longer still.
 */
async function targetLimits(s: MoveServices, target: AccountSession, plan: MigrationPlan): Promise<Pick<PlanSummary, "needApproval" | "slowRequests" | "slowContactServers">> {
  const sends = (c: PlannedContact) => Number(c.subscribe) + Number(c.preApprove && target.preApproval);
  const presences = sum(plan.contacts.map(sends));
  const rate = subscribeRateFor(s.subscribeRate, s.subscribeRate && (await serverSoftware(target)));
  const waitMs = subscriptionWaitMs(rate, presences);
  const byServer = new Map<string, number>();
  for (const c of plan.contacts) if (c.serverCountsRequests) byServer.set(domainOf(c.jid), (byServer.get(domainOf(c.jid)) ?? 0) + sends(c));
  const serversWaitMs = sum([...byServer.values()].map((n) => subscriptionWaitMs(s.subscribeRate, n)));
  const slow = (count: number, ms: number) => ({ count, burst: s.subscribeRate!.burst, seconds: s.subscribeRate!.quietSeconds, minutes: Math.ceil(ms / 60_000) });
  return {
    needApproval: target.preApproval ? 0 : plan.contacts.filter((c) => c.preApprove).length,
    ...(waitMs > 0 && waitMs >= serversWaitMs ? { slowRequests: slow(presences, waitMs) } : {}),
    ...(serversWaitMs > waitMs ? { slowContactServers: { ...slow(sum([...byServer.values()]), serversWaitMs), servers: byServer.size } } : {}),
  };
}

function foundProfile(inv: ProfileInventory): PlanSummary["profile"] {
  const found: PlanSummary["profile"] = [];
  if (inv.vcard) found.push({ item: "vcard", count: 0 });
  if (inv.avatar) found.push({ item: "avatar", count: 0 });
  if (inv.nickname) found.push({ item: "nickname", count: 0 });
  if (inv.bookmarks > 0) found.push({ item: "bookmarks", count: inv.bookmarks });
  if (inv.legacyBookmarks > 0) found.push({ item: "legacy-bookmarks", count: inv.legacyBookmarks });
  if (inv.blocklist > 0) found.push({ item: "blocklist", count: inv.blocklist });
  return found;
}

const hasUploadService = async (session: AccountSession) => (await findUploadService(session).catch(() => undefined)) !== undefined;

const secretOrThrow = (s: MoveServices, conversation: string, name: string) => {
  const value = s.secrets.get(conversation, name);
  if (value === undefined) throw new Error(`no ${name} in this conversation`);
  return value;
};

/**
 * Reads the old account, asks the new one's server what it supports, and stores a draft job
 * beside the user's job; nothing changes on either server.
 */
export const planMoveActor = (s: MoveServices) =>
  fromPromise<PlanSummary, { conversation: string; user: string; target: string }>(async ({ input }) => {
    await refuseWhileRunning(s.jobs, "move", input.user);
    const old = await s.signIn(input.user, secretOrThrow(s, input.conversation, "old-password"));
    try {
      const roster = await readRoster(old);
      const itemDomains = transportItems(roster);
      const contactDomains = roster.filter((c) => c.jid.includes("@")).map((c) => domainOf(c.jid.toLowerCase()));
      // The requests go out through the old account's server.
      const lane = s.paces.of(domainOf(input.user)).join();
      let discovery: Awaited<ReturnType<typeof findGateways>>;
      let rooms: PlannedRoom[];
      try {
        discovery = await findGateways(old, contactDomains.filter((d) => d !== domainOf(input.user)), lane.take);
        rooms = (await s.inspectRooms(pacedSession(old, lane))).map(planRoom);
      } finally {
        lane.leave();
      }
      const { gateways, servers, unchecked } = discovery;
      // Contacts on the old account's own server are not asked about above.
      const ownServer = await serverSoftware(old);
      const plan = planMigration(roster, {
        source: input.user,
        target: input.target,
        bot: s.botJid,
        gatewayDomains: new Set([...itemDomains, ...gateways]),
      });
      const serverOf = (domain: string) => (domain === domainOf(input.user) ? ownServer : servers.get(domain));
      const noticeRequired = requireNotices(plan, serverOf);
      markCountedRequests(plan, serverOf, domainOf(input.target.toLowerCase()));
      const profile = await s.inspectProfile(old);
      const target = await s.signIn(input.target, secretOrThrow(s, input.conversation, "new-password"));
      let limits: Awaited<ReturnType<typeof targetLimits>>;
      let canBackup: boolean;
      try {
        limits = await targetLimits(s, target, plan);
        canBackup = (await hasUploadService(target)) || (await hasUploadService(old));
      } finally {
        await target.close();
      }
      const draft = newJob("move", s.engine.newJobId(), input.user, input.target, plan.contacts, plan.skipped, plan.groups);
      draft.rooms = rooms.map((r) => ({ ...r, state: "pending" }));
      await s.jobs.saveDraft(draft);
      return {
        contacts: plan.contacts.length,
        ...plan.bySubscription,
        groups: plan.groups.length,
        skipped: plan.skipped.map(({ jid, reason }) => ({ jid, reason })),
        unchecked,
        profile: foundProfile(profile),
        rooms,
        ...(noticeRequired > 0 ? { noticeRequired } : {}),
        ...limits,
        ...(canBackup ? { canBackup } : {}),
      };
    } finally {
      await old.close();
    }
  });

/**
 * Starts the accepted plan (`notify` given: the draft becomes the user's job
 * only now, with the backup asked for, which the job makes first) or resumes the journaled job; the passwords leave the vault as
 * soon as both sign-ins worked.
 */
export const startMoveActor = (s: MoveServices) =>
  fromPromise<void, { conversation: string; user: string; notify?: boolean; rooms?: RoomChoices; backupHistory?: string }>(async ({ input }) => {
    if (input.notify !== undefined) {
      // Checked again: a move may have started from another conversation since the plan.
      await refuseWhileRunning(s.jobs, "move", input.user);
      const draft = await s.jobs.draft(input.user);
      if (!draft) throw new Error(`no planned move for ${input.user}`);
      draft.notifyContacts = input.notify;
      draft.roomNotices = input.rooms?.notices === true;
      if (input.rooms?.requests) draft.roomRequests = input.rooms.requests;
      if (input.backupHistory) draft.historyBackup = { history: input.backupHistory, state: "pending" };
      await s.jobs.adopt(draft);
    }
    const passwords = { old: secretOrThrow(s, input.conversation, "old-password"), new: secretOrThrow(s, input.conversation, "new-password") };
    await s.engine.start("move", input.user, passwords);
    s.secrets.clear(input.conversation);
  });
