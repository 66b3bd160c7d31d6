import { fromPromise } from "xstate";
import { fetchRegistrationForm, registerAccount, type RegistrationField, type RegistrationFailure } from "../../src/protocol/account/in-band-registration.ts";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { isWebLink, type FieldMedia, type FieldSpec } from "../../src/conversation/fields.ts";
import type { FlowInput } from "../../src/conversation/flow-contract.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";
import { uploadFile } from "../../src/protocol/account/http-upload.ts";

export interface RegistrationServices {
  secrets: SecretVault;
  signIn(jid: string, password: string): Promise<AccountSession>;
  serviceMap: Record<string, string>;
  /** FERRY_PROVIDERS: domains offered for new accounts. */
  providers: string[];
}

/** What the move flow needs to know about a provider's sign-up. */
export type SignUp =
  | { kind: "open"; fields: FieldSpec[]; instructions?: string; hidden: Record<string, string> }
  | { kind: "closed" }
  | { kind: "web"; url: string }
  | { kind: "unreachable" };

/** Username and password are asked by Ferry itself; hidden fields go back unchanged. */
const OWN_FIELDS = new Set(["username", "password", "FORM_TYPE"]);
const SUPPORTED = new Set(["text-single", "text-private", "list-single", "boolean", "fixed"]);
/** The CAPTCHA upload must leave room for the rest of the flow's turn. */
const UPLOAD_TIMEOUT_MS = 15_000;

/**
 * The provider's further fields (e-mail, CAPTCHA answer…) as Ferry fields,
 * labelled in the provider's own words, with their media (a CAPTCHA image).
 */
export function providerFields(fields: RegistrationField[]): FieldSpec[] {
  return fields
    .filter((f) => f.type !== "hidden" && !(f.var && OWN_FIELDS.has(f.var)) && SUPPORTED.has(f.type))
    .map((f, i) => ({
      var: f.var ?? `fixed-${i}`,
      type: f.type as FieldSpec["type"],
      label: { raw: f.label ?? f.values[0] ?? f.var ?? "" },
      ...(f.desc ? { desc: { raw: f.desc } } : {}),
      ...(f.required ? {} : { optional: true }),
      ...(f.options.length > 0 ? { options: f.options.map((o) => ({ value: o.value, label: { raw: o.label ?? o.value } })) } : {}),
      ...(f.media.length > 0 ? { media: f.media } : {}),
    }));
}

/**
 * The hidden values of the form the user answers (XEP-0158: the CAPTCHA's
 * challenge id). Registering fetches the form anew on another stream, so they
 * go back with the answers, or the answer would meet a different CAPTCHA.
 * Only data forms: a legacy form's `key` may belong to its stream.
 */
function hiddenValues(form: { fields: RegistrationField[]; formType: "legacy" | "data-form" }): Record<string, string> {
  if (form.formType !== "data-form") return {};
  return Object.fromEntries(form.fields.flatMap((f) => (f.type === "hidden" && f.var !== undefined && f.values[0] !== undefined ? [[f.var, f.values[0]]] : [])));
}

/** A field whose media chat cannot show: only inline data, no http(s) URI. */
const needsLink = (f: FieldSpec) => f.media !== undefined && !f.media.some((m) => isWebLink(m.uri)) && f.media.some((m) => m.data !== undefined);

/**
 * Chat cannot show inline (XEP-0231) media, so it is uploaded (XEP-0363)
 * through the account the user chats from, whose password is already in the
 * vault, and linked. Any failure leaves the field without a link; the chat
 * prompt then says where the CAPTCHA can be answered.
 */
async function withUploadedMedia(s: RegistrationServices, user: string, conversation: string, fields: FieldSpec[]): Promise<FieldSpec[]> {
  const password = s.secrets.get(conversation, "old-password");
  if (!fields.some(needsLink) || password === undefined) return fields;
  let session: AccountSession;
  try {
    session = await s.signIn(user, password);
  } catch {
    return fields;
  }
  const upload = async (m: FieldMedia, name: string): Promise<FieldMedia> => {
    if (m.data === undefined) return m;
    const contentType = m.type ?? "application/octet-stream";
    const uploaded = await uploadFile(
      session,
      { filename: `${name}.${contentType.split("/")[1]?.replace(/[^a-z0-9]/gi, "") || "bin"}`, contentType, data: Buffer.from(m.data, "base64") },
      { timeoutMs: UPLOAD_TIMEOUT_MS },
    ).catch(() => ({ error: "other" as const }));
    return "getUrl" in uploaded ? { ...m, link: uploaded.getUrl } : m;
  };
  try {
    return await Promise.all(fields.map(async (f) => (needsLink(f) ? { ...f, media: await Promise.all(f.media!.map((m, i) => upload(m, `captcha-${f.var}-${i}`))) } : f)));
  } finally {
    await session.close().catch(() => undefined);
  }
}

export const signUpFormActor = (s: RegistrationServices) =>
  fromPromise<SignUp, { provider: string; user: string; conversation: string; channel: FlowInput["channel"] }>(async ({ input }) => {
    try {
      const form = await fetchRegistrationForm(input.provider, s.serviceMap);
      if (form.kind === "open") {
        const fields = providerFields(form.fields);
        return {
          kind: "open",
          // Ad-hoc forms carry inline media themselves.
          fields: input.channel === "chat" ? await withUploadedMedia(s, input.user, input.conversation, fields) : fields,
          ...(form.instructions ? { instructions: form.instructions } : {}),
          hidden: hiddenValues(form),
        };
      }
      return form.kind === "web" ? { kind: "web", url: form.url } : { kind: "closed" };
    } catch {
      return { kind: "unreachable" };
    }
  });

/** Registers the account; the password and the provider's private fields (`privateFields`, by name) come from the vault. */
export const registerActor = (s: RegistrationServices) =>
  fromPromise<
    { ok: true; jid: string } | { ok: false; reason: RegistrationFailure },
    { provider: string; conversation: string; username: string; extra: Record<string, string>; privateFields: string[] }
  >(async ({ input }) => {
    const secret = (name: string) => s.secrets.get(input.conversation, name);
    const password = secret("new-password");
    const privates = input.privateFields.map((name) => [name, secret(name)] as const);
    if (password === undefined || privates.some(([, value]) => value === undefined)) return { ok: false, reason: "other" };
    const extra = { ...input.extra, ...Object.fromEntries(privates) } as Record<string, string>;
    const result = await registerAccount(input.provider, s.serviceMap, { username: input.username, password, extra });
    return result.ok ? { ok: true, jid: result.jid } : { ok: false, reason: result.reason };
  });
