import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import { listOnlineUsers, listRegisteredUsers, REGISTERED_USERS_NODE } from "../../../../src/protocol/account/server-admin.ts";
import { NS_DATA, NS_ITEMS } from "../../../../src/protocol/namespaces.ts";

const NS_COMMANDS = "http://jabber.org/protocol/commands";
const NS_ADMIN = "http://jabber.org/protocol/admin";
const USERS = Array.from({ length: 60 }, (_, i) => `user${i}@old.test`);

/**
 * A server that lets the bot run XEP-0133's registered-users list and, like a
 * server does, caps the list at max_items: a number, or "none" for no limit
 * (any other value gets the form's default of 25).
 */
function fakeServer(): AccountSession {
  const iq = async (_type: "get" | "set", child: Element): Promise<Element> => {
    if (child.is("query", NS_ITEMS)) {
      return xml("iq", { type: "result" }, xml("query", { xmlns: NS_ITEMS, node: NS_COMMANDS }, xml("item", { jid: "old.test", node: REGISTERED_USERS_NODE, name: "Get List of Registered Users" })));
    }
    const form = child.getChild("x", NS_DATA);
    if (!form) {
      const fields = [
        xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, NS_ADMIN)),
        xml("field", { var: "max_items", type: "list-single" }, ...["25", "50", "none"].map((v) => xml("option", {}, xml("value", {}, v)))),
      ];
      return xml("iq", { type: "result" }, xml("command", { xmlns: NS_COMMANDS, node: REGISTERED_USERS_NODE, sessionid: "s1", status: "executing" }, xml("x", { xmlns: NS_DATA, type: "form" }, ...fields)));
    }
    const max = form.getChildren("field").find((f) => f.attrs.var === "max_items")?.getChildText("value");
    const limit = max === "none" ? USERS.length : /^\d+$/.test(max ?? "") ? Number(max) : 25;
    const result = xml(
      "x",
      { xmlns: NS_DATA, type: "result" },
      xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, NS_ADMIN)),
      xml("field", { var: "registereduserjids", type: "jid-multi" }, ...USERS.slice(0, limit).map((u) => xml("value", {}, u))),
    );
    return xml("iq", { type: "result" }, xml("command", { xmlns: NS_COMMANDS, node: REGISTERED_USERS_NODE, sessionid: "s1", status: "completed" }, result));
  };
  return { jid: "migrate@old.test", preApproval: true, iq, send: async () => undefined, onStanza: () => undefined, close: async () => undefined };
}

describe("XEP-0133 user lists", () => {
  it("asks for the registered users without a limit and gets every account back", async () => {
    expect(await listRegisteredUsers(fakeServer(), "old.test")).toEqual(USERS);
  });

  it("says 'not offered' for a list the server does not have", async () => {
    expect(await listOnlineUsers(fakeServer(), "old.test")).toBeUndefined();
  });
});
