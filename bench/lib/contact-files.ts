/** Synthetic contact files for the importer benchmark, built in memory. */
export type ImportBenchFormat = "msn-ctt" | "outlook-csv" | "vcard" | "pidgin-blist" | "xep0227" | "pasted-text";

export const IMPORT_FORMATS: ImportBenchFormat[] = ["msn-ctt", "outlook-csv", "vcard", "pidgin-blist", "xep0227", "pasted-text"];

export const XML_FORMATS: ReadonlySet<ImportBenchFormat> = new Set(["msn-ctt", "pidgin-blist", "xep0227"]);

/** `item(contact, line)`: the text of entry number `line`, naming contact number `contact`. */
function build(head: string, n: number, distinct: number, item: (contact: number, line: number) => string, tail: string): Uint8Array {
  const parts: string[] = [head];
  for (let line = 0; line < n; line++) parts.push(item(line % distinct, line));
  parts.push(tail);
  return Buffer.from(parts.join(""), "utf8");
}

/**
 * `n` entries naming `distinct` different contacts (all different by default): a file whose
 * result stays the same size while the file grows shows what a parser holds of the file itself.
 */
export function generateContactFile(format: ImportBenchFormat, n: number, distinct = n): Uint8Array {
  switch (format) {
    case "msn-ctt":
      return build(
        '<?xml version="1.0"?>\r\n<messenger>\r\n  <service name=".NET Messenger Service">\r\n    <contactlist>\r\n',
        n,
        distinct,
        (i) => `      <contact${i % 3 === 0 ? ' type="1"' : ""}>user.${i}@hotmail.com</contact>\r\n`,
        "    </contactlist>\r\n  </service>\r\n</messenger>\r\n",
      );
    case "outlook-csv":
      return build(
        '"First Name","Middle Name","Last Name","E-mail Address","E-mail 2 Address","IMAddress","Categories"\r\n',
        n,
        distinct,
        (i) => `"First${i}","","Last ${i}","person${i}@example.com","","person${i}@jabber.example","Friends;Group ${i % 20}"\r\n`,
        "",
      );
    case "vcard":
      return build(
        "",
        n,
        distinct,
        (i) =>
          `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Last${i};First;;;\r\nFN:First Last${i}\r\nEMAIL;type=INTERNET:person${i}@example.com\r\n` +
          `IMPP;X-SERVICE-TYPE=Jabber:xmpp:person${i}@jabber.example\r\nCATEGORIES:Friends,Group ${i % 20}\r\nEND:VCARD\r\n`,
        "",
      );
    case "pidgin-blist": {
      const perGroup = 100;
      return build(
        "<?xml version='1.0' encoding='UTF-8' ?>\n<purple version='1.0'>\n<blist>\n",
        n,
        distinct,
        (i, j) =>
          (j % perGroup === 0 ? `${j > 0 ? "</group>\n" : ""}<group name='Group ${Math.floor(i / perGroup)}'>\n` : "") +
          `<contact alias='Buddy ${i}'><buddy account='me@jabber.example/Home' proto='prpl-jabber'><name>buddy${i}@jabber.example</name>` +
          `<setting name='last_seen' type='int'>1262304000</setting></buddy></contact>\n`,
        `${n > 0 ? "</group>\n" : ""}</blist>\n</purple>\n`,
      );
    }
    case "xep0227":
      return build(
        "<?xml version='1.0' encoding='UTF-8'?>\n<server-data xmlns='urn:xmpp:pie:0'>\n<host jid='capulet.example'>\n<user name='juliet'>\n<query xmlns='jabber:iq:roster'>\n",
        n,
        distinct,
        (i) => `<item jid='contact${i}@example.org' name='Contact ${i}' subscription='${["both", "to", "from", "none"][i % 4]}'><group>Group ${i % 20}</group></item>\n`,
        "</query>\n</user>\n</host>\n</server-data>\n",
      );
    case "pasted-text":
      return build("My contacts:\n", n, distinct, (i) => `"Person ${i}" <person${i}@example.com>${i % 2 === 0 ? ", " : "\n"}`, "\nthanks!\n");
  }
}
