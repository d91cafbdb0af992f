import { describe, expect, it } from 'vitest';
import { findMeasures } from '../../../src/core/language/quantities/findMeasures';

// Hand-made sentences, one rule each.
const measures = (sentence: string) => findMeasures(sentence);
const only = (sentence: string) => {
  const found = measures(sentence);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('findMeasures', () => {
  it('converts lengths to metres so that different units compare', () => {
    const wave = only('The wave was 60 m high.');
    const other = only('Witnesses put the wave at 200 ft.');
    expect(wave).toMatchObject({ kind: 'length', baseUnit: 'm', value: 60 });
    expect(other?.value).toBeCloseTo(60.96, 2);
    expect(only('The town is six miles away.')).toMatchObject({ kind: 'length', text: 'six miles' });
    expect(only('The town is six miles away.')?.value).toBeCloseTo(9656.064, 2);
  });

  it('reads a bracketed restatement in other units as one measure', () => {
    const depth = only('The quake was 10 kilometers (6 miles) deep.');
    expect(depth).toMatchObject({ text: '10 kilometers (6 miles)', value: 10_000, baseUnit: 'm' });
    expect(depth?.alternatives[0]?.value).toBeCloseTo(9656.064, 2);
    expect(only('The fund holds €800bn (£670bn).')).toMatchObject({ kind: 'money', baseUnit: 'EUR', value: 8e11, alternatives: [{ value: 6.7e11, baseUnit: 'GBP' }] });
  });

  it('normalises mass, area, speed and temperature to base units', () => {
    expect(only('The bomb held 5 tonnes of explosive.')).toMatchObject({ kind: 'mass', baseUnit: 'kg', value: 5000 });
    expect(only('Fire burned 2,000 hectares of forest.')).toMatchObject({ kind: 'area', baseUnit: 'm2', value: 2e7 });
    expect(only('Fire burned 3 sq km of forest.')).toMatchObject({ kind: 'area', value: 3e6 });
    expect(only('Gusts reached 100 km/h.')?.value).toBeCloseTo(27.78, 2);
    expect(only('Gusts reached 60 miles per hour.')?.value).toBeCloseTo(26.82, 2);
    expect(only('It was 20C in the shade.')).toMatchObject({ kind: 'temperature', baseUnit: 'K' });
    expect(only('It was 20C in the shade.')?.value).toBeCloseTo(293.15, 2);
  });

  it('reads earthquake magnitudes written several ways', () => {
    for (const sentence of ['A magnitude 6.1 quake hit.', 'A 6.1-magnitude quake hit.', 'The quake measured 6.1 on the Richter scale.', 'Officials put the magnitude at 6.1.']) {
      expect(only(sentence)).toMatchObject({ kind: 'magnitude', value: 6.1 });
    }
  });

  it('reads money in any currency and percentages', () => {
    expect(only('The plan costs £3.5bn.')).toMatchObject({ kind: 'money', baseUnit: 'GBP', value: 3.5e9 });
    expect(only('The plan costs 40 billion yen.')).toMatchObject({ baseUnit: 'JPY', value: 4e10 });
    expect(only('Turnout was 61.2 per cent.')).toMatchObject({ kind: 'percent', value: 61.2 });
  });

  it('keeps qualifiers as ranges', () => {
    expect(only('More than 1,000 people fled.')).toMatchObject({ kind: 'count', value: 1000, low: 1000, high: null, qualifier: 'more than' });
    expect(only('Winds of up to 120 mph were forecast.')).toMatchObject({ low: 0, qualifier: 'up to' });
    expect(only('About 300 homes flooded.')).toMatchObject({ low: 255, high: 345 });
    expect(only('At least six miles of road closed.')).toMatchObject({ high: null, qualifier: 'at least' });
    expect(only('Between 10 and 20 miles of coast.')).toMatchObject({ kind: 'length' });
  });

  it('reads number words and durations', () => {
    expect(only('A dozen people were hurt.')).toMatchObject({ kind: 'count', value: 12 });
    expect(only('The siege lasted three weeks.')).toMatchObject({ kind: 'duration', baseUnit: 's', value: 3 * 604_800 });
    expect(only('A 14-day ceasefire began.')).toMatchObject({ kind: 'duration', value: 14 * 86_400 });
  });

  it('reads no junk from clock times, dates, years and names', () => {
    expect(measures('The quake struck at 12:00 GMT.')).toEqual([]);
    expect(measures('The quake struck at 3 p.m. and again at 0737 GMT.')).toEqual([]);
    expect(measures('It happened on 2 May 2013, in the 1990s and in 2009.')).toEqual([]);
    expect(measures('The tension rose among the Sixers on Interstate 75.')).toEqual([]);
  });
});
