import { describe, expect, it } from 'vitest';
import type { ExtractedMention } from '../../../src/core/claims/ExtractedMention';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { makeSource } from './makeSource';

type Of<K extends ExtractedMention['kind']> = Extract<ExtractedMention, { kind: K }>;
const ofKind = <K extends ExtractedMention['kind']>(mentions: ExtractedMention[], kind: K): Of<K>[] =>
  mentions.filter((mention): mention is Of<K> => mention.kind === kind);

describe('extractClaims', () => {
  it('ties every mention to its exact span', () => {
    const source = makeSource(1, 'Health Minister Anna Berg said on Friday that 4,000 nurses will be hired.\n\n"We will not wait any longer for this reform," Berg told reporters.', '2024-06-12');
    for (const mention of extractClaims(source)) {
      expect(mention.sourceId).toBe(1);
      expect(mention.end).toBeGreaterThan(mention.start);
      expect(source.text.slice(mention.start, mention.end).length).toBe(mention.end - mention.start);
    }
  });

  it('attributes quotes across paragraphs, pronouns and roles, with names normalised', () => {
    const text = [
      'Finance Minister Maria Olsen met union leaders in Oslo on Monday.',
      'Ms Olsen set out the plan, saying:',
      '"The budget protects every hospital in the country. Nobody will lose their local clinic."',
      'She added that talks would continue.',
      '"We are ready to listen to every proposal that keeps the books balanced."',
      'The Finance Minister said:',
      '"Our door remains open to the unions and to every employer in the region."',
    ].join('\n\n');
    const quotes = ofKind(extractClaims(makeSource(1, text, '2024-03-06')), 'quote');
    expect(quotes.map((quote) => quote.speaker?.key)).toEqual(['olsen', 'olsen', 'olsen', 'olsen']);
    expect(quotes[0]?.speaker?.name).toBe('Maria Olsen');
    expect(quotes[3]?.speaker?.role).toBe('Finance Minister');
    expect(text.slice(quotes[0]?.start, quotes[0]?.end)).toBe('The budget protects every hospital in the country.');
  });

  it('keeps a speaker given only by office when the text names nobody for it', () => {
    const text = 'The Interior Secretary said:\n\n"Border checks will be doubled from next month at every crossing."';
    const [quote] = ofKind(extractClaims(makeSource(1, text)), 'quote');
    expect(quote?.speaker).toEqual({ name: null, key: null, role: 'Interior Secretary' });
  });

  it('reads quantities with qualifier, unit, currency and what they count', () => {
    const text =
      'The bank lent more than €2.5bn (£2.1bn) to farmers. About 300 soldiers joined a 14-day exercise. ' +
      'Officials counted 1,200 flood deaths each month, and nearly 40 countries sent aid.';
    const quantities = ofKind(extractClaims(makeSource(1, text)), 'quantity').map((mention) => mention.quantity);
    expect(quantities.map((quantity) => quantity.text)).toEqual([
      'more than €2.5bn (£2.1bn)',
      'About 300 soldiers',
      '14-day exercise',
      '1,200 flood deaths',
      'nearly 40 countries',
    ]);
    expect(quantities[0]).toMatchObject({ value: 2.5e9, currency: 'EUR', qualifier: 'more than', alternatives: [{ value: 2.1e9, currency: 'GBP' }] });
    expect(quantities[1]).toMatchObject({ value: 300, thing: 'soldier', low: 255, high: 345 });
    expect(quantities[2]).toMatchObject({ value: 14 * 86_400, unit: 's', kind: 'duration', thing: 'exercise' });
    expect(quantities[3]?.thing).toBe('death');
    expect(quantities[4]).toMatchObject({ thing: 'country', high: 40 });
  });

  it('resolves relative dates of events against the publication date', () => {
    const text = [
      'Prime Minister Tom Reyes will visit Lisbon on Thursday for trade talks.',
      'Reyes spoke to the Spanish foreign minister on Monday.',
      'The agreement was signed today (12 March) by both governments in Madrid.',
      'Farm exports to Canada collapsed last week after the strike.',
    ].join('\n\n');
    const events = ofKind(extractClaims(makeSource(1, text, '2025-03-12')), 'event');
    expect(events.map((event) => event.date.from)).toEqual(['2025-03-13', '2025-03-10', '2025-03-12', '2025-03-03']);
    expect(events[3]?.date.to).toBe('2025-03-09');
    expect(events[0]?.people).toEqual(['reyes']);
  });

  it('reads roles as stated: before the name, as an appositive, and former offices', () => {
    const text =
      'The talks were led by the UN’s High Commissioner for Refugees, Omar Haddad, and by Danish Prime Minister Lene Holm. ' +
      'Former Canadian President Paul Grant also attended.';
    const roles = ofKind(extractClaims(makeSource(1, text)), 'role');
    expect(roles.map((role) => [role.person, role.role])).toEqual([
      ['haddad', 'the UN’s High Commissioner for Refugees'],
      ['holm', 'Danish Prime Minister'],
      ['grant', 'Former Canadian President'],
    ]);
    expect(text.slice(roles[0]?.start, roles[0]?.end)).toBe('the UN’s High Commissioner for Refugees, Omar Haddad');
  });

  it('keeps statements with their attribution and leaves short headings out', () => {
    const text = 'Budget talks\n\nAccording to the Treasury, the deficit fell sharply in the first quarter of the year.\n\nCity officials said the bridge repairs in Leeds would cost far more than planned.';
    const statements = ofKind(extractClaims(makeSource(1, text)), 'statement');
    expect(statements.map((statement) => statement.attribution)).toEqual(['the Treasury', 'City officials']);
  });
});
