/**
 * A room's configuration as one group chat service gives it and another
 * takes it (XEP-0045 §10.2): which values carry over, under which field names.
 */

/** One field of a room's configuration form. */
export interface RoomConfigField {
  var: string;
  type: string;
  values: string[];
  /** The values a list field accepts. */
  options?: string[];
}

/** The owner and admin lists are carried as lists, with moved addresses mapped; copied as fields they would be copied unmapped. */
const CARRIED_AS_LISTS = new Set(["muc#roomconfig_roomowners", "muc#roomconfig_roomadmins"]);

/** Names services use for the same setting: the standard one first. */
const SAME_SETTING = [
  ["muc#roomconfig_allowinvites", "{http://prosody.im/protocol/muc}roomconfig_allowmemberinvites"],
  ["muc#roomconfig_historylength", "muc#maxhistoryfetch"],
];

export const PASSWORD_FIELD = "muc#roomconfig_roomsecret";
const PASSWORD_PROTECTED = "muc#roomconfig_passwordprotectedroom";
const PERSISTENT = "muc#roomconfig_persistentroom";

export const fieldValue = (fields: RoomConfigField[], name: string): string | undefined => fields.find((f) => f.var === name)?.values[0];

/** Where `name` goes in the target form: the same field, or the target's name for the same setting. */
function targetName(name: string, target: Map<string, RoomConfigField>): string | undefined {
  if (target.has(name)) return name;
  return SAME_SETTING.find((names) => names.includes(name))?.find((n) => target.has(n));
}

export interface ConfigCopy {
  /** What to submit to the new room. */
  values: Record<string, string[]>;
  /** Fields of the old room (with a value) that the new service has no place for, or whose value it does not offer. */
  uncopied: string[];
}

/**
 * The old room's values mapped onto the new room's form. The new room is
 * always persistent: occupants sent there by the old room's destruction
 * must find it, even after Ferry has left it.
 */
export function copyConfig(old: RoomConfigField[], target: RoomConfigField[]): ConfigCopy {
  const byName = new Map(target.map((f) => [f.var, f]));
  const values: Record<string, string[]> = {};
  const uncopied: string[] = [];
  for (const field of old) {
    if (field.type === "fixed" || field.type === "hidden" || CARRIED_AS_LISTS.has(field.var)) continue;
    const name = targetName(field.var, byName);
    const options = name ? byName.get(name)!.options : undefined;
    if (!name || (options && !field.values.every((v) => options.includes(v)))) {
      if (field.values.some((v) => v !== "")) uncopied.push(field.var);
      continue;
    }
    values[name] = field.values;
  }
  if (byName.has(PERSISTENT)) values[PERSISTENT] = ["1"];
  if (byName.has(PASSWORD_PROTECTED) && (fieldValue(old, PASSWORD_FIELD) ?? "") !== "") values[PASSWORD_PROTECTED] = ["1"];
  return { values, uncopied };
}
