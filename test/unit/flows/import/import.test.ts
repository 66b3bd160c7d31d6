import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import { newJob } from "../../../../src/jobs/job.ts";

const alice = "alice@old.test";

describe("import flow (chat, fake accounts)", () => {
  it("previews pasted addresses, then adds them to the chatting account after its password", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    expect((await w.chat.handle(alice, "import")).join("\n")).toMatch(/Your file or your list/);
    const preview = (await w.chat.handle(alice, "romeo@x.test, juliet@y.test\nnot an address\nromeo@x.test, joe@hotmail.com")).join("\n");
    expect(preview).toMatch(/This is a list of addresses with 3 entries/);
    expect(preview).toMatch(/2 contacts can be added: 2 already XMPP addresses/);
    expect(preview).toMatch(/1 entry cannot be added:\njoe@hotmail\.com: a legacy network address, but no gateway/);
    expect(preview).toMatch(/1 part of the file held no address I could use:\nline 2: not an address \(no address\)/);
    expect(preview).toMatch(/Where should I add these contacts\?\n1\. to this account \(alice@old\.test\)\n2\. send them to my chat client/);
    expect((await w.chat.handle(alice, "1")).join("\n")).toMatch(/password of this account, alice@old\.test/);
    expect(await w.chat.handle(alice, "pw")).toEqual([expect.stringMatching(/Adding 2 contacts to alice@old\.test now/)]);
    const report = await w.untilNotice(/import into alice@old\.test is done/);
    expect(report).toMatch(/Of 3 entries: 2 added \(2 asked to share presence\), 0 failed, 1 not added\./);
    expect(w.accounts.get(alice).roster.map((c) => c.jid).sort()).toEqual(["juliet@y.test", "romeo@x.test"]);
  });

  it("keeps the last import's record when a new preview is abandoned", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    await upToPassword(w, "romeo@x.test");
    await w.chat.handle(alice, "pw");
    await w.untilNotice(/import into alice@old\.test is done/);
    await w.chat.handle(alice, "import");
    expect((await w.chat.handle(alice, "zed@x.test")).join("\n")).toMatch(/Where should I add these contacts/);
    await w.chat.handle(alice, "cancel");
    expect(await w.engine.store("import").get(alice)).toMatchObject({ status: "done", contacts: [expect.objectContaining({ jid: "romeo@x.test" })] });
  });

  it("offers the target of a move, and XEP-0144 suggestions without any password", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [{ jid: "a@x.test", groups: [], subscription: "both" }]);
    w.accounts.add("alice@new.test", "new-pw");
    for (const m of ["move", "alice@new.test", "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
    await w.untilNotice(/move to alice@new\.test is done/);
    await w.chat.handle(alice, "import");
    const preview = (await w.chat.handle(alice, "zed@x.test")).join("\n");
    expect(preview).toMatch(/2\. to your new account \(alice@new\.test\)/);
    expect(await w.chat.handle(alice, "3")).toEqual([expect.stringMatching(/I sent 1 contact to your client as suggestions/)]);
    expect(w.suggestions).toEqual([{ user: alice, contacts: [expect.objectContaining({ jid: "zed@x.test" })] }]);
  });

  it("does not offer XEP-0144 suggestions when the user's client does not announce them", async () => {
    const w = unitWorld();
    w.clientsWithoutSuggestions.add(alice);
    await w.chat.handle(alice, "import");
    const preview = (await w.chat.handle(alice, "zed@x.test")).join("\n");
    expect(preview).toMatch(/Where should I add these contacts\?\n1\. to this account \(alice@old\.test\)\nSend the number/);
    expect((await w.chat.handle(alice, "2")).join("\n")).not.toMatch(/sent 1 contact to your client/);
    expect(w.suggestions).toEqual([]);
  });

  it("answers a broken or dangerous file with a clear message and asks again", async () => {
    const w = unitWorld();
    await w.chat.handle(alice, "import");
    const chatHistory = `<?xml version="1.0"?><Log FirstSessionID="1" LastSessionID="1"><Message Date="1/1/2005" Time="10:00" DateTime="2005-01-01T10:00:00Z" SessionID="1"><From><User FriendlyName="Joe"/></From><To><User FriendlyName="Ann"/></To><Text>hi</Text></Message></Log>`;
    const out = (await w.chat.handle(alice, chatHistory)).join("\n");
    expect(out).toMatch(/That is a Windows Live Messenger chat history, not a contact list/);
    expect(out).toMatch(/Your file or your list/);
    expect((await w.chat.handle(alice, "aesgcm://upload.example/abc#key")).join("\n")).toMatch(/end-to-end encrypted/);
  });
});

/** From now on roster writes wait until the returned function is called: an import started then stays running. */
function holdRosterWrites(w: ReturnType<typeof unitWorld>): () => void {
  let letGo = () => undefined as void;
  const open = new Promise<void>((r) => (letGo = r));
  const signIn = w.accounts.signIn;
  w.accounts.signIn = async (jid, password) => {
    const session = await signIn(jid, password);
    return {
      ...session,
      iq: async (type, child, to) => {
        if (type === "set") await open;
        return session.iq(type, child, to);
      },
    };
  };
  w.restart(); // the engines take the wrapped sign-in
  return letGo;
}

/** Chat `import` of pasted addresses into the chatting account, up to the password step. */
async function upToPassword(w: ReturnType<typeof unitWorld>, addresses: string) {
  await w.chat.handle(alice, "import");
  await w.chat.handle(alice, addresses);
  await w.chat.handle(alice, "1");
}

describe("a second import while one is running", () => {
  it("is refused with a message, and the running import finishes and reports", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    const letGo = holdRosterWrites(w);
    await upToPassword(w, "romeo@x.test, juliet@y.test");
    expect(await w.chat.handle(alice, "pw")).toEqual([expect.stringMatching(/Adding 2 contacts to alice@old\.test now/)]);

    const first = await w.adhoc.handle({ user: alice, node: "import", action: "execute" });
    if (!("sessionid" in first)) throw new Error(JSON.stringify(first));
    const second = await w.adhoc.handle({ user: alice, node: "import", sessionid: first.sessionid, action: "next", values: { file: ["mercutio@z.test"] } });
    expect(second).toMatchObject({ status: "completed" });
    expect("notes" in second && second.notes.map((n) => n.text).join("\n")).toMatch(/This import is already running, so I did not start it a second time/);

    letGo();
    expect(await w.untilNotice(/import into alice@old\.test is done/)).toMatch(/Of 2 entries: 2 added/);
    expect(w.accounts.get(alice).roster.map((c) => c.jid).sort()).toEqual(["juliet@y.test", "romeo@x.test"]);
  });

  it("is refused at the password too, when another import started after this one's preview", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    await upToPassword(w, "romeo@x.test");
    const running = newJob("import", "job-1", alice, alice, [], [], []);
    running.status = "running";
    await w.engine.store("import").save(running);
    expect((await w.chat.handle(alice, "pw")).join("\n")).toMatch(/This import is already running/);
    expect(await w.engine.store("import").get(alice)).toMatchObject({ id: "job-1", status: "running" });
    expect(w.accounts.get(alice).roster).toEqual([]);
  });
});

describe("the import's password step", () => {
  it("asks again after a wrong password, and stops after the third with the way back to `import`", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    await upToPassword(w, "romeo@x.test");
    for (let i = 0; i < 2; i++) {
      const out = (await w.chat.handle(alice, "wrong")).join("\n");
      expect(out).toMatch(/The password for alice@old\.test did not work/);
      expect(out).toMatch(/password of this account, alice@old\.test/);
    }
    expect((await w.chat.handle(alice, "wrong")).join("\n")).toMatch(/third wrong password, so I stopped for safety\. Send \*import\* to start again/);
  });

  it("says an unreachable server is unreachable, not a wrong password, and lets the user choose again", async () => {
    const w = unitWorld(); // alice's account is not there: its server cannot be reached
    await upToPassword(w, "romeo@x.test");
    const out = (await w.chat.handle(alice, "pw")).join("\n");
    expect(out).toMatch(/I could not reach the server of alice@old\.test/);
    expect(out).not.toMatch(/did not work/);
    expect(out).toMatch(/Where should I add these contacts\?/);
  });

  it("answers a failure on Ferry's side (the draft is gone) as such, not as a wrong password", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    await upToPassword(w, "romeo@x.test");
    await w.store.delete(`import-draft:${alice}`);
    const out = (await w.chat.handle(alice, "pw")).join("\n");
    expect(out).toMatch(/something went wrong on my side/);
    expect(out).not.toMatch(/did not work/);
  });
});
