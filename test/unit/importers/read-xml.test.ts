import { describe, expect, it } from "vitest";
import { readXml } from "../../../src/importers/read-xml.ts";

function textsOf(xml: string | string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  readXml(xml, {
    close(el, text) {
      (out[el.name] ??= []).push(text);
    },
  });
  return out;
}

describe("readXml", () => {
  it("gives a leaf element its text and CDATA joined, also when the text is cut into pieces", () => {
    const xml = "<list><contact>joe@<![CDATA[hotmail]]>.com</contact></list>";
    expect(textsOf(xml).contact).toEqual(["joe@hotmail.com"]);
    expect(textsOf([xml.slice(0, 20), xml.slice(20, 31), xml.slice(31)]).contact).toEqual(["joe@hotmail.com"]);
  });

  it("keeps no text for elements that hold elements (the whitespace of a long list is not collected)", () => {
    const xml = `<list>\n  <contact>a@x.org</contact>\n  <contact>b@x.org</contact>\n</list>`;
    expect(textsOf(xml)).toEqual({ contact: ["a@x.org", "b@x.org"], list: [""] });
  });
});
