import type { ProsodyServer } from "../devserver/prosody.ts";
import { ALICE_ROSTER, DEMO_ACCOUNTS, DEMO_BOT, type DemoWorld } from "./demo-world.ts";

/** The command that runs `ferry say` from the repository, as the operator types it. */
export const SAY_COMMAND = "node bin/ferry.js say";

/** The five things to try, in order: each is one `ferry say` line. */
export function tourSteps(world: DemoWorld): { step: string; account: { jid: string; password: string }; message: string }[] {
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
  const contacts = ALICE_ROSTER.length;
  const groups = new Set(ALICE_ROSTER.flatMap((c) => c.groups)).size;
  const say = `${SAY_COMMAND} --service ${server.service}`;
  const steps = tourSteps(world);
  const width = Math.max(...steps.map((s) => s.step.length));
  return `
Ferry is online as ${DEMO_BOT.jid}, on a throwaway Prosody at 127.0.0.1:${port} (plain TCP, no TLS).
Demo accounts (connect with host 127.0.0.1, port ${port}):
  ${alice.jid} / ${alice.password}          ${contacts} roster entries in ${groups} groups, two behind an old ICQ gateway;
                                       vCard, avatar, nickname, bookmarks; a Ferry admin
  ${aliceNew.jid} / ${aliceNew.password}      alice's new account, still empty
  ${bob.jid} / ${bob.password}              has shared his old MSN contact list and his Outlook contacts:
                                       ${world.shared.msn}
                                       ${world.shared.outlook}
  ${carol.jid} / ${carol.password}
The tour, from another terminal. Each line sends Ferry one message and prints its replies; answer
its questions with the same line, your answer as the message (for the move: ${aliceNew.password}, ${alice.password}, yes, no):
${steps.map((s) => `  ${s.step.padEnd(width)}  ${say} ${s.account.jid} ${s.account.password} ${s.message}`).join("\n")}
Store: ${store}. Press Ctrl-C to stop.
`;
}
