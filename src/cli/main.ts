/** The `ferry` command: `ferry` runs the bot; `ferry demo` and `ferry say` are for trying it out. */
const [command, ...args] = process.argv.slice(2);

switch (command) {
  case undefined:
  case "run":
    await (await import("./run-bot.ts")).runBot();
    break;
  case "demo":
    await (await import("./demo.ts")).runDemo();
    break;
  case "say":
    await (await import("./say.ts")).runSay(args);
    break;
  default:
    console.error(`ferry: unknown command "${command}". Use: ferry [run | demo | say]`);
    process.exit(2);
}
