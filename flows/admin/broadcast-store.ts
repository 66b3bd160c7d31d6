import type Keyv from "keyv";
import type { AudienceSpec } from "./audience.ts";
import { storeAtomics, type StoreAtomics } from "../../src/store/atomics.ts";
import { legacyList } from "../../src/store/legacy-list.ts";

/** A notice: the default-language text under the default locale, and any translations. */
export type NoticeTexts = Record<string, string>;

/** One sending of a notice to a fixed list of people; the list is fixed when it starts. */
export interface Broadcast {
  id: string;
  /** The admin who sent it (and gets progress and the report). */
  by: string;
  createdAt: string;
  texts: NoticeTexts;
  audience: AudienceSpec;
  recipients: string[];
  status: "sending" | "done";
  finishedAt?: string;
  /** Set when this is a reminder of a repeating broadcast. */
  scheduleId?: string;
}

/** What happened to one recipient; recorded before the message leaves, so a restart never sends it twice. */
export type Delivery = { state: "sent"; at: string } | { state: "failed"; reason: string; at: string };

/** A repeating broadcast: every `everyDays` until `until` (inclusive), to those who have not moved. */
export interface Schedule {
  id: string;
  by: string;
  createdAt: string;
  texts: NoticeTexts;
  audience: AudienceSpec;
  everyDays: number;
  /** Last day to send, YYYY-MM-DD (UTC). */
  until: string;
  nextAt: string;
  runs: number;
  status: "active" | "cancelled" | "finished";
}

/**
 * The broadcast journal: broadcasts and schedules with a set of ids each (a
 * database set: two admins starting broadcasts at once both stay), and one
 * small record per recipient, so journaling a send never rewrites the list.
 */
export class BroadcastStore {
  private readonly atomics: StoreAtomics;

  constructor(private readonly store: Keyv) {
    this.atomics = storeAtomics(store);
  }

  async get(id: string): Promise<Broadcast | undefined> {
    return (await this.store.get(`broadcast:${id}`)) as Broadcast | undefined;
  }

  async save(b: Broadcast): Promise<void> {
    await this.store.set(`broadcast:${b.id}`, b);
    await this.atomics.addMember("broadcasts", b.id);
  }

  async ids(): Promise<string[]> {
    return this.index("broadcasts");
  }

  async delivery(id: string, recipient: string): Promise<Delivery | undefined> {
    return (await this.store.get(`broadcast:${id}:to:${recipient}`)) as Delivery | undefined;
  }

  async setDelivery(id: string, recipient: string, d: Delivery): Promise<void> {
    await this.store.set(`broadcast:${id}:to:${recipient}`, d);
  }

  async getSchedule(id: string): Promise<Schedule | undefined> {
    return (await this.store.get(`schedule:${id}`)) as Schedule | undefined;
  }

  async saveSchedule(s: Schedule): Promise<void> {
    await this.store.set(`schedule:${s.id}`, s);
    await this.atomics.addMember("schedules", s.id);
  }

  async schedules(): Promise<Schedule[]> {
    const ids = await this.index("schedules");
    return (await Promise.all(ids.map((id) => this.getSchedule(id)))).filter((s): s is Schedule => s !== undefined);
  }

  private async index(name: "broadcasts" | "schedules"): Promise<string[]> {
    return [...new Set([...(await this.atomics.members(name)), ...(await legacyList(this.store, `${name}:index`))])];
  }
}
