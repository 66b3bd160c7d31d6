import { describe, it, expect, afterEach } from "vitest";
import { jid } from "@xmpp/client";
import { createBotConnection, type BotConnection } from "../../../../src/protocol/connection/bot-connection.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import { freePort } from "../../../../src/devserver/child-server.ts";

/** Loopback services nobody listens on: every connection is refused at once. */
async function closedServices(count: number): Promise<string[]> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  return ports.map((p) => `xmpp://127.0.0.1:${p}`);
}

/** A bot connection whose DNS answers `answers` in turn (the last one again when they run out), recording where it connects. */
function connectionWith(answers: string[][]) {
  let lookups = 0;
  const connection = createBotConnection({
    jid: "migrate@old.test",
    password: "pw",
    services: async () => answers[Math.min(lookups++, answers.length - 1)]!,
    log: createLogger("silent"),
    onFatal: () => undefined,
  });
  const started: string[] = [];
  connection.xmpp.on("connecting", (service: string) => started.push(service));
  const reconnected: string[] = [];
  connection.xmpp.reconnect.on("reconnecting", () => reconnected.push(String(connection.service())));
  return { connection, started, reconnected, lookups: () => lookups };
}

describe("the bot's connection", () => {
  let connection: BotConnection | undefined;
  afterEach(async () => connection?.stop());

  it("starts on each service in turn and reports the last one's error", async () => {
    const services = await closedServices(2);
    const world = connectionWith([services]);
    connection = world.connection;
    await expect(connection.start()).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(world.started).toEqual(services);
    expect(connection.service()).toBe(services[1]);
  });

  it("looks the services up again on each reconnect and takes the next, from the first again once online", async () => {
    const [a, b, c] = await closedServices(3);
    // DNS changes before the third attempt.
    const world = connectionWith([[a!, b!], [a!, b!], [c!], [a!, b!]]);
    connection = world.connection;
    const reconnect = () => connection!.xmpp.reconnect.reconnect().catch(() => undefined);
    await reconnect();
    await reconnect();
    await reconnect();
    connection.xmpp.emit("online", jid("migrate@old.test/ferry"));
    await reconnect();
    expect(world.reconnected).toEqual([a, b, c, a]);
    expect(world.lookups()).toBe(4);
  });
});
