/**
 * XEP-0077 in-band registration: reading a provider's sign-up form and creating
 * an account on it, before Ferry has any credentials there.
 *
 * @xmpp/client has no XEP-0077 support, so this opens an ordinary client and
 * does its work from the `credentials` callback: xmpp.js calls it after the
 * stream features (and STARTTLS, when offered) and before SASL, i.e. on the
 * open, unauthenticated stream where servers answer `jabber:iq:register`. The
 * callback then throws so SASL never starts, and the client is stopped.
 */
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { firstReachable, serviceCandidates, type SrvLookup } from "../connection/service-candidates.ts";
import { NS_DATA, NS_STREAMS } from "../namespaces.ts";
import { NS_BOB, NS_MEDIA, type FormMedia } from "../bot/data-forms.ts";
import { ferryClient } from "../connection/ferry-client.ts";

const NS_REGISTER = "jabber:iq:register";
const NS_REGISTER_FEATURE = "http://jabber.org/features/iq-register";
const NS_OOB = "jabber:x:oob";

/** Children of a legacy registration query that are not fields to fill in. */
const NOT_LEGACY_FIELDS = new Set(["instructions", "registered", "remove", "x", "data"]);
const CLOSED_CONDITIONS = new Set(["not-allowed", "service-unavailable", "feature-not-implemented"]);

/**
 * One field of a registration form, in XEP-0004 terms. Legacy XEP-0077 fields
 * are mapped to the same shape (var = element name; `password` is
 * `text-private`, `key` is `hidden`).
 */
export interface RegistrationField {
  /** Absent only for `fixed` fields, which are text to show. */
  var?: string;
  type: string;
  label?: string;
  desc?: string;
  required: boolean;
  /** Default or (for hidden and fixed fields) fixed values. */
  values: string[];
  options: { label?: string; value: string }[];
  /** XEP-0221 media, e.g. a XEP-0158 CAPTCHA image or sound. */
  media: FormMedia[];
}

export type RegistrationForm =
  | { kind: "open"; fields: RegistrationField[]; instructions?: string; formType: "legacy" | "data-form" }
  | { kind: "closed" }
  | { kind: "web"; url: string; instructions?: string };

export type RegistrationFailure =
  | "conflict"
  | "not-acceptable"
  | "not-allowed"
  | "closed"
  | "bad-request"
  | "resource-constraint"
  | "unreachable"
  | "other";

export type RegistrationResult = { ok: true; jid: string } | { ok: false; reason: RegistrationFailure; text?: string };

export interface RegistrationRequest {
  username: string;
  password: string;
  /** Values for further fields of the form (email, CAPTCHA answer…) by var. */
  extra?: Record<string, string>;
}

export interface RegistrationOptions {
  /** Limit for the whole exchange with one server, connection included. */
  timeoutMs?: number;
  /** DNS SRV lookup (tests give a fake one). */
  lookupSrv?: SrvLookup;
}

export class RegistrationError extends Error {
  override name = "RegistrationError";
  constructor(
    readonly reason: "unreachable" | "other",
    readonly detail: string,
  ) {
    super(`in-band registration: ${reason} (${detail})`);
  }
}

/** Reads the registration form `domain` offers to a new user. Throws a RegistrationError when the server cannot be asked. */
export async function fetchRegistrationForm(
  domain: string,
  serviceMap: Record<string, string>,
  opts: RegistrationOptions = {},
): Promise<RegistrationForm> {
  return withPreAuthStream(domain, serviceMap, opts, async (stream) => {
    if (!stream.offersRegistration) return { kind: "closed" };
    try {
      return parseRegistrationQuery(await stream.getForm());
    } catch (err) {
      if (isClosedError(err)) return { kind: "closed" };
      throw err;
    }
  });
}

/** Creates `username@domain` with `password`, filling the form the server offers. */
export async function registerAccount(
  domain: string,
  serviceMap: Record<string, string>,
  request: RegistrationRequest,
  opts: RegistrationOptions = {},
): Promise<RegistrationResult> {
  try {
    return await withPreAuthStream(domain, serviceMap, opts, async (stream) => {
      if (!stream.offersRegistration) return { ok: false, reason: "closed" } as const;
      try {
        const query = await stream.getForm();
        const form = parseRegistrationQuery(query);
        if (form.kind !== "open") return { ok: false, reason: "closed" } as const;
        await stream.submit(submission(query, form.formType, request));
        // Servers nodeprep the username; lower case is what nodeprep does to the names people type.
        return { ok: true, jid: `${request.username.toLowerCase()}@${domain}` } as const;
      } catch (err) {
        return failureOf(err);
      }
    });
  } catch (err) {
    return { ok: false, reason: err instanceof RegistrationError ? err.reason : "other" };
  }
}

/** Parses the `<query xmlns='jabber:iq:register'>` of a get result. Exported for unit tests. */
export function parseRegistrationQuery(query: Element): RegistrationForm {
  const form = query.getChildren("x", NS_DATA).find((x) => x.attrs.type === "form" || x.attrs.type === undefined);
  const queryInstructions = textOrUndefined(query.getChildText("instructions"));
  if (form) {
    const formInstructions = textOrUndefined(form.getChildren("instructions").map((i) => i.text()).join("\n"));
    const fields = form.getChildren("field").map((f) => dataFormField(f, query));
    return withInstructions({ kind: "open", fields, formType: "data-form" }, formInstructions ?? queryInstructions);
  }
  const legacy = query.getChildElements().filter((c) => !NOT_LEGACY_FIELDS.has(c.name) && c.getNS() === NS_REGISTER);
  if (legacy.length > 0) {
    return withInstructions({ kind: "open", fields: legacy.map(legacyField), formType: "legacy" }, queryInstructions);
  }
  const url = textOrUndefined(query.getChild("x", NS_OOB)?.getChildText("url")) ?? urlIn(queryInstructions);
  if (url) return withInstructions({ kind: "web", url }, queryInstructions);
  return { kind: "closed" };
}

function withInstructions<T extends object>(value: T, instructions: string | undefined): T & { instructions?: string } {
  return instructions === undefined ? value : { ...value, instructions };
}

function textOrUndefined(text: string | null | undefined): string | undefined {
  const t = text?.trim();
  return t ? t : undefined;
}

function urlIn(text: string | undefined): string | undefined {
  // Sentence punctuation right after a URL belongs to the sentence.
  return text?.match(/https?:\/\/[^\s<>"']+/)?.[0].replace(/[.,;:!?)]+$/, "");
}

function dataFormField(field: Element, query: Element): RegistrationField {
  const out: RegistrationField = {
    type: (field.attrs.type as string | undefined) ?? "text-single",
    required: field.getChild("required") !== undefined,
    values: field.getChildren("value").map((v) => v.text()),
    options: field.getChildren("option").map((o) => {
      const label = o.attrs.label as string | undefined;
      return label === undefined ? { value: o.getChildText("value") ?? "" } : { label, value: o.getChildText("value") ?? "" };
    }),
    media: field.getChildren("media", NS_MEDIA).flatMap((m) => mediaOf(m, query)),
  };
  const name = field.attrs.var as string | undefined;
  if (name !== undefined) out.var = name;
  const label = field.attrs.label as string | undefined;
  if (label !== undefined) out.label = label;
  const desc = textOrUndefined(field.getChildText("desc"));
  if (desc !== undefined) out.desc = desc;
  return out;
}

function mediaOf(media: Element, query: Element): FormMedia[] {
  const width = Number(media.attrs.width);
  const height = Number(media.attrs.height);
  return media.getChildren("uri").map((u) => {
    const uri = u.text().trim();
    const m: FormMedia = { uri };
    const type = u.attrs.type as string | undefined;
    if (type !== undefined) m.type = type;
    if (Number.isInteger(width) && width > 0) m.width = width;
    if (Number.isInteger(height) && height > 0) m.height = height;
    // XEP-0158: the image or sound may come inline as XEP-0231 data next to the form.
    if (uri.startsWith("cid:")) {
      const bob = query.getChildren("data", NS_BOB).find((d) => d.attrs.cid === uri.slice(4));
      if (bob) m.data = bob.text().replace(/\s+/g, "");
    }
    return m;
  });
}

function legacyField(el: Element): RegistrationField {
  const type = el.name === "password" ? "text-private" : el.name === "key" ? "hidden" : "text-single";
  const value = el.text();
  // In a legacy form every listed field is expected to be filled in (XEP-0077 §3.1).
  return { var: el.name, type, required: el.name !== "key", values: value ? [value] : [], options: [], media: [] };
}

/** The `<query>` of the set that registers, answering the form the server sent. */
function submission(form: Element, formType: "legacy" | "data-form", request: RegistrationRequest): Element {
  const given: Record<string, string> = { ...request.extra, username: request.username, password: request.password };
  if (formType === "legacy") {
    const fields = form.getChildElements().filter((c) => !NOT_LEGACY_FIELDS.has(c.name) && c.getNS() === NS_REGISTER);
    return xml(
      "query",
      { xmlns: NS_REGISTER },
      ...fields.map((f) => xml(f.name, {}, given[f.name] ?? f.text())),
    );
  }
  const dataForm = form.getChildren("x", NS_DATA).find((x) => x.attrs.type === "form" || x.attrs.type === undefined);
  const answers = (dataForm?.getChildren("field") ?? []).flatMap((f) => {
    const name = f.attrs.var as string | undefined;
    if (name === undefined || f.attrs.type === "fixed") return [];
    const value = given[name];
    // Hidden fields (FORM_TYPE, CAPTCHA challenge ids) go back unchanged.
    const values = value !== undefined ? [value] : f.attrs.type === "hidden" ? f.getChildren("value").map((v) => v.text()) : [];
    return values.length > 0 ? [xml("field", { var: name }, ...values.map((v) => xml("value", {}, v)))] : [];
  });
  return xml("query", { xmlns: NS_REGISTER }, xml("x", { xmlns: NS_DATA, type: "submit" }, ...answers));
}

interface StanzaErrorLike {
  name?: string;
  condition?: string;
  type?: string;
  text?: string;
}

function isClosedError(err: unknown): boolean {
  const e = err as StanzaErrorLike;
  return e?.name === "StanzaError" && CLOSED_CONDITIONS.has(e.condition ?? "");
}

function failureOf(err: unknown): RegistrationResult {
  const e = err as StanzaErrorLike;
  if (e?.name !== "StanzaError") {
    if (err instanceof RegistrationError) return { ok: false, reason: err.reason };
    return { ok: false, reason: e?.name === "TimeoutError" ? "unreachable" : "other" };
  }
  const text = e.text ? { text: e.text } : {};
  switch (e.condition) {
    case "conflict":
    case "not-acceptable":
    case "bad-request":
    case "resource-constraint":
      return { ok: false, reason: e.condition, ...text };
    case "not-allowed":
    case "forbidden":
      return { ok: false, reason: "not-allowed", ...text };
    case "service-unavailable":
    case "feature-not-implemented":
      return { ok: false, reason: "closed", ...text };
    case "policy-violation":
      // Prosody's registration throttle is a `wait` policy-violation.
      return { ok: false, reason: e.type === "wait" ? "resource-constraint" : "not-allowed", ...text };
    default:
      return { ok: false, reason: "other", ...text };
  }
}

interface PreAuthStream {
  offersRegistration: boolean;
  /** The `<query>` of the server's answer to a register get. */
  getForm(): Promise<Element>;
  submit(query: Element): Promise<void>;
}

/** Thrown from the credentials callback to stop before SASL once the work is done. */
class Finished extends Error {}

/**
 * Connects to `domain` without signing in, runs `work` on the unauthenticated
 * stream and closes it in every case. The domain's services are tried in
 * order while they are unreachable, but never once `work` has begun: a
 * registration is not submitted twice.
 */
async function withPreAuthStream<T>(
  domain: string,
  serviceMap: Record<string, string>,
  opts: RegistrationOptions,
  work: (stream: PreAuthStream) => Promise<T>,
): Promise<T> {
  let begun = false;
  return firstReachable(
    await serviceCandidates(domain, serviceMap, opts.lookupSrv),
    (service) =>
      preAuthStreamAt(service, domain, opts.timeoutMs, (stream) => {
        begun = true;
        return work(stream);
      }),
    (err) => !begun && err instanceof RegistrationError && err.reason === "unreachable",
  );
}

/** One connection to `service` for withPreAuthStream. */
async function preAuthStreamAt<T>(
  service: string,
  domain: string,
  timeoutMs = 20_000,
  work: (stream: PreAuthStream) => Promise<T>,
): Promise<T> {
  let features: Element | undefined;
  let outcome: { value: T } | undefined;
  const xmpp: Client = ferryClient({
    service,
    domain,
    credentials: async () => {
      const iq = (type: "get" | "set", child: Element) =>
        xmpp.iqCaller.request(xml("iq", { type, to: domain }, child), timeoutMs);
      outcome = {
        value: await work({
          offersRegistration: features?.getChild("register", NS_REGISTER_FEATURE) !== undefined,
          getForm: async () => {
            const reply = await iq("get", xml("query", { xmlns: NS_REGISTER }));
            const query = reply.getChild("query", NS_REGISTER);
            if (!query) throw new RegistrationError("other", "empty register result");
            return query;
          },
          submit: async (query) => {
            await iq("set", query);
          },
        }),
      };
      throw new Finished();
    },
  });
  xmpp.reconnect.stop();
  // Failures surface through start(); the event must still be heard.
  xmpp.on("error", () => undefined);
  // Prepended: xmpp.js handles the features (and calls `credentials`) synchronously in its own listener.
  (xmpp as unknown as { prependListener(e: string, f: (el: Element) => void): void }).prependListener("element", (el) => {
    if (el.is("features", NS_STREAMS)) features = el;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      xmpp.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new RegistrationError("unreachable", "timed out")), timeoutMs);
      }),
    ]);
    throw new RegistrationError("other", "stream went online without credentials");
  } catch (err) {
    if (err instanceof Finished && outcome) return outcome.value;
    if (err instanceof RegistrationError) throw err;
    const e = err as { code?: string; message?: string; condition?: string };
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "ETIMEDOUT") {
      throw new RegistrationError("unreachable", e.code);
    }
    throw new RegistrationError("other", e.condition ?? e.message ?? String(err));
  } finally {
    clearTimeout(timer);
    await xmpp.stop().catch(() => undefined);
  }
}
