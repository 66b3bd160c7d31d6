import { describe, expect, it } from "vitest";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { parseMsnCtt } from "../../../src/importers/parse-msn-ctt.ts";
import { parsePidginBlist } from "../../../src/importers/parse-pidgin-blist.ts";
import { parseXep0227 } from "../../../src/importers/parse-xep0227.ts";
import { bytesOf } from "./fixtures.ts";

const N = 20_000;
const range = (f: (i: number) => string): string => Array.from({ length: N }, (_, i) => f(i)).join("");

const OUTLOOK_HEADER =
  "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes";

const FILES: Record<string, () => string> = {
  "msn-ctt": () =>
    `<?xml version="1.0"?>\n<messenger><service name=".NET Messenger Service"><contactlist>\n${range((i) => `<contact>user${i}@hotmail.com</contact>\n`)}</contactlist></service></messenger>\n`,
  "pidgin-blist": () =>
    `<?xml version='1.0' encoding='UTF-8' ?>\n<purple version='1.0'><blist>\n${range(
      (i) =>
        `${i % 100 === 0 ? (i > 0 ? "</group>" : "") + `<group name='Group ${i / 100}'>` : ""}<contact alias='Person ${i}'><buddy account='me@example.org' proto='prpl-jabber'><name>user${i}@example.org</name></buddy></contact>\n`,
    )}</group></blist></purple>\n`,
  xep0227: () =>
    `<?xml version='1.0'?>\n<server-data xmlns='urn:xmpp:pie:0'><host jid='example.org'><user name='me'><query xmlns='jabber:iq:roster'>\n${range(
      (i) => `<item jid='user${i}@example.net' name='Person ${i}' subscription='both'><group>G${i % 50}</group></item>\n`,
    )}</query></user></host></server-data>\n`,
  vcard: () =>
    range((i) =>
      i % 2 === 0
        ? `BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:P=C3=A9rson ${i}\r\nX-MSN:user${i}@hotmail.com\r\nEND:VCARD\r\n`
        : `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nitem1.IMPP;X-SERVICE-TYPE=Jabber:xmpp:user${i}@exa\r\n mple.org\r\nCATEGORIES:Friends\r\nEND:VCARD\r\n`,
    ),
  "outlook-csv": () =>
    `\uFEFF${OUTLOOK_HEADER}\r\n${range((i) => {
      const cells = OUTLOOK_HEADER.split(",").map(() => "");
      cells[0] = `First${i}`;
      cells[2] = `Last${i}`;
      cells[8] = `user${i}@hotmail.com`;
      cells[60] = `"Line one, with comma\r\nline two"`;
      return `${cells.join(",")}\r\n`;
    })}`,
  csv: () => `jid;name;group\n${range((i) => `user${i}@example.org;Person ${i};Group ${i % 20}\n`)}`,
  "pasted-text": () => range((i) => `user${i}@example.org${i % 3 === 0 ? "\n" : ", "}`),
};

describe(`a generated ${N}-contact file`, () => {
  for (const [format, make] of Object.entries(FILES)) {
    it(`parses as ${format}`, () => {
      const r = parseImport(bytesOf(make()));
      expect(r.format).toBe(format);
      expect(r.entries).toHaveLength(N);
      expect(r.problems).toEqual([]);
    });
  }
});

describe("a large XML file read in pieces", () => {
  const whole: Record<string, (text: string) => unknown> = { "msn-ctt": parseMsnCtt, "pidgin-blist": parsePidginBlist, xep0227: parseXep0227 };

  for (const [format, parse] of Object.entries(whole)) {
    it(`${format}: gives what the whole text gives`, () => {
      const text = (FILES[format] ?? (() => ""))();
      expect(parseImport(bytesOf(text))).toEqual(parse(text));
    });
  }

  it("reports an error at the line and column the whole text gives", () => {
    // Text after the root is reported where saxes stops reading it, which differs when that run crosses a piece edge.
    const text = `<messenger></messenger>\n${" ".repeat(70_000)}junk${" ".repeat(70_000)}`;
    const whole = thrown(() => parseMsnCtt(text));
    expect(whole).toMatchObject({ code: "xml-malformed" });
    expect(thrown(() => parseImport(bytesOf(text)))).toEqual(whole);
  });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}
