// Character tests on UTF-16 code units, so the hot loops never build one-character strings.
// ASCII is decided by ranges; other code units fall back to a Unicode property test.

const upperPattern = /[\p{Lu}\p{Lt}]/u;
const lowerPattern = /\p{Ll}/u;
const letterPattern = /[\p{L}\p{M}]/u;

export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpperCase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return upperPattern.test(String.fromCharCode(code));
}

export function isLowerCase(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return lowerPattern.test(String.fromCharCode(code));
}

export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letterPattern.test(String.fromCharCode(code));
}

/** Closing quotes and brackets that stay with the sentence they close. */
export function isCloser(code: number): boolean {
  return (
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d || // }
    code === 0xbb || // »
    code === 0x2019 || // ’
    code === 0x201d || // ”
    code === 0x203a // ›
  );
}

/** Opening quotes and brackets that may stand before the first word of a sentence. */
export function isOpener(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0xab || // «
    code === 0xbf || // ¿
    code === 0xa1 || // ¡
    code === 0x2018 || // ‘
    code === 0x201c || // “
    code === 0x201e || // „
    code === 0x2039 // ‹
  );
}

/** Characters that can end a sentence. The full stop is handled apart from these. */
export function isQuestionOrExclamation(code: number): boolean {
  return (
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x203c || // ‼
    code === 0x2047 || // ⁇
    code === 0x2048 || // ⁈
    code === 0x2049 // ⁉
  );
}

/** Bullets that open a list item wherever they stand after white space. */
export function isBullet(code: number): boolean {
  return (
    code === 0x2022 || // •
    code === 0x25e6 || // ◦
    code === 0x25aa || // ▪
    code === 0x25ab || // ▫
    code === 0x2023 || // ‣
    code === 0x2043 || // ⁃
    code === 0x25cf || // ●
    code === 0x25cb || // ○
    code === 0x25a0 || // ■
    code === 0x25a1 || // □
    code === 0x25ba || // ►
    code === 0x25b6 // ▶
  );
}

/** Dash-like bullets count only at the start of a line, where prose never puts them. */
export function isLineBullet(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x2013 || code === 0x2014; // - * – —
}

export const fullStop = 0x2e;
export const ellipsis = 0x2026;
export const lineFeed = 0x0a;
