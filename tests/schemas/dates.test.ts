import { describe, expect, it } from 'vitest';
import { dayRange, isRealPartialDate, precisionOf } from '../../src/lib/dates.ts';
import { isoDay, partialDate } from '../../src/schemas/dates.ts';

describe('partial dates', () => {
  it('accepts a day, a month or a year that exist', () => {
    expect(['2021-05-27', '2020-02-29', '1988-02', '1994'].every(isRealPartialDate)).toBe(true);
  });
  it('rejects days and months that do not exist', () => {
    expect(['2021-02-29', '2021-04-31', '2021-13', '2021-00-10', '21-05-27', '2021/05/27'].some(isRealPartialDate)).toBe(false);
  });
  it('carries the precision it was written with', () => {
    expect([precisionOf('1994'), precisionOf('1994-05'), precisionOf('1994-05-12')]).toEqual(['year', 'month', 'day']);
  });
  it('covers the whole month or year it names', () => {
    expect(dayRange('2020-02')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(dayRange('1994')).toEqual({ first: '1994-01-01', last: '1994-12-31' });
    expect(dayRange('2021-05-27')).toEqual({ first: '2021-05-27', last: '2021-05-27' });
  });
  it('normalises what YAML readers produce: Date objects and bare years become ISO text in UTC', () => {
    expect(partialDate.parse(new Date(Date.UTC(2021, 4, 27)))).toBe('2021-05-27');
    expect(partialDate.parse(1994)).toBe('1994');
    expect(isoDay.safeParse('1994').success).toBe(false);
  });
});
