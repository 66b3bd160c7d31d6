import { fromPromise } from "xstate";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { SignInError } from "../../src/protocol/connection/account-session.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";
import { uploadFile, type UploadErrorCode } from "../../src/protocol/account/http-upload.ts";
import { exportAccount } from "../../src/protocol/account/xep0227-export.ts";

export interface BackupServices {
  secrets: SecretVault;
  signIn(jid: string, password: string): Promise<AccountSession>;
}

export type BackupResult =
  | { ok: true; url: string; contacts: number; pepNodes: number }
  | { ok: false; reason: "not-authorized" | "unreachable" | UploadErrorCode };

/**
 * Exports the account as XEP-0227 and uploads it through the account's own
 * server (XEP-0363), so the file never touches Ferry's disk. The password
 * leaves the vault once the sign-in is done.
 */
export const backupActor = (s: BackupServices) =>
  fromPromise<BackupResult, { user: string; conversation: string }>(async ({ input }) => {
    const password = s.secrets.get(input.conversation, "old-password");
    s.secrets.delete(input.conversation, "old-password");
    if (password === undefined) return { ok: false, reason: "not-authorized" };
    let session: AccountSession;
    try {
      session = await s.signIn(input.user, password);
    } catch (err) {
      if (err instanceof SignInError && err.reason !== "other") return { ok: false, reason: err.reason };
      throw err;
    }
    try {
      const { xml, counts } = await exportAccount(session);
      const stamp = new Date().toISOString().slice(0, 10);
      const uploaded = await uploadFile(session, {
        filename: `${input.user.replace(/[^a-zA-Z0-9.-]/g, "_")}-${stamp}.xml`,
        contentType: "application/xml",
        data: new TextEncoder().encode(xml),
      });
      if ("error" in uploaded) return { ok: false, reason: uploaded.error };
      return { ok: true, url: uploaded.getUrl, contacts: counts.contacts, pepNodes: counts.pepNodes };
    } finally {
      await session.close();
    }
  });
