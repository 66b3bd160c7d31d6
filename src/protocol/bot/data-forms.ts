import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { NS_DATA } from "../namespaces.ts";

export const NS_MEDIA = "urn:xmpp:media-element";
export const NS_BOB = "urn:xmpp:bob";

/** XEP-0004 field types. */
export type FormFieldType = "boolean" | "fixed" | "hidden" | "jid-multi" | "jid-single" | "list-multi" | "list-single" | "text-multi" | "text-private" | "text-single";

/** XEP-0221 media that goes with a field: a provider's CAPTCHA image or sound. */
export interface FormMedia {
  /** `http(s):` or `cid:` (XEP-0231 bits of binary) URI. */
  uri: string;
  /** MIME type of the URI's content, e.g. `image/png`. */
  type?: string;
  width?: number;
  height?: number;
  /** Base64 content of a `cid:` URI, when its source sent it inline (XEP-0231). */
  data?: string;
}

/** A field of a form Ferry sends, as a client will show it (texts already in the user's language). */
export interface FormField {
  var: string;
  type: FormFieldType;
  label: string;
  desc?: string;
  required: boolean;
  options?: { value: string; label: string }[];
  media?: FormMedia[];
}

/** A field's media (XEP-0221) as one element: its URIs are alternative forms of the same thing (image, sound). */
function mediaElement(media: FormMedia[]): Element {
  const size = media.find((m) => m.width !== undefined || m.height !== undefined);
  return xml(
    "media",
    { xmlns: NS_MEDIA, ...(size?.width ? { width: String(size.width) } : {}), ...(size?.height ? { height: String(size.height) } : {}) },
    ...media.map((m) => xml("uri", m.type ? { type: m.type } : {}, m.uri)),
  );
}

/**
 * XEP-0231 data for the form's inline (`cid:`) media, to send along with the
 * form: the client has no other way to get it (the bot holds no copy to serve).
 */
export function bobElements(fields: FormField[]): Element[] {
  return fields.flatMap((f) =>
    (f.media ?? []).flatMap((m) =>
      m.uri.startsWith("cid:") && m.data !== undefined
        ? // max-age 0: a CAPTCHA is good for one answer only, caching it helps no one.
          [xml("data", { xmlns: NS_BOB, cid: m.uri.slice(4), "max-age": "0", ...(m.type ? { type: m.type } : {}) }, m.data)]
        : [],
    ),
  );
}

/** An XEP-0004 form of type `form` for one step of a flow. */
export function formElement(title: string, instructions: string[], fields: FormField[]): Element {
  return xml(
    "x",
    { xmlns: NS_DATA, type: "form" },
    xml("title", {}, title),
    ...instructions.map((i) => xml("instructions", {}, i)),
    ...fields.map((f) =>
      f.type === "fixed"
        ? xml("field", { type: "fixed" }, xml("value", {}, f.label))
        : xml(
            "field",
            { var: f.var, type: f.type, label: f.label },
            ...(f.desc ? [xml("desc", {}, f.desc)] : []),
            ...(f.required ? [xml("required")] : []),
            ...(f.options ?? []).map((o) => xml("option", { label: o.label }, xml("value", {}, o.value))),
            ...(f.media && f.media.length > 0 ? [mediaElement(f.media)] : []),
          ),
    ),
  );
}

/** An XEP-0004 form of type `result`: what a completed command hands over, one text-multi field per result. */
export function resultElement(result: Record<string, string[]>): Element {
  return xml(
    "x",
    { xmlns: NS_DATA, type: "result" },
    ...Object.entries(result).map(([name, lines]) => xml("field", { var: name, type: "text-multi" }, ...lines.map((l) => xml("value", {}, l)))),
  );
}

/** Values of a submitted form (`type='submit'`) by field var. */
export function submittedValues(form: Element | undefined): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  if (!form || form.attrs.type !== "submit") return values;
  for (const field of form.getChildren("field")) {
    const name = field.attrs.var as string | undefined;
    if (name) values[name] = field.getChildren("value").map((v) => v.text());
  }
  return values;
}
