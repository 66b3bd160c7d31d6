/** The HTTP half of an upload: one PUT of a file's bytes to a URL an upload service handed out. */

export interface PutRequest {
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
  timeoutMs: number;
}

/** Why a PUT failed: the HTTP status, or the name of the error that stopped it (`TimeoutError`…). */
export interface PutFailure {
  detail: string;
}

/**
 * PUTs the body and resolves with undefined once the server accepted it.
 * Redirects are refused: the URL is the one the service named, and a redirect
 * would carry the file (and its authorization headers) somewhere else.
 */
export async function putFile(req: PutRequest): Promise<PutFailure | undefined> {
  try {
    const response = await fetch(req.url, {
      method: "PUT",
      headers: req.headers,
      body: req.body,
      redirect: "error",
      signal: AbortSignal.timeout(req.timeoutMs),
    });
    await response.body?.cancel();
    return response.ok ? undefined : { detail: String(response.status) };
  } catch (err) {
    return { detail: (err as Error).name };
  }
}
