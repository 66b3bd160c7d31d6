import { describe, expect, it } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { followRoom } from "../../../src/jobs/room-follower.ts";
import type { AccountSession } from "../../../src/protocol/connection/account-session.ts";
import { newJob, type Job, type JobRoom } from "../../../src/jobs/job.ts";

const NS_ADMIN = "http://jabber.org/protocol/muc#admin";
const texts = { reason: () => "moved", request: () => "please add me", notice: () => "I moved" };

/** An old account whose rooms answer list reads from `lists` and record every set and message. */
function oldAccount(lists: Record<string, string[]>) {
  const sets: string[] = [];
  const sent: Element[] = [];
  const session: AccountSession = {
    jid: "erin@old.test",
    preApproval: true,
    iq: async (type, child) => {
      const item = child.getChild("item");
      if (child.attrs.xmlns === NS_ADMIN && type === "get") {
        return xml("iq", { type: "result" }, xml("query", { xmlns: NS_ADMIN }, ...(lists[String(item?.attrs.affiliation)] ?? []).map((jid) => xml("item", { jid }))));
      }
      if (child.attrs.xmlns === NS_ADMIN) sets.push(`${item?.attrs.jid} ${item?.attrs.affiliation}`);
      return xml("iq", { type: "result" });
    },
    send: async (stanza) => void sent.push(stanza),
    onStanza: () => undefined,
    close: async () => undefined,
  };
  return { session, sets, sent };
}

const jobWith = (room: Partial<JobRoom>, more: Partial<Job> = {}): { job: Job; room: JobRoom } => {
  const job = { ...newJob("move", "j1", "erin@old.test", "erin@new.test", [], [], []), ...more };
  const r: JobRoom = { jid: "a@rooms.test", affiliation: "owner", step: "grant-owner", managers: [], state: "pending", ...room };
  job.rooms = [r];
  return { job, room: r };
};

describe("followRoom: one room's steps, never twice", () => {
  it("grants the affiliation once, and not again when the room's list already shows it", async () => {
    const { job, room } = jobWith({});
    const fresh = oldAccount({ owner: ["erin@old.test"] });
    await followRoom(fresh.session, job, room, texts, async () => undefined);
    expect(fresh.sets).toEqual(["erin@new.test owner"]);
    expect(room).toMatchObject({ state: "done", outcome: "granted" });

    const again = jobWith({});
    const granted = oldAccount({ owner: ["erin@old.test", "erin@new.test"] });
    await followRoom(granted.session, again.job, again.room, texts, async () => undefined);
    expect(granted.sets).toEqual([]);
    expect(again.room).toMatchObject({ state: "done", outcome: "already" });
  });

  it("journals an invitation, a request and a notice before they leave, and never sends a journaled one again", async () => {
    const { job, room } = jobWith(
      { jid: "c@rooms.test", affiliation: "member", step: "invite", wanted: "member", managers: ["olga@old.test"] },
      { roomRequests: {} },
    );
    const journal: string[] = [];
    const first = oldAccount({});
    await followRoom(first.session, job, room, texts, async () => void journal.push(JSON.stringify(room)));
    // The first checkpoint already marks the invitation, before any stanza went out.
    expect(JSON.parse(journal[0]!)).toMatchObject({ inviteSent: true });
    expect(first.sent.filter((s) => s.getChild("x")?.getChild("invite"))).toHaveLength(1);
    expect(first.sent.filter((s) => s.attrs.to === "olga@old.test")).toHaveLength(1);

    // A crash right after the marks: the resumed job finds them and sends nothing again.
    const resumed = JSON.parse(journal[0]!) as JobRoom;
    resumed.requestSent = true;
    const second = oldAccount({});
    await followRoom(second.session, job, resumed, texts, async () => undefined);
    expect(second.sent).toEqual([]);
    expect(resumed).toMatchObject({ state: "done", outcome: "invited" });
  });
});
