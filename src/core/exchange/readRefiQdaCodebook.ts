// Reads the codes of a REFI-QDA codebook (.qdc, urn:QDA-XML:codebook:1.0). htmlparser2's XML
// mode is forgiving, so well-formedness is checked here: every element closed by its own end
// tag, only the five XML entities, and no DOCTYPE (a codebook needs none, and an internal
// subset is how entity bombs arrive). Nested codes are flattened to "Parent/Child" paths.
import { Parser } from 'htmlparser2';
import { refiCodebookNamespace } from '../dossier/exchange/buildRefiQdaCodebook';
import { ExchangeFileError } from './ExchangeFileError';

/** The separator between a code and the codes nested in it, as QDA tools show code paths. */
export const codePathSeparator = '/';

/** Counts the end tags the tokenizer meets, so one that closes nothing (which htmlparser2 drops) is seen. */
class CountingParser extends Parser {
  endTags = 0;

  override onclosetag(start: number, endIndex: number): void {
    this.endTags += 1;
    super.onclosetag(start, endIndex);
  }
}

const strayAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);
/** An element name as a message shows it: a hostile file's names can be any length. */
const shown = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/** Every code's path, in document order, parents before their children. */
export function readRefiQdaCodebook(text: string, name: string): string[] {
  const refuse = (why: string) => new ExchangeFileError('wrong-format', `${name} is not a REFI-QDA codebook: ${why}.`);
  if (/<!DOCTYPE/i.test(text)) throw refuse('it carries a DOCTYPE, which a codebook never needs');
  if (strayAmpersand.test(text)) throw refuse('it uses an "&" that is not one of the XML entities, so it is not well-formed XML');
  const open: { name: string; selfClosing: boolean }[] = [];
  const codePath: (string | undefined)[] = [];
  const codes: string[] = [];
  let root: { name: string; namespace: string | undefined } | undefined;
  let fault: string | undefined;
  let textOutside = false;
  let isInCodes = false;
  let explicitCloses = 0;
  const parser = new CountingParser(
    {
      onopentag(tag, attributes) {
        const prefix = tag.includes(':') ? tag.slice(0, tag.indexOf(':')) : undefined;
        if (!root) root = { name: localName(tag), namespace: attributes[prefix === undefined ? 'xmlns' : `xmlns:${prefix}`] };
        else if (open.length === 0) fault ??= 'it has more than one root element';
        const source = text.slice(parser.startIndex, parser.endIndex + 1);
        open.push({ name: tag, selfClosing: source.endsWith('/>') });
        if (localName(tag) === 'Codes' && open.length === 2) isInCodes = true;
        if (localName(tag) === 'Code' && isInCodes) {
          const own = attributes.name;
          if (own === undefined) fault ??= 'a Code has no name';
          const parent = codePath.at(-1);
          const path = parent === undefined ? (own ?? '') : `${parent}${codePathSeparator}${own ?? ''}`;
          codePath.push(path);
          codes.push(path);
        } else codePath.push(codePath.at(-1));
      },
      onclosetag(tag, isImplied) {
        const element = open.pop();
        // htmlparser2 closes elements left open by a wrong end tag or the end of input as "implied".
        if (isImplied && !element?.selfClosing) fault ??= `the element <${shown(tag)}> is not closed by </${shown(tag)}>`;
        if (!isImplied) explicitCloses += 1;
        codePath.pop();
        if (localName(tag) === 'Codes' && open.length === 1) isInCodes = false;
      },
      ontext(data) {
        if (open.length === 0 && data.trim() !== '') textOutside = true;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  if (!root) throw refuse('it holds no XML element');
  if (parser.endTags !== explicitCloses) fault ??= 'it has an end tag that closes no open element';
  if (textOutside) throw refuse('it has text outside its root element, so it is not well-formed XML');
  if (fault) throw refuse(fault);
  if (root.name !== 'CodeBook' || root.namespace !== refiCodebookNamespace) throw refuse(`its root is <${shown(root.name)}> ${root.namespace ? `in ${shown(root.namespace)}` : 'with no namespace'}, not <CodeBook> in ${refiCodebookNamespace}`);
  return codes;
}
