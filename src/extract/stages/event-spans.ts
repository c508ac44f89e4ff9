// Stage: every event of an article, each with the span of sentences that tells it. The main event is the
// first the lead names (relations/events.ts); a later sentence opens another event when it starts a new
// activity: a paragraph that opens with its own day or a round-up's number (a sibling event, with its own
// people), or 随后/会后/当天下午, 在…座谈会上, an agreement signed (an event within the one around it: a
// signing inside a visit, whose people took part in both). A trip's later visits stay one visit, as the
// gold counts them. Spans partition the body, so each sentence's people go to exactly one event.
import { type ArticleStage, bySentence, type EventDraft } from '../document.ts';
import { EVENT_TRIGGERS } from '../lexicon.ts';
import { eventInSentence, findEvent, type FoundEvent, heldInRelations } from '../relations/events.ts';
import { AGREEMENT, maskStudied, PARTIES_SIGN, SIGN } from '../relations/text.ts';

/** A paragraph that opens with a day ("1月22日，…") or a round-up's item number. */
const DAY = /^(\d{1,2})月(\d{1,2})日/;
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．])/;
/** What follows within the same occasion: a later time of the day, or 随后/会后. */
const THEN = /^(?:(?:同日|当天|当日|随后|会后|会前|之后|此后|期间|其间)(?:上午|下午|晚上|晚间)?|上午|下午|晚上|晚间)/;
/** "在随后的座谈会上": a meeting of the visit, told from inside it. */
const AT_MEETING = /^在?(?:随后的?|当天的?|当日的?)?[^，。]{0,16}?(?:座谈会|座谈交流会|交流会|推介会|对接会|见面会|恳谈会|签约仪式)上/;
/** A new event is something done, not the meeting of the last sentence talked about (会议指出). */
const ACTION = /召开|举行|举办|主持|出席|参加|签署|签订|签约|调研|考察|视察|会见|会谈|座谈|走访|参观|拜会|来到|前往|赴|开幕|启动|揭牌/;
const SIGNED_BEFORE = /(?:签署|签订|签约)的/;
/** A lead that goes somewhere (赴X, 到X调研, 一行) or spans days (8月19日至20日) tells a trip. */
const VISIT = new RegExp(`${EVENT_TRIGGERS.find(([, kind]) => kind === 'visit')![0].source}|一行|代表团|考察团`);
const DAYS = /\d{1,2}日(?:至|—|－|-|~)\d{1,2}(?:月\d{1,2})?日/;

interface Found extends FoundEvent {
  /** Index (in the article's events) of the event this one happens within, or null. */
  within: number | null;
  monthDay: string | null;
}

export const findEvents: ArticleStage = (a) => {
  const main = findEvent(a.sentences, a.bodyFrom, a.resolved);
  if (!main) return { events: [], heldIn: [] };
  const inSentence = bySentence(a.resolved);
  const found: Found[] = [{ ...main, within: null, monthDay: null }];
  // A trip (a visit, or a lead that goes somewhere or spans days) holds every later event of the article.
  const lead = maskStudied(a.sentences[main.sentence]!.text);
  const trip = main.kind === 'visit' || VISIT.test(lead) || DAYS.test(lead);
  // Items of a round-up each tell their day; a main event told without one (a headline) is what the dated lead tells again.
  const dated = /\d{1,2}月\d{1,2}日/.test(lead);
  for (let i = main.sentence + 1; i < a.sentences.length; i++) {
    const s = a.sentences[i]!;
    if (s.caption || s.heading) continue;
    const text = maskStudied(s.text);
    const current = found[found.length - 1]!;
    // The event the next ones happen within: the latest that is within none.
    const top = found.length - 1 - [...found].reverse().findIndex((f) => f.within === null);
    const opensParagraph = a.sentences[i - 1]?.paragraph !== s.paragraph;
    const day = DAY.exec(text);
    if (opensParagraph && (day || NUMBERED.test(text)) && ACTION.test(text)) {
      const next = eventInSentence(text, i, inSentence(i));
      if (!next || (trip && next.kind === 'visit') || (!trip && !dated) || sameName(next.name, main.name)) continue;
      // A trip's meeting happens within the trip; another day's meeting or a round-up's item is its own.
      const within = trip ? 0 : null;
      found.push({ ...next, within, monthDay: within === null && day ? `${day[1]!.padStart(2, '0')}-${day[2]!.padStart(2, '0')}` : null });
      continue;
    }
    let next: FoundEvent | null = null;
    if ((THEN.test(text) && ACTION.test(text)) || AT_MEETING.test(text)) next = eventInSentence(text, i, inSentence(i));
    // "贯彻…签订的《协议》": an agreement signed before is no signing here.
    else if (SIGN.test(text) && (AGREEMENT.test(text) || PARTIES_SIGN.test(text)) && !SIGNED_BEFORE.test(text) && found[top]!.kind !== 'signing') next = eventInSentence(text, i, inSentence(i), ['signing']);
    if (!next || next.kind === current.kind || next.kind === found[top]!.kind || (trip && next.kind === 'visit')) continue;
    found.push({ ...next, within: top, monthDay: null });
  }
  const keys = new Set<string>();
  const events: EventDraft[] = found.map((f, n) => {
    let key = `Event|${a.record.id}|${f.name}`;
    for (let k = 2; keys.has(key); k++) key = `Event|${a.record.id}|${f.name}#${k}`;
    keys.add(key);
    // The main event's span starts at the top: a kicker before the body may name its parties.
    return { ...f, key, from: n === 0 ? 0 : f.sentence, to: found[n + 1]?.sentence ?? a.sentences.length, within: null, monthDay: f.monthDay };
  });
  events.forEach((e, n) => (e.within = found[n]!.within === null ? null : events[found[n]!.within!]!.key));
  return heldInRelations(events, a.sentences, a.home.district ?? a.home.city);
};

/** The main event told again under its own name (a headline, then the lead). */
function sameName(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));
}
