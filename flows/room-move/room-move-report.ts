import type { RoomMoveJob } from "../../src/jobs/room-move-journal.ts";
import { cutList } from "../../src/i18n/cut-list.ts";
import type { Tell } from "../shared/tell.ts";

/** The end of a room move in words: what the new room got, what was left out and why, and what became of the old room. */
export function roomMoveReport(job: RoomMoveJob): Tell[] {
  const refused = job.members.filter((m) => m.error);
  const refusedList = () =>
    cutList(refused, (m) => ({ key: "room-move-member-refused", args: { jid: m.newJid ?? m.jid, affiliation: m.affiliation, error: m.error! } }));
  if (job.status !== "done") {
    const failed = job.failed ?? { step: "read", reason: "other" };
    const tells: Tell[] = [{ key: "room-move-failed", args: { room: job.oldRoom, newRoom: job.newRoom, step: failed.step, reason: failed.reason } }];
    if (refused.length > 0) tells.push({ key: "room-move-members-refused", args: { count: refused.length, list: refusedList() } });
    return tells;
  }
  const tells: Tell[] = [
    {
      key: "room-move-done",
      args: { room: job.oldRoom, newRoom: job.newRoom, count: job.members.length, mapped: job.members.filter((m) => m.newJid).length, closing: job.closeError ? "pointer-failed" : job.closing, error: job.closeError ?? "" },
    },
  ];
  if (job.uncopied?.length) tells.push({ key: "room-move-uncopied", args: { count: job.uncopied.length, list: cutList(job.uncopied, (field) => ({ key: "room-move-uncopied-item", args: { field } })) } });
  if (job.subjectError) tells.push({ key: "room-move-subject-failed", args: { error: job.subjectError } });
  return tells;
}
