import type { FieldSpec } from "../conversation/fields.ts";

/** The password fields of the move and resume flows; their names are the public ad-hoc field names. */
export const newPasswordField: FieldSpec = { var: "new-password", type: "text-private", label: "move-ask-new-password" };

export const oldPasswordField = (user: string): FieldSpec => ({ var: "old-password", type: "text-private", label: "move-ask-old-password", labelArgs: { user } });
