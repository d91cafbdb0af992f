import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/core/language/dates/findDateMentions';

// Hand-made sentences; 2021-09-15 is a Wednesday.
const published = '2021-09-15';
const read = (sentence: string, publishedAt: string | null = published) =>
  findDateMentions(sentence, 0, sentence.length, publishedAt).map(({ text, from, to, instant }) => ({ text, from, to, instant }));

describe('findDateMentions', () => {
  it('reads a past-tense weekday as the most recent such day on or before publication', () => {
    expect(read('The minister said on Monday that talks had failed.')[0]).toMatchObject({ from: '2021-09-13', to: '2021-09-13' });
    expect(read('Police said Friday the road was closed.')[0]).toMatchObject({ from: '2021-09-10' });
    expect(read('The strike began on Wednesday.')[0]).toMatchObject({ from: '2021-09-15' });
  });

  it('reads a future-tense weekday as the next such day', () => {
    expect(read('The council will vote on Friday.')[0]).toMatchObject({ from: '2021-09-17' });
    expect(read('Leaders are expected to meet on Monday.')[0]).toMatchObject({ from: '2021-09-20' });
  });

  it('does not read an outlet or a named day as a date', () => {
    expect(read('The Herald on Sunday reported the claim.')).toEqual([]);
    expect(read('He told the Mail on Sunday he would stay.')).toEqual([]);
    expect(read('A source told The Sunday Times of the plan.')).toEqual([]);
  });

  it('resolves relative days, weeks and months against the publication date', () => {
    expect(read('The body was found yesterday.')[0]).toMatchObject({ from: '2021-09-14', to: '2021-09-14' });
    expect(read('The bridge was closed last week.')[0]).toMatchObject({ from: '2021-09-06', to: '2021-09-12' });
    expect(read('Prices rose last month.')[0]).toMatchObject({ from: '2021-08-01', to: '2021-08-31' });
    expect(read('The strike was called last weekend.')[0]).toMatchObject({ from: '2021-09-11', to: '2021-09-12' });
  });

  it('gives a day and month without a year the year that puts it before publication', () => {
    expect(read('The fire broke out on 19 May.')[0]).toMatchObject({ from: '2021-05-19' });
    expect(read('The fire broke out on 19 December.')[0]).toMatchObject({ from: '2020-12-19' });
    expect(read('Elections will be held on 19 December.')[0]).toMatchObject({ from: '2021-12-19' });
    expect(read('It happened on March 3, 2009.')[0]).toMatchObject({ from: '2009-03-03' });
  });

  it('makes clock times with a zone comparable instants', () => {
    expect(read('The quake struck at 0737 GMT on Tuesday.').map((date) => date.instant)).toContain('2021-09-14T07:37:00.000Z');
    expect(read('The quake struck at 07:37 UTC.')[0]?.instant).toBe('2021-09-15T07:37:00.000Z');
    expect(read('The quake struck at 3:37 a.m. EDT.')[0]?.instant).toBe('2021-09-15T07:37:00.000Z');
  });

  it('keeps a local time without a zone but gives it no instant', () => {
    expect(read('The quake struck at 7:37 a.m. local time on Tuesday.').every((date) => date.instant === undefined)).toBe(true);
  });

  it('keeps what a date states when the piece has no publication date', () => {
    const [date] = findDateMentions('They met on Monday.', 0, 19, null);
    expect(date).toMatchObject({ from: null, to: null, weekday: 1 });
  });
});
