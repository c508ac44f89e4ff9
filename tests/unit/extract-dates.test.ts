import { describe, expect, it } from 'vitest';
import { damagedDayReadings, repairDamagedDays } from '../../src/extract/finders/date-digits.ts';
import { calendarAnchors, chineseNumber, dateClues, datelineDay, ownNameYear, publicationDate, resolveDate } from '../../src/extract/finders/dates.ts';

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
    // An e-paper's page line below the article opens its line with the page's date; one inside a sentence does not.
    expect(publicationDate('标题\n\n正文，8月10日，某镇签约。\n\n2021-09-11 某县某镇 2 2 某某日报 con1.html\n', 0)).toBe('2021-09-11');
    expect(publicationDate('标题\n\n正文说，截至2021-09-11 全镇签约10个项目。\n', 0)).toBeNull();
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

  it('reads days that lost their 月 only where one reading is possible, never a wrong month', () => {
    expect(repairDamagedDays('某某网河东1025日讯（记者 甲乙）1024日上午，')).toBe('某某网河东10月25日讯（记者 甲乙）10月24日上午，');
    expect(repairDamagedDays('928日，考察团到访')).toBe('9月28日，考察团到访');
    // 1月21日至2日 cannot be: 12月1日至2日 is the only reading.
    expect(repairDamagedDays('121日至2日，代表团来访')).toBe('12月1日至2日，代表团来访');
    expect(damagedDayReadings('121')).toEqual([[1, 21], [12, 1]]);
    expect(repairDamagedDays('121日上午，代表团来访')).toBe('121日上午，代表团来访');
    expect(repairDamagedDays('限120日内完成，共100日')).toBe('限120日内完成，共100日');
    expect(resolveDate(dateClues('121日上午，代表团来访', '', null), [2024], null)).toBeNull();
  });

  it('takes the event day after a dateline, not the dateline, even below photo captions', () => {
    const clues = dateClues('图为签约现场', '图为签约现场。某某网10月27日讯（记者 甲乙）10月24日上午，两地举行座谈会。', null);
    expect(resolveDate(clues, [], '2023-10-27')).toBe('2023-10-24');
    expect(resolveDate(dateClues('某某网河东1028日讯（记者 甲乙）1027日，考察团到访。', '', null), [], '2017-10-28')).toBe('2017-10-27');
  });

  it('takes the year from the event\'s own name before a title\'s, and a 近日 lead takes the day written later', () => {
    expect(ownNameYear('4月25日，某市·2019企业家交流恳谈会期间，市长一行拜访企业')).toBe(2019);
    expect(ownNameYear('3月18日上午，某区2021年一季度招商项目“云签约”活动举行')).toBe(2021);
    expect(ownNameYear('两地自2016年结对以来，合作不断深化')).toBeNull();
    const visit = dateClues('近日，考察团赴某县考察。', '近日，考察团赴某县考察。8月3日上午，考察团出席了2016某县民俗文化节活动。', '某县援建干部名单—2022年某市援疆');
    expect(resolveDate(visit, [], null)).toBe('2016-08-03');
  });

  it('reads a whole-year summary by the month of the event, and falls back to the year the body names most', () => {
    expect(resolveDate(dateClues('12月5日下午，协作视频会议召开。', '会议总结2021年协作帮扶成效，谋划新一年工作。', null), [], null)).toBe('2021-12-05');
    expect(resolveDate(dateClues('1月9日，会议召开。', '会议总结2021年协作帮扶成效。', null), [], null)).toBe('2022-01-09');
    const budget = dateClues('12月3日上午，常委会召开会议。', '会议审议了2024年预算调整的报告，初步审议了2024年预算执行和2025年预算编制的报告；审议了2024年度环境状况的报告。', null);
    expect(resolveDate(budget, [], null)).toBe('2024-12-03');
    expect(resolveDate(dateClues('9月6日，街道一行到访。', '两地在2016年结成帮扶对子以来合作不断。', null), [], null)).toBeNull();
  });

  it('takes the first day of a range written without its first 日', () => {
    expect(resolveDate(dateClues('5月16-19日，第三届洽谈会举行。', '', null), [2023], null)).toBe('2023-05-16');
    expect(resolveDate(dateClues('7月3至4日，副秘书长一行来访。', '', null), [2023], null)).toBe('2023-07-03');
  });
});

