import type Keyv from "keyv";
import type { AudienceSpec } from "./audience.ts";

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
 * The broadcast journal: broadcasts and schedules with an index each, and one
 * small record per recipient, so journaling a send never rewrites the list.
 */
export class BroadcastStore {
  constructor(private readonly store: Keyv) {}

  async get(id: string): Promise<Broadcast | undefined> {
    return (await this.store.get(`broadcast:${id}`)) as Broadcast | undefined;
  }

  async save(b: Broadcast): Promise<void> {
    await this.store.set(`broadcast:${b.id}`, b);
    await this.addToIndex("broadcasts:index", b.id);
  }

  async ids(): Promise<string[]> {
    return ((await this.store.get("broadcasts:index")) as string[] | undefined) ?? [];
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
    await this.addToIndex("schedules:index", s.id);
  }

  async schedules(): Promise<Schedule[]> {
    const ids = ((await this.store.get("schedules:index")) as string[] | undefined) ?? [];
    return (await Promise.all(ids.map((id) => this.getSchedule(id)))).filter((s): s is Schedule => s !== undefined);
  }

  private async addToIndex(key: string, id: string): Promise<void> {
    const index = ((await this.store.get(key)) as string[] | undefined) ?? [];
    if (!index.includes(id)) await this.store.set(key, [...index, id]);
  }
}
