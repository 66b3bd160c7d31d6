import { fromPromise } from "xstate";
import { fetchRegistrationForm, registerAccount, type RegistrationField, type RegistrationFailure } from "../accounts/in-band-registration.ts";
import type { FieldSpec } from "../conversation/fields.ts";
import type { SecretVault } from "../conversation/secret-vault.ts";

export interface RegistrationServices {
  secrets: SecretVault;
  serviceMap: Record<string, string>;
  /** FERRY_PROVIDERS: domains offered for new accounts. */
  providers: string[];
}

/** What the move flow needs to know about a provider's sign-up. */
export type SignUp =
  | { kind: "open"; fields: FieldSpec[]; instructions?: string }
  | { kind: "closed" }
  | { kind: "web"; url: string }
  | { kind: "unreachable" };

/** Username and password are asked by Ferry itself; hidden fields go back unchanged. */
const OWN_FIELDS = new Set(["username", "password", "FORM_TYPE"]);
const SUPPORTED = new Set(["text-single", "text-private", "list-single", "boolean", "fixed"]);

/**
 * The provider's further fields (e-mail, CAPTCHA answer…) as Ferry fields,
 * labelled in the provider's own words. A CAPTCHA image reachable by URL is
 * named in the field's help; one only inline cannot be shown in plain chat.
 */
export function providerFields(fields: RegistrationField[]): FieldSpec[] {
  return fields
    .filter((f) => f.type !== "hidden" && !(f.var && OWN_FIELDS.has(f.var)) && SUPPORTED.has(f.type))
    .map((f, i) => {
      const media = f.media.find((m) => /^https?:\/\//.test(m.uri));
      const desc = [f.desc, media?.uri].filter(Boolean).join("\n");
      return {
        var: f.var ?? `fixed-${i}`,
        type: f.type as FieldSpec["type"],
        label: { raw: f.label ?? f.values[0] ?? f.var ?? "" },
        ...(desc ? { desc: { raw: desc } } : {}),
        ...(f.required ? {} : { optional: true }),
        ...(f.options.length > 0 ? { options: f.options.map((o) => ({ value: o.value, label: { raw: o.label ?? o.value } })) } : {}),
      };
    });
}

export const signUpFormActor = (s: RegistrationServices) =>
  fromPromise<SignUp, { provider: string }>(async ({ input }) => {
    try {
      const form = await fetchRegistrationForm(input.provider, s.serviceMap);
      if (form.kind === "open") return { kind: "open", fields: providerFields(form.fields), ...(form.instructions ? { instructions: form.instructions } : {}) };
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
