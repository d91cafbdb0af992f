// What an analyst would strike from a claims list at a glance: page furniture and fragments,
// judged on the claim's own text and value, independently of how the engine extracted it.

const linkLine = /^\s*(?:more from|read more|see also|related:|click here|share this|follow us)\b/i;
const dateline = /^[\p{Lu}\s.,'-]{3,40},?\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\s*[-–—:]?\s*$/u;
const url = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
/** A time cut from its hour or its "p.m.": "00 GMT", "3 p". */
const clippedTime = /^\s*(?:\d{2}\s*(?:GMT|BST|UTC|ET|PT)|\d{1,2}\s+[ap])\s*$/i;
const phoneNumber = /^\s*[\d\s()+-]{9,}\s*$/;

/** True when a claim, by its text or stated value, is furniture or a fragment rather than a claim. */
export function isJunkClaim(text: string, value: string | null): boolean {
  const body = text.trim();
  if (linkLine.test(body) || dateline.test(body) || url.test(body)) return true;
  if (value !== null && (clippedTime.test(value) || phoneNumber.test(value))) return true;
  const words = body.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  // A readable clause has a few words; a title or a caption of two words is not a claim.
  return words.length < 3;
}
