/**
 * The files of the demo world: bob's old contact lists, as MSN Messenger and
 * Outlook.com wrote them, and the admin's table of where MSN users went.
 * Made here rather than kept as fixtures so the demo needs nothing but Ferry.
 */

/** Where the demo's MSN gateway lives: FERRY_TRANSPORTS writes the rest of bob's MSN contacts behind it. */
export const DEMO_MSN_GATEWAY = "msn.old.test";

/** FERRY_CONTACT_MAP: MSN users who already moved to XMPP, as an admin collects them. */
export const DEMO_CONTACT_MAP = `legacy,jid
mad.hatter@hotmail.com,hatter@new.test
dodo_bird@msn.com,dodo@new.test
lorina.l@hotmail.com,lorina@old.test
`;

/** Bob's MSN Messenger contact list: three people in the admin's table, three only reachable through the gateway. */
export const DEMO_MSN_CTT = `<?xml version="1.0"?>
<messenger>
  <service name=".NET Messenger Service">
    <contactlist>
      <contact>mad.hatter@hotmail.com</contact>
      <contact type="1">dodo_bird@msn.com</contact>
      <contact>lorina.l@hotmail.com</contact>
      <contact>sasha_k@hotmail.com</contact>
      <contact type="1">mike.t@live.com</contact>
      <contact>knave.of.hearts@hotmail.com</contact>
    </contactlist>
  </service>
</messenger>
`;

/** Outlook.com's current export header (one line in the file). */
const OUTLOOK_HEADER = [
  "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi", "Surname Yomi",
  "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone", "Home Phone 2", "Business Phone",
  "Business Phone 2", "Mobile Phone", "Car Phone", "Other Phone", "Primary Phone", "Pager", "Business Fax",
  "Home Fax", "Other Fax", "Company Main Phone", "Callback", "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress",
  "Job Title", "Department", "Company", "Office Location", "Manager's Name", "Assistant's Name", "Assistant's Phone",
  "Company Yomi", "Business Street", "Business City", "Business State", "Business Postal Code",
  "Business Country/Region", "Home Street", "Home City", "Home State", "Home Postal Code", "Home Country/Region",
  "Other Street", "Other City", "Other State", "Other Postal Code", "Other Country/Region", "Personal Web Page",
  "Spouse", "Schools", "Hobby", "Location", "Web Page", "Birthday", "Anniversary", "Notes",
];

/** Bob's Outlook.com contacts: three XMPP addresses, one MSN address (through the gateway), one person with e-mail only. */
const OUTLOOK_ROWS: Record<string, string>[] = [
  { "First Name": "Carol", "Last Name": "Liddell", "E-mail Address": "carol@example.com", IMAddress: "carol@new.test" },
  { "First Name": "Queen", "Last Name": "of Hearts", IMAddress: "queen@old.test", Company: "Hearts, Clubs & Co." },
  { "First Name": "White", "Last Name": "Rabbit", IMAddress: "white.rabbit@new.test", Notes: 'Always late, always "busy".\nCall after 6.' },
  { "First Name": "Duchess", IMAddress: "duchess@hotmail.com", "Mobile Phone": "+44 7700 900123" },
  { "First Name": "Joe", "Last Name": "Bloggs", "E-mail Address": "joe.bloggs@example.com" },
];

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** As Outlook.com writes it: a byte-order mark, CRLF line ends, quotes only where needed. */
export const DEMO_OUTLOOK_CSV =
  "\uFEFF" + [OUTLOOK_HEADER, ...OUTLOOK_ROWS.map((row) => OUTLOOK_HEADER.map((column) => row[column] ?? ""))].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
