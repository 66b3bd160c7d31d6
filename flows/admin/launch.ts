import { randomUUID } from "node:crypto";
import type { Audiences, AudienceSpec } from "./audience.ts";
import { inStates } from "./audience.ts";
import type { BroadcastSender } from "./broadcast-sender.ts";
import type { Broadcast, NoticeTexts } from "./broadcast-store.ts";

export interface LaunchDeps {
  audiences: Audiences;
  sender: BroadcastSender;
  now: () => Date;
}

export interface LaunchRequest {
  by: string;
  texts: NoticeTexts;
  audience: AudienceSpec;
  /** A reminder: goes only to those who have not moved yet. */
  scheduleId?: string;
}

/** Fixes the recipients of a broadcast now and starts sending; resolves with the broadcast. */
export async function launchBroadcast(deps: LaunchDeps, req: LaunchRequest): Promise<Broadcast> {
  let recipients = await deps.audiences.resolve(req.audience);
  if (req.scheduleId) {
    const states = await deps.audiences.moveStates();
    recipients = inStates(recipients, states, ["not-started", "in-progress", "failed"]);
  }
  const b: Broadcast = {
    id: randomUUID(),
    by: req.by,
    createdAt: deps.now().toISOString(),
    texts: req.texts,
    audience: req.audience,
    recipients,
    status: "sending",
    ...(req.scheduleId ? { scheduleId: req.scheduleId } : {}),
  };
  await deps.sender.start(b);
  return b;
}
