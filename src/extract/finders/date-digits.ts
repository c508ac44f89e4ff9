// Days whose 月 was lost in a page's markup: "928日" is 9月28日, "1025日" is 10月25日. Read only where one
// reading is possible, or where a range that follows settles it ("121日至2日" can only be 12月1日–2日);
// an ambiguous day gives nothing rather than a wrong month.

/** Three or four digits before 日, where a dateline or a lead writes a day ("927日，", "928日讯"). */
const DAMAGED = /(?<![\d月.\/第共计约近余超-])(\d{3,4})日(?=([至到—–-]\s*(\d{1,2})日)?)(?=[讯电，,、上下晚午中至到起前—–\-\s（(]|$)/g;

const valid = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** The [month, day] readings of digits that lost their 月, consistent with a range end when one follows. */
export function damagedDayReadings(digits: string, rangeEnd: number | null = null): [number, number][] {
  const cuts = digits.length === 4 ? [2] : [1, 2];
  return cuts
    .map((c): [number, number] => [+digits.slice(0, c), +digits.slice(c)])
    .filter(([m, d]) => valid(m, d))
    .filter(([, d]) => rangeEnd === null || rangeEnd >= d);
}

/** The text with every damaged day that has one reading written out as "M月D日"; the others are left as they are. */
export function repairDamagedDays(text: string): string {
  return text.replace(DAMAGED, (whole: string, digits: string, _range: string | undefined, end: string | undefined) => {
    const readings = damagedDayReadings(digits, end ? +end : null);
    return readings.length === 1 ? `${readings[0]![0]}月${readings[0]![1]}日` : whole;
  });
}
