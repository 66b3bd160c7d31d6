/**
 * A command the bot knows (the list is flows/registry.ts). Its words, title and
 * summary come from locales/ (`cmd-<id>`, `cmd-<id>-title`, `cmd-<id>-summary`);
 * its id is also its XEP-0050 node. A command either shows the menu or runs a flow.
 */
export interface CommandDef {
  id: string;
  adminOnly?: boolean;
  /** The flow in flows/ that runs it; none means it answers with the menu. */
  flow?: string;
  /** A file shared in chat outside any flow starts this command, the file answering its first question. */
  startsFromSharedFile?: boolean;
}

export function visibleCommands(commands: CommandDef[], isAdmin: boolean): CommandDef[] {
  return commands.filter((c) => isAdmin || !c.adminOnly);
}
