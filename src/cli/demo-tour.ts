import type { ProsodyServer } from "../devserver/prosody.ts";
import { ALICE_ROSTER, DEMO_ACCOUNTS, DEMO_BOT, type DemoWorld } from "./demo-world.ts";

/** `ferry` run from the repository, as the operator types it. */
export const FERRY_COMMAND = "node bin/ferry.js";

/** The five things to try, in order: each is one `ferry say` line. */
function tourSteps(world: DemoWorld): { step: string; account: { jid: string; password: string }; message: string }[] {
  const { alice, aliceNew, bob } = DEMO_ACCOUNTS;
  return [
    { step: "move", account: alice, message: `move ${aliceNew.jid}` },
    { step: "status", account: alice, message: "status" },
    { step: "import", account: bob, message: world.shared.msn },
    { step: "backup", account: bob, message: "backup" },
    { step: "admin", account: alice, message: "stats" },
  ];
}

/**
 * What `ferry demo` prints once everything runs: the accounts, and a tour of
 * five `ferry say` lines that work as printed. Operator text, in English like
 * the rest of the command line.
 */
export function demoWelcome(server: ProsodyServer, world: DemoWorld, store: string): string {
  const { alice, aliceNew, bob, carol } = DEMO_ACCOUNTS;
  const port = server.c2sPort;
  const groups = new Set(ALICE_ROSTER.flatMap((c) => c.groups)).size;
  const accounts: [{ jid: string; password: string }, string[]][] = [
    [alice, [`${ALICE_ROSTER.length} roster entries in ${groups} groups, two behind an old ICQ gateway;`, "vCard, avatar, nickname, bookmarks; a Ferry admin"]],
    [aliceNew, ["alice's new account, still empty"]],
    [bob, ["has shared his old MSN contact list and his Outlook contacts:", world.shared.msn, world.shared.outlook]],
    [carol, []],
  ];
  const login = ({ jid, password }: { jid: string; password: string }) => `${jid} / ${password}`;
  const loginWidth = Math.max(...accounts.map(([a]) => login(a).length));
  const accountLines = accounts.flatMap(([account, notes]) =>
    (notes.length > 0 ? notes : [""]).map((note, i) => `  ${(i === 0 ? login(account) : "").padEnd(loginWidth)}  ${note}`.trimEnd()),
  );
  const say = `${FERRY_COMMAND} say --service ${server.service}`;
  const steps = tourSteps(world);
  const stepWidth = Math.max(...steps.map((s) => s.step.length));
  return `
Ferry is online as ${DEMO_BOT.jid}, on a throwaway Prosody at 127.0.0.1:${port} (plain TCP, no TLS).
Demo accounts (connect with host 127.0.0.1, port ${port}):
${accountLines.join("\n")}
The tour, from another terminal. Each line sends Ferry one message and prints its replies; answer
its questions with the same line, your answer as the message (for the move: ${aliceNew.password}, ${alice.password}, yes, no, 6; for the backup: 1, ${bob.password}, 2):
${steps.map((s) => `  ${s.step.padEnd(stepWidth)}  ${say} ${s.account.jid} ${s.account.password} ${s.message}`).join("\n")}
Store: ${store}. Press Ctrl-C to stop.
`;
}
