import { describe, expect, it } from 'vitest';
import { calendarAnchors, chineseNumber, dateClues, datelineDay, publicationDate, resolveDate } from '../../src/extract/finders/dates.ts';

describe('dates', () => {
  it('reads Chinese numbers', () => {
    expect([chineseNumber('十五'), chineseNumber('二十'), chineseNumber('二十一'), chineseNumber('十'), chineseNumber('x')]).toEqual([15, 20, 21, 10, null]);
  });

  it('knows the political calendar: five-year plans and party congresses', () => {
    expect(calendarAnchors('2026年是“十五五”开局之年')).toEqual([2026]);
    expect(calendarAnchors('今年是“十四五”规划收官之年')).toEqual([2025]);
    expect(calendarAnchors('今年是全面贯彻落实党的二十大精神的开局之年')).toEqual([2023]);
  });

  it('finds publication dates in labels and mastheads, not in the body', () => {
    expect(publicationDate('海沧报\n发布日期:2025-04-17\n')).toBe('2025-04-17');
    expect(publicationDate('广州日报　2022年02月16日　第A5版\n\n标题\n', 30)).toBe('2022-02-16');
    expect(publicationDate('本报讯（记者 甲乙）正文提到2019年3月1日的事。', 0)).toBeNull();
  });

  it('reads datelines with and without the month', () => {
    expect(datelineDay('本报重庆7月4日电（记者 邓嘉欣）')).toEqual([7, 4]);
    expect(datelineDay('本报北京4日电（记者 甲乙）')).toEqual([null, 4]);
    expect(datelineDay('本报讯（记者 甲乙）')).toBeNull();
  });

  it('takes the first day of a range, the year from the title, a sibling, or the calendar', () => {
    const range = dateClues('由区委书记王卫率队，于1月25日至28日赴京开展工作', '', null);
    expect(resolveDate(range, [2023], null)).toBe('2023-01-25');
    const titled = dateClues('3月27日，会议召开', '', '2026年龙岗区·寻乌县支援合作联席会议召开');
    expect(resolveDate(titled, [], null)).toBe('2026-03-27');
    const anchored = dateClues('1月20日，会议召开', '今年是全面贯彻落实党的二十大精神的开局之年。', null);
    expect(resolveDate(anchored, [], null)).toBe('2023-01-20');
    const statistic = dateClues('1月28日是春节后第一个工作日', '2022年，业务量超37万件。', null);
    expect(resolveDate(statistic, [], null)).toBe('2023-01-28');
    expect(resolveDate(dateClues('3月1日，会议召开', '', null), [], null)).toBeNull();
  });

  it('counts relative days from the publication date, and a December event reported in January belongs to the year before', () => {
    expect(resolveDate(dateClues('昨日，会议召开', '', null), [], '2025-04-17')).toBe('2025-04-16');
    expect(resolveDate(dateClues('12月30日，会议召开', '', null), [], '2025-01-02')).toBe('2024-12-30');
    expect(resolveDate(dateClues('', '', null, [null, 30]), [], '2025-07-02')).toBe('2025-06-30');
    expect(resolveDate(dateClues('会议召开', '', null), [], '2025-07-02')).toBe('2025-07-02');
    expect(resolveDate(dateClues('会议召开', '', null), [], null)).toBeNull();
  });
});
