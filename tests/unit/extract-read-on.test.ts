import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';

// A page cut from its paper: a month and day, no year anywhere, no publication line (made-up text).
const page = '某县召开项目推进会\n\n10月26日上午，某县召开项目推进会。县委书记甲乙主持会议，县长丙丁出席。\n';
const dateOf = (doc: { text: string; date?: string; readOn?: string }) => extractDocuments([{ source: 'p.txt', ...doc }]).articles[0]?.date;

// The first extraction loads the segmenter's dictionaries: seconds on a busy machine.
describe('a month and day with no year anywhere in the file', { timeout: 60_000 }, () => {
  it('has no date when nothing says when the text is read', () => {
    expect(dateOf({ text: page })).toBeNull();
  });

  it('is read in the year of the day it is read, and the year before when the month is more than one ahead', () => {
    expect(dateOf({ text: page, readOn: '2026-11-28' })).toBe('2026-10-26');
    expect(dateOf({ text: page, readOn: '2027-01-05' })).toBe('2026-10-26');
    expect(dateOf({ text: page, readOn: '2027-09-20' })).toBe('2027-10-26');
  });

  it('yields to a year the text gives and to a publication date the caller gives', () => {
    expect(dateOf({ text: page.replace('10月26日上午', '2021年10月26日上午'), readOn: '2026-11-28' })).toBe('2021-10-26');
    expect(dateOf({ text: page, date: '2019-10-27', readOn: '2026-11-28' })).toBe('2019-10-26');
  });

  it('assumes only a year: a relative day (昨天) still needs a publication date', () => {
    expect(dateOf({ text: page.replace('10月26日上午', '昨天上午'), readOn: '2026-11-28' })).toBeNull();
  });

  it('says which years were assumed, on the article and its events, and only those', () => {
    const assumed = extractDocuments([{ source: 'p.txt', text: page, readOn: '2026-11-28' }]);
    expect(assumed.articles[0]).toMatchObject({ date: '2026-10-26', yearAssumed: true });
    const events = assumed.entities.filter((e) => e.type === 'Event');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toMatchObject({ date: '2026-10-26', yearAssumed: true });
    // A year the text gives, or a publication date the caller gives, is stated: no flag anywhere.
    for (const doc of [{ text: page.replace('10月26日上午', '2021年10月26日上午') }, { text: page, date: '2019-10-27' }]) {
      const stated = extractDocuments([{ source: 'p.txt', readOn: '2026-11-28', ...doc }]);
      expect(stated.articles[0]!.date).not.toBeNull();
      expect([...stated.articles, ...stated.entities].filter((r) => 'yearAssumed' in r)).toEqual([]);
    }
  });
});
