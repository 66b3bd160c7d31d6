import { readCommandLine } from "./command-line.ts";

/** The `ferry` command: `ferry` runs the bot, `ferry check` says whether it is ready; `ferry demo` and `ferry say` are for trying it out (`ferry --help`). */
const invocation = readCommandLine(process.argv.slice(2));

switch (invocation.kind) {
  case "help":
    process.stdout.write(invocation.text);
    break;
  case "version":
    // The version the bot tells XMPP clients (XEP-0092), read from package.json in one place.
    console.log((await import("../protocol/bot/software-version.ts")).FERRY_VERSION);
    break;
  case "mistake":
    process.stderr.write(`${invocation.line}\n\n${invocation.usage}`);
    // Not process.exit(): the text must reach a piped stderr before the process ends.
    process.exitCode = 2;
    break;
  case "run":
    await (await import("./run-bot.ts")).runBot();
    break;
  case "demo":
    await (await import("./demo.ts")).runDemo();
    break;
  case "say": {
    const { runSay, SayFailure } = await import("./say.ts");
    await runSay(invocation.say).catch((err: unknown) => {
      if (!(err instanceof SayFailure)) throw err;
      process.stderr.write(`ferry say: ${err.message}\n`);
      process.exitCode = 1;
    });
    break;
  }
  case "check": {
    const { runCheck } = await import("./check/run-check.ts");
    const { SettingsError } = await import("../config/settings.ts");
    const status = await runCheck(invocation.check).catch((err: unknown) => {
      if (!(err instanceof SettingsError)) throw err;
      process.stderr.write(`ferry check: ${err.message}\n`);
      return 2;
    });
    // A probe given up on (no answer in time) may still hold a socket: the verdict is out, so the process ends here.
    process.stdout.write("", () => process.exit(status));
    break;
  }
}
