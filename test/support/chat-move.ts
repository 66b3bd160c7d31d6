import type { XmppUser } from "./xmpp-user.ts";

export interface ChatMove {
  target: string;
  newPassword: string;
  oldPassword: string;
}

/**
 * Plans and accepts a move by chatting with the bot, as a person would (no
 * notices to contacts), and resolves once the bot says the move started.
 */
export async function startMoveInChat(user: XmppUser, bot: string, move: ChatMove): Promise<void> {
  for (const [text, until] of [
    ["move", /new address/],
    [move.target, /new account/],
    [move.newPassword, /this account/],
    [move.oldPassword, /start now/],
    ["yes", /also send/],
    ["no", /Moving to/],
  ] as const) {
    await user.sayUntil(bot, text, until);
  }
}

/** Answers `resume` up to the first password question: the bot read the job as interrupted. */
export async function askToResume(user: XmppUser, bot: string): Promise<void> {
  await user.sayUntil(bot, "resume", /password of your new account/);
}

/** Gives the passwords `resume` asks for; resolves with what the bot says up to `until`. */
export async function givePasswords(user: XmppUser, bot: string, move: ChatMove, until: RegExp, timeoutMs?: number): Promise<string> {
  await user.sayUntil(bot, move.newPassword, /this account/);
  return user.sayUntil(bot, move.oldPassword, until, timeoutMs);
}
