// Shortening text without splitting a character: a cut never leaves half of a surrogate pair (an emoji, a rare CJK ideograph).

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The longest start of `text` that is at most `max` UTF-16 units (the unit cells and limits count)
 * and ends on a whole code point: a lone surrogate shows as U+FFFD and is not valid text to store.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : Math.max(0, max);
  return text.slice(0, end);
}

/** `text` at most `limit` units long, ending in "…" where it was cut (a whole code point before it). */
export function excerpt(text: string, limit: number): string {
  return text.length <= limit ? text : `${cutText(text, limit - 1)}…`;
}
