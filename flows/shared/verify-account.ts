import { fromPromise } from "xstate";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { SignInError } from "../../src/protocol/connection/account-session.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";

/** What proving control of an account needs: the conversation's passwords and a way to sign in. */
export interface SignInServices {
  secrets: SecretVault;
  signIn(jid: string, password: string): Promise<AccountSession>;
}

export type SignInCheck = "ok" | "not-authorized" | "unreachable" | "other";

/**
 * Proves control of an account by signing in with the password the vault
 * holds under `secret`; a wrong password is forgotten at once. Never
 * rejects: every failure is an answer the flow tells the user.
 */
export const verifyAccountActor = (s: SignInServices) =>
  fromPromise<SignInCheck, { conversation: string; jid: string; secret: string }>(async ({ input }) => {
    try {
      const password = s.secrets.get(input.conversation, input.secret);
      if (password === undefined) throw new Error(`no ${input.secret} in this conversation`);
      const session = await s.signIn(input.jid, password);
      await session.close();
      return "ok";
    } catch (err) {
      s.secrets.delete(input.conversation, input.secret);
      return err instanceof SignInError ? err.reason : "other";
    }
  });
