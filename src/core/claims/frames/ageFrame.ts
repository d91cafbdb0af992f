import { nameAtEnd, nameAtStart, personKey } from './sentenceParts';
import type { FramedFigure, QuantityFrame } from './quantityFrame';

/** An age and whose: "34-year-old Ana Ruiz", "a 16-year-old son", "Ruiz, 34,", "aged 34", "both 51". */
export function ageFrame(figure: FramedFigure, before: string, after: string): QuantityFrame | null {
  const isBare = /^\d+$/.test(figure.text);
  // "34-year-old Ana Ruiz", "a 16-year-old son", "Ruiz, 34 years old,"
  const old = /^-?\s*(?:years?[\s-]+)?old\b[\s,]*/i.exec(after);
  if (old && (figure.kind === 'duration' || isBare)) {
    const rest = after.slice(old[0].length);
    const name = nameAtStart(rest, 0);
    if (name) return { attribute: 'age', subject: personKey(name), isNamed: true };
    const before_ = nameAtEnd(before);
    if (before_) return { attribute: 'age', subject: personKey(before_), isNamed: true };
    const noun = /^([\p{Ll}-]+)/u.exec(rest)?.[1];
    return { attribute: 'age', subject: noun ? noun.toLowerCase() : null, isNamed: true };
  }
  if (!isBare) return null;
  // "aged 34"
  if (/\baged\s*$/i.test(before)) {
    const name = nameAtEnd(before.replace(/,?\s*aged\s*$/i, ''));
    return { attribute: 'age', subject: name ? personKey(name) : null, isNamed: true };
  }
  // An apposition: "Scott Russell, 46, was injured"; "Tennant and Hakim, both 51,".
  if (/^\s*(?:[,;)]|\.(?:\s|$)|$)/.test(after)) {
    if (/\bboth\s*$/i.test(before)) return { attribute: 'age', subject: null, isNamed: true };
    if (/,\s*$/.test(before) || /\(\s*$/.test(before)) {
      const name = nameAtEnd(before.replace(/[(,]\s*$/, ''));
      if (name) return { attribute: 'age', subject: personKey(name), isNamed: true };
    }
  }
  return null;
}
