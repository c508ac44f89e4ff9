// Dates: the day of the reported event and the year it falls in, from the article itself, its title,
// a publication line, a sibling article, relative words (昨日, 近日), or political-calendar anchors.
import { repairDamagedDays } from './date-digits.ts';

export interface DateClues {
  /** Year written next to the day ("2026年3月27日"). */
  explicit: number | null;
  /** Month and day of the event. */
  month: number | null;
  day: number | null;
  /** Other evidence for the year, strongest first. */
  yearHints: number[];
  /** Offset in days from the publication date (昨日 = -1, 今日/近日 = 0). */
  relative: number | null;
  /** A day with no month (dateline "本报北京4日电", "昨日（3日）"): month and year come from the publication date. */
  datelineDayOnly: number | null;
  /** Days from the dated day to the event ("本报7月4日电 昨日…" = -1). */
  shift: number;
  /** A day written later in the body, for an article that opens with 近日 and has no publication date. */
  laterMonth: number | null;
  laterDay: number | null;
  /** The year the body writes most often (not a year something began, "自2018年…以来"): the last resort. */
  bodyYear: number | null;
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 十五 → 15, 二十 → 20, 二十一 → 21. */
export function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  const t = s.indexOf('十');
  if (t < 0) return s.length === 1 ? CN_NUM[s]! : null;
  const tens = t === 0 ? 1 : CN_NUM[s[t - 1]!]!;
  const ones = t === s.length - 1 ? 0 : CN_NUM[s[t + 1]!]!;
  return tens * 10 + ones;
}

/** Years implied by well-known anchors: the N-th five-year plan and the N-th Party Congress. */
export function calendarAnchors(text: string): number[] {
  const out: number[] = [];
  // “十五五”开局之年 = 2026, “十四五”收官之年 = 2025.
  for (const m of text.matchAll(/[“"]?([一二三四五六七八九十]{1,3})五[”"]?(?:规划)?(?:的)?(开局之年|开局年|收官之年|收官年|谋划之年)/g)) {
    const n = chineseNumber(m[1]!);
    if (n === null) continue;
    // The 3rd plan began in 1966 (after three years of readjustment); every plan since is five years.
    const start = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
    out.push(m[2]!.startsWith('收官') ? start + 4 : m[2]!.startsWith('谋划') ? start - 1 : start);
  }
  // 党的二十大精神的开局之年 = 2023: congresses sit every five years, the 19th in 2017.
  for (const m of text.matchAll(/党的([一二三四五六七八九十]{2,4})大(?:精神)?的?开局之年/g)) {
    const n = chineseNumber(m[1]!);
    if (n !== null && n >= 12) out.push(2017 + 5 * (n - 19) + 1);
  }
  return out;
}

/** A date written in full: 2025-03-18, 2022年02月16日, 发布日期:… */
export function publicationDate(text: string, bylineAt = 300): string | null {
  const labelled = /(?:发布日期|发布时间|出版日期|发稿时间|日期)\s*[:：]?\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/.exec(text);
  // A masthead line before the first article: "广州日报 2022年02月16日 第A5版", "2025年7月5日 星期六".
  const masthead = /(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?/.exec(text.slice(0, Math.max(0, Math.min(bylineAt, 400))));
  const weekday = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:星期|周)[一二三四五六日天]/.exec(text.slice(0, 2000));
  // An e-paper's page line, anywhere: "2021-09-11 X县X镇 2 2 X日报 …" opens a line with the page's date.
  const pageLine = /^[ \t\u3000]*(\d{4})-(\d{1,2})-(\d{1,2})(?=[ \t\u3000]|$)/m.exec(text);
  const m = labelled ?? masthead ?? weekday ?? pageLine;
  return m ? iso(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** The dispatch date in a dateline: "本报重庆7月4日电" → [7, 4]; "本报北京4日电" → [null, 4]. */
export function datelineDay(byline: string | null): [number | null, number] | null {
  const m = byline ? /(?:(\d{1,2})月)?(\d{1,2})日(?:电|讯)/.exec(repairDamagedDays(byline)) : null;
  return m ? [m[1] ? +m[1] : null, +m[2]!] : null;
}

export function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const dt = new Date(`${date}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

/** "3月27日", "2026年3月27日", and the first day of a range written without its 日 ("5月16-19日", "7月3至4日"). */
const MONTH_DAY = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:日|(?=\s*[-—–~至到]\s*\d{1,2}日))/;

/** A dateline written in running text: "X网10月27日讯", "本报北京3月5日电". */
const DATELINE = /(\d{1,2})月(\d{1,2})日(?:讯|电)/;

/** Clues from the article (`lead` is where the event's date is written, `body` all its text, `text` the part below its headlines). */
export function dateClues(rawLead: string, rawBody: string, title: string | null, dateline: [number | null, number] | null = null, rawText = rawBody): DateClues {
  const clues: DateClues = { explicit: null, month: null, day: null, yearHints: [], relative: null, datelineDayOnly: null, shift: 0, laterMonth: null, laterDay: null, bodyYear: null };
  let [lead, body, text] = [repairDamagedDays(rawLead), repairDamagedDays(rawBody), repairDamagedDays(rawText)];
  // A dateline inside the lead ("X网10月27日讯 10月24日上午，…") dates the report, not the event.
  // A dateline below photos and their captions starts the lead where it stands.
  const inLead = DATELINE.exec(lead) ?? DATELINE.exec(body);
  if (inLead) {
    dateline ??= [+inLead[1]!, +inLead[2]!];
    if (inLead.input === body && inLead.index < 2000) lead = body.slice(inLead.index, inLead.index + 160);
    lead = lead.replace(DATELINE, (d) => ' '.repeat(d.length));
    body = body.replace(DATELINE, (d) => ' '.repeat(d.length));
    text = text.replace(DATELINE, (d) => ' '.repeat(d.length));
  }
  // The event's day: the first "M月D日" of the lead ("1月25日至28日" is a range: its first day),
  // else the dateline's ("本报重庆7月4日电"), else a relative word, else any date in the body.
  const md = MONTH_DAY.exec(lead);
  const rel = /(昨日|昨天|前日|前天|今日|今天|日前|近日|当日|本周)/.exec(lead);
  // "昨日（3日）" states the day outright; "21日上午，" in the lead is the event's day (the dateline may be the next).
  const stated = /(?:昨日|昨天|前日|前天|今日|今天|当日|日前|近日)[（(](\d{1,2})日[）)]/.exec(lead) ?? /(?<![月\d])(\d{1,2})日(?=[，,上下晚午至起夜])/.exec(lead);
  // A day later in the text, below the headlines: a masthead's "2020年12月23日 星期三" above them is the page's date.
  const later = MONTH_DAY.exec(text) ?? MONTH_DAY.exec(body);
  const shift = rel ? (/昨/.test(rel[1]!) ? -1 : /前[日天]/.test(rel[1]!) ? -2 : 0) : 0;
  // The sentence that writes the event's day: a year in the event's own name there is the best hint there is.
  let dayAt: [string, number] | null = md ? [lead, md.index] : null;
  if (md) {
    clues.explicit = md[1] ? +md[1] : null;
    clues.month = +md[2]!;
    clues.day = +md[3]!;
  } else if (stated) {
    const day = +stated[1]!;
    dayAt = [lead, stated.index];
    if (dateline && dateline[0] !== null) {
      // A day after the dispatch day belongs to the month before.
      clues.month = day <= dateline[1] ? dateline[0] : dateline[0] === 1 ? 12 : dateline[0] - 1;
      clues.day = day;
    } else clues.datelineDayOnly = day;
  } else if (dateline && dateline[0] !== null) {
    [clues.month, clues.day] = [dateline[0], dateline[1]];
    // "本报重庆7月4日电 昨日…": the dispatch date is a day after the event.
    clues.shift = shift;
  } else if (dateline) {
    clues.datelineDayOnly = dateline[1];
    clues.shift = shift;
  } else if (rel) {
    clues.relative = shift;
    // "近日，…" and later "8月3日上午，…": that day, when no publication date says what 近日 means.
    if (later && /近日|日前/.test(rel[1]!)) {
      [clues.laterMonth, clues.laterDay] = [+later[2]!, +later[3]!];
      if (later[1]) clues.explicit = +later[1];
      dayAt = [later.input, later.index];
    }
  } else if (later) {
    clues.explicit = later[1] ? +later[1] : null;
    clues.month = +later[2]!;
    clues.day = +later[3]!;
    dayAt = [later.input, later.index];
  }
  const eventYear = dayAt ? ownNameYear(sentenceAt(dayAt[0], dayAt[1])) : null;
  if (eventYear) clues.yearHints.push(eventYear);
  // The year in the title ("2026年…联席会议召开") or in the meeting's own name ("2025年第12次…").
  const titleYear = title ? /(\d{4})年/.exec(title) : null;
  if (titleYear) clues.yearHints.push(+titleYear[1]!);
  const meetingYear = /(\d{4})年(?:度)?[^，。\d]{0,12}?第?[一二三四五六七八九十\d]+次[^，。]{0,20}(?:会议|会)/.exec(body);
  if (meetingYear) clues.yearHints.push(+meetingYear[1]!);
  const leadYear = ownNameYear(lead);
  if (leadYear) clues.yearHints.push(leadYear);
  clues.yearHints.push(...calendarAnchors(body));
  // A whole past year (a statistic "2022年，…业务量超37万件", a work summary "总结2022年…成效") is
  // reported at its end or early in the next: the event's month tells which.
  const wholeYear = (y: number) => (clues.month ?? clues.laterMonth ?? 1) >= 10 ? y : y + 1;
  // "特别是在2020年，两市克服…" is such a year too; "2014年，是…的第一年" names the current year.
  for (const m of body.matchAll(/(?:^|[。，,；;])(?:特别是|尤其是)?在?(\d{4})年(?:全年|度)?[，,](是)?/g)) clues.yearHints.push(m[2] ? +m[1]! : wholeYear(+m[1]!));
  const pastWork = /(\d{4})年[^，,。]{0,20}(?:工作情况|工作总结|工作报告|情况汇报)|总结(\d{4})年/.exec(body);
  if (pastWork) clues.yearHints.push(wholeYear(+(pastWork[1] ?? pastWork[2])!));
  clues.bodyYear = commonestYear(body);
  return clues;
}

/** The sentence of `text` around offset `at`. */
function sentenceAt(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const to = text.slice(at).search(/[。\n]/);
  return text.slice(from, to < 0 ? text.length : at + to);
}

/** A year inside an event's own name: "2020年一季度招商引资项目签约活动", "X市·2018企业家恳谈会". */
export function ownNameYear(sentence: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?:年度?)?(?![\d年月]*(?:以来|至今))[^，,。；;、\d]{0,24}?(?:会议|大会|座谈会|恳谈会|推介会|洽谈会|交流会|博览会|交易会|论坛|峰会|节|活动|仪式)/.exec(sentence);
  return m && !/(?:自|从|于)$/.test(sentence.slice(0, m.index)) ? +m[1]! : null;
}

/** The year written most often in the body (the latest of a tie), leaving out years something began in. */
function commonestYear(body: string): number | null {
  const counts = new Map<number, number>();
  for (const m of body.matchAll(/(?<![\d自从])((?:19|20)\d{2})年(?!代)(?=([^，,。；;]{0,24}))/g)) {
    if (/以来|至今|开始|起[，,]/.test(m[2]!)) continue;
    counts.set(+m[1]!, (counts.get(+m[1]!) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

/**
 * Resolves an article's date. `siblingYears` are years found in other articles of the same file,
 * `published` the file's publication date (--date or a publication line).
 */
export function resolveDate(c: DateClues, siblingYears: number[], published: string | null, readOn?: string): string | null {
  const date = resolveDay(c, siblingYears, published, readOn);
  return date && c.shift ? addDays(date, c.shift) : date;
}

/**
 * resolveDate, and whether the date's year is only the reader's (`readOn`): readOn is the last resort for a year, so a
 * date that resolves with it and not without it has nothing in the file behind its year. The loader keeps a stored
 * date over such a one (src/graph/load.ts, keepStored).
 */
export function resolveDateAsRead(c: DateClues, siblingYears: number[], published: string | null, readOn?: string): { date: string | null; yearAssumed: boolean } {
  const date = resolveDate(c, siblingYears, published, readOn);
  return { date, yearAssumed: date !== null && readOn !== undefined && resolveDate(c, siblingYears, published) === null };
}

function resolveDay(c: DateClues, siblingYears: number[], published: string | null, readOn?: string): string | null {
  if (c.month !== null && c.day !== null) {
    // An event in December reported in January belongs to the year before.
    const yearOf = (day: string, month: number) => (month > +day.slice(5, 7) + 1 ? +day.slice(0, 4) - 1 : +day.slice(0, 4));
    let year = c.explicit;
    if (year === null && published) year = yearOf(published, c.month);
    year ??= c.yearHints[0] ?? siblingYears[0] ?? c.bodyYear;
    // No year anywhere in the file (a page cut from its paper, 10月26日上午): the reader's year, not no date at all.
    if (year === null && readOn) year = yearOf(readOn, c.month);
    return year === null ? null : iso(year, c.month, c.day);
  }
  if (c.relative !== null && published) return addDays(published, c.relative);
  if (c.laterMonth !== null && c.laterDay !== null) return resolveDay({ ...c, month: c.laterMonth, day: c.laterDay, laterMonth: null, laterDay: null }, siblingYears, published, readOn);
  if (c.datelineDayOnly !== null && published) {
    const day = c.datelineDayOnly;
    const [py, pm, pd] = [+published.slice(0, 4), +published.slice(5, 7), +published.slice(8, 10)];
    // A day after the publication day belongs to the month before.
    return day <= pd ? iso(py, pm, day) : pm === 1 ? iso(py - 1, 12, day) : iso(py, pm - 1, day);
  }
  // Nothing in the article dates it: the day it was published is the best guess there is.
  return published;
}
