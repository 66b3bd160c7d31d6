import type { RegistrationField, RegistrationRequest, RegistrationResult } from "../../src/protocol/account/in-band-registration.ts";

type FieldSketch = Partial<RegistrationField> & { var: string; type: string };

/**
 * A provider's side of XEP-0077 for `vi.mock` of in-band-registration.ts: an open data form
 * (fields read at each request, so a test can change them) and every registration recorded.
 */
export function fakeProvider(o: { fields: () => FieldSketch[]; requests: RegistrationRequest[]; created?: (jid: string, password: string) => void }) {
  return {
    fetchRegistrationForm: async () => ({
      kind: "open",
      formType: "data-form",
      fields: o.fields().map((f): RegistrationField => ({ required: true, values: [], options: [], media: [], ...f })),
    }),
    registerAccount: async (domain: string, _map: unknown, request: RegistrationRequest): Promise<RegistrationResult> => {
      o.requests.push(request);
      const jid = `${request.username}@${domain}`;
      o.created?.(jid, request.password);
      return { ok: true, jid };
    },
  };
}
