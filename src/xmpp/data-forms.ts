import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { RenderedField } from "../conversation/adhoc-conversations.ts";
import { NS_DATA } from "./namespaces.ts";


/** An XEP-0004 form of type `form` for one step of a flow. */
export function formElement(title: string, instructions: string[], fields: RenderedField[]): Element {
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
