// A new request id for a sidebar write: made once per draft and sent with every try, so the server can tell a retry from a new write.

/** A random UUID; crypto.randomUUID needs a secure context, which the add-on's https frame is, and getRandomValues covers the rest. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The draft's request id, made now if it has none. A change to what the draft says clears its id
 * (see the forms), so an edited retry is a new write, while "Try again" on an unchanged draft
 * repeats the same request.
 */
export function ensureRequestId<T extends { requestId?: string }>(draft: T): T & { requestId: string } {
  return { ...draft, requestId: draft.requestId || newRequestId() };
}
