/**
 * What the `ferry` command line offers, and the usage text made from it. The
 * operator reads it in a terminal, in English like every other message of the
 * command line (README: only what chat users see comes from `locales/`). Each
 * option is described once, here: parsing (`command-line.ts`) and the help
 * text both read it, so they cannot drift apart.
 */

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in the help text (string options). */
  value?: string;
  help: string;
  default?: string;
}

export interface CommandSpec {
  summary: string;
  /** What follows `ferry <command>` in the synopsis. */
  synopsis: string;
  description: string;
  options: Record<string, OptionSpec>;
}

const help: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

export const COMMANDS = {
  run: {
    summary: "run the bot (the default command)",
    synopsis: "",
    description: `Runs the bot until SIGTERM or SIGINT, then finishes the messages it is handling and signs off.
Settings come from FERRY_* environment variables, or the dotenv-style file named by FERRY_ENV_FILE;
FERRY_JID and FERRY_PASSWORD are required (README.md, "Configuration").
Exit status: 0 after a shutdown, 2 for a missing or invalid setting, 1 when the store cannot be
opened or the server refuses the bot's password.`,
    options: { help },
  },
  check: {
    summary: "sign in with the bot's settings and print whether Ferry has what it needs",
    synopsis: "[options]",
    description: `With the settings \`ferry\` runs with (FERRY_* variables, FERRY_ENV_FILE), signs the bot in on a
session of its own (a running Ferry stays online) and prints one line per need: the bot's sign-in,
the store, FERRY_ADMINS, server admin rights and which XEP-0133 user lists "all users" can use,
HTTP upload, PEP, and each provider of FERRY_PROVIDERS; each line ok or missing, with its fix.
Exit status: 0 ready (missing lines other than sign-in and store are warnings), 1 not ready,
2 for a missing or invalid setting or a mistake on the command line.`,
    options: {
      timeout: { type: "string", value: "SECONDS", default: "10", help: "how long each check may wait for an answer (default: 10)" },
      help,
    },
  },
  demo: {
    summary: "a throwaway Prosody on loopback with demo accounts, and Ferry on it",
    synopsis: "",
    description: `Starts Prosody on 127.0.0.1 (old.test and new.test, every file under .state/demo), seeds a small
world (alice's long-used account, bob's old contact files shared by upload) and connects Ferry to
it, then prints the accounts and a five-line tour of \`ferry say\` lines to try. Ctrl-C stops both.
FERRY_* variables in the environment override the demo's own settings.`,
    options: { help },
  },
  say: {
    summary: "sign in as a user, send the bot one message, print its replies",
    synopsis: "[options] USER@DOMAIN PASSWORD MESSAGE...",
    description: `Signs in as USER@DOMAIN, sends MESSAGE to the bot and prints every reply until the bot has been
quiet for --wait seconds. For trying Ferry without a chat client. Put -- before a MESSAGE
that starts with "-".`,
    options: {
      service: { type: "string", value: "URL", help: "where to connect: xmpp://host:port, xmpps://, ws://, wss:// (default: DNS for DOMAIN)" },
      to: { type: "string", value: "JID", help: "the bot's address (default: migrate@DOMAIN)" },
      lang: { type: "string", value: "CODE", help: "the language the message is marked with (xml:lang)" },
      wait: { type: "string", value: "SECONDS", default: "3", help: "how long to wait after the last reply (default: 3)" },
      help,
    },
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** Options that come before any command. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h", help: "show this help; `ferry COMMAND --help` shows a command's" },
  version: { type: "boolean", short: "V", help: "print Ferry's version" },
};

function optionLines(options: Record<string, OptionSpec>): string {
  const rows = Object.entries(options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`, o.help] as const);
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`).join("\n");
}

/** `ferry --help`, and what follows a mistake made before a command was named. */
export function mainUsage(): string {
  const names = Object.keys(COMMANDS) as CommandName[];
  const width = Math.max(...names.map((n) => n.length));
  return `Usage: ferry [COMMAND] [options]

Ferry is an XMPP bot that helps people move their account to another server.

Commands:
${names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`).join("\n")}

Options:
${optionLines(GLOBAL_OPTIONS)}
`;
}

/** `ferry COMMAND --help`, and what follows a mistake in that command's arguments. */
export function commandUsage(name: CommandName): string {
  const c: CommandSpec = COMMANDS[name];
  return `Usage: ferry ${name}${c.synopsis ? ` ${c.synopsis}` : ""}

${c.description}

Options:
${optionLines(c.options)}
`;
}
