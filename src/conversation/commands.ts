/**
 * Every command the bot knows, in menu order. A command's words, title and
 * summary come from locales/ (`cmd-<id>`, `cmd-<id>-title`, `cmd-<id>-summary`);
 * its id is also its XEP-0050 node. A command either shows the menu or runs a flow.
 */
export interface CommandDef {
  id: string;
  adminOnly?: boolean;
  /** The flow in flows/ that runs it; none means it answers with the menu. */
  flow?: string;
}

export const COMMANDS: CommandDef[] = [
  { id: "move", flow: "move" },
  { id: "status", flow: "status" },
  { id: "resume", flow: "resume" },
  { id: "import", flow: "import" },
  { id: "backup", flow: "backup" },
  { id: "language", flow: "language" },
  { id: "broadcast", adminOnly: true, flow: "broadcast" },
  { id: "broadcasts", adminOnly: true, flow: "broadcasts" },
  { id: "stats", adminOnly: true, flow: "stats" },
  { id: "help" },
];

export function visibleCommands(commands: CommandDef[], isAdmin: boolean): CommandDef[] {
  return commands.filter((c) => isAdmin || !c.adminOnly);
}
