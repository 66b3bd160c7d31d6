import { describe, it, expect } from "vitest";
import { planMembers, previewMembers, previewSettings, newRoomAddress, type MovedAddresses } from "../../../../flows/room-move/room-move-plan.ts";
import { copyConfig, type RoomConfigField } from "../../../../src/core/room-config.ts";

const field = (name: string, value: string, extra: Partial<RoomConfigField> = {}): RoomConfigField => ({ var: name, type: "text-single", values: [value], ...extra });

describe("the room move's member lists", () => {
  const moved: MovedAddresses = new Map([
    ["bob@old.test", { newJid: "bob@new.test", via: "ferry" }],
    ["carol@old.test", { newJid: "carol@new.test", via: "statement" }],
  ]);

  it("lists every entry, moved members under their new address, and says how many moved", () => {
    const members = planMembers({ owner: ["Olivia@old.test"], admin: ["bob@old.test"], member: ["carol@old.test", "dave@old.test"], outcast: ["troll@old.test"] }, moved);
    expect(members).toEqual([
      { jid: "olivia@old.test", affiliation: "owner" },
      { jid: "bob@old.test", affiliation: "admin", newJid: "bob@new.test", via: "ferry" },
      { jid: "carol@old.test", affiliation: "member", newJid: "carol@new.test", via: "statement" },
      { jid: "dave@old.test", affiliation: "member" },
      { jid: "troll@old.test", affiliation: "outcast" },
    ]);
    expect(previewMembers(members)).toMatchObject({ total: 5, owners: 1, admins: 1, members: 2, outcasts: 1, mapped: [{ jid: "bob@old.test" }, { jid: "carol@old.test" }] });
  });

  it("keeps an address listed twice on the higher list only", () => {
    expect(planMembers({ owner: ["a@x"], member: ["a@x", "b@x"] }, new Map())).toEqual([
      { jid: "a@x", affiliation: "owner" },
      { jid: "b@x", affiliation: "member" },
    ]);
  });

  it("names the new room after the old one on the target service", () => {
    expect(newRoomAddress("club@rooms.old.test", "rooms.new.test")).toBe("club@rooms.new.test");
  });
});

describe("the room move's settings preview", () => {
  it("names the settings that matter, says whether there is a password without its value, and counts the rest", () => {
    const preview = previewSettings([
      field("muc#roomconfig_roomname", "Book club"),
      field("muc#roomconfig_membersonly", "1", { type: "boolean" }),
      field("muc#roomconfig_roomsecret", "s3cret", { type: "text-private" }),
      field("muc#roomconfig_whois", "anyone", { type: "list-single" }),
      field("muc#roomconfig_historylength", "20"),
      field("muc#roomconfig_changesubject", "0", { type: "boolean" }),
      field("muc#roomconfig_roomowners", "o@x", { type: "jid-multi" }),
      field("info", "text", { type: "fixed" }),
    ]);
    expect(preview).toEqual({
      name: "Book club",
      description: "",
      membersOnly: true,
      moderated: false,
      persistent: false,
      passwordProtected: true,
      anonymity: "anyone",
      history: "20",
      others: 1,
    });
    expect(JSON.stringify(preview)).not.toContain("s3cret");
  });
});

describe("copying a room's configuration to another service", () => {
  const target = [
    field("muc#roomconfig_roomname", ""),
    field("muc#roomconfig_persistentroom", "0", { type: "boolean" }),
    field("muc#roomconfig_roomsecret", "", { type: "text-private" }),
    field("muc#roomconfig_passwordprotectedroom", "0", { type: "boolean" }),
    field("muc#roomconfig_allowinvites", "0", { type: "boolean" }),
    field("muc#maxhistoryfetch", "10"),
    field("muc#roomconfig_whois", "moderators", { type: "list-single", options: ["moderators", "anyone"] }),
  ];

  it("copies each value under the target's name for the setting, always persistent, and reports what has no place there", () => {
    const copy = copyConfig(
      [
        field("muc#roomconfig_roomname", "Book club"),
        field("muc#roomconfig_persistentroom", "0", { type: "boolean" }),
        field("muc#roomconfig_roomsecret", "s3cret", { type: "text-private" }),
        field("{http://prosody.im/protocol/muc}roomconfig_allowmemberinvites", "1", { type: "boolean" }),
        field("muc#roomconfig_historylength", "20"),
        field("muc#roomconfig_whois", "anyone", { type: "list-single" }),
        field("muc#roomconfig_presencebroadcast", "moderator", { type: "list-multi" }),
        field("muc#roomconfig_roomowners", "o@x", { type: "jid-multi" }),
        field("muc#roomconfig_lang", ""),
      ],
      target,
    );
    expect(copy.values).toEqual({
      "muc#roomconfig_roomname": ["Book club"],
      "muc#roomconfig_persistentroom": ["1"],
      "muc#roomconfig_roomsecret": ["s3cret"],
      "muc#roomconfig_passwordprotectedroom": ["1"],
      "muc#roomconfig_allowinvites": ["1"],
      "muc#maxhistoryfetch": ["20"],
      "muc#roomconfig_whois": ["anyone"],
    });
    expect(copy.uncopied).toEqual(["muc#roomconfig_presencebroadcast"]);
  });

  it("does not copy a list value the target does not offer", () => {
    const copy = copyConfig([field("muc#roomconfig_whois", "nobody", { type: "list-single" })], target);
    expect(copy.values["muc#roomconfig_whois"]).toBeUndefined();
    expect(copy.uncopied).toEqual(["muc#roomconfig_whois"]);
  });
});
