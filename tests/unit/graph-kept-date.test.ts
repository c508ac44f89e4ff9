import { describe, expect, it } from 'vitest';
import { keptDate } from '../../src/graph/load.ts';

// What a re-load writes for an article's (or an event's) date, given the stored one (src/graph/load.ts, keepStored).
const stated = (date: string | null) => ({ date, yearAssumed: false });
const assumed = (date: string) => ({ date, yearAssumed: true });

describe('the date a re-load keeps', () => {
  it('keeps a stored date when the new extraction has none', () => {
    expect(keptDate(stated(null), stated('2025-03-05'))).toEqual(stated('2025-03-05'));
    expect(keptDate(stated(null), assumed('2026-03-05'))).toEqual(assumed('2026-03-05'));
  });

  it('keeps a stated stored date over an assumed year', () => {
    expect(keptDate(assumed('2026-03-05'), stated('2025-03-05'))).toEqual(stated('2025-03-05'));
  });

  it('lets a stated date replace a stored one, assumed or not, and an assumed year replace an assumed one', () => {
    expect(keptDate(stated('2024-03-05'), assumed('2026-03-05'))).toEqual(stated('2024-03-05'));
    expect(keptDate(stated('2024-03-05'), stated('2025-03-05'))).toEqual(stated('2024-03-05'));
    expect(keptDate(assumed('2027-03-05'), assumed('2026-03-05'))).toEqual(assumed('2027-03-05'));
    expect(keptDate(assumed('2026-03-05'), stated(null))).toEqual(assumed('2026-03-05'));
  });
});
