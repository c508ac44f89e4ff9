// An event's name in the shape Chinese news gives one: a short noun phrase ending in an event noun
// (…座谈会, …签约仪式, X赴Y考察), not the clause, page chrome or fragment the trigger sentence gave.
// Repairs first (cut chrome, cut 在X举行, cut a mid-clause head, extend a truncated meeting name from its
// sentence); a name still shaped like a clause gives way to a headline-shaped title, then to a name
// built from the clause (A与B签约仪式), then to the place and kind.
import type { EventKind } from '../format.ts';

const CHROME = /当前位置|首页|正文|发布时间|发布日期|来源[：:]|责任编辑|原标题|点击[：:]|[>|｜]/;
/** Words of a clause, never of a name: an aspect particle, a party on its way, a person's part in it. */
const CLAUSE = /了|带领下|出席|会见|接见|先后|分别|参加|表示/;
/** A headline names an event when it carries one of these. */
const EVENT_WORD = /考察|调研|签约|签署|会议|座谈|会见|接见|会晤|活动|仪式|大会|对接|洽谈|推介|交流|论坛|举行|召开|联席会/;
const KIND_NOUN: Record<EventKind, string> = { meeting: '会议', signing: '签约仪式', visit: '考察', conference: '大会', other: '活动' };

/** True when the name cannot be an event's name. */
export function clauseShaped(name: string): boolean {
  // A list in brackets (昭阳区、镇雄县) is part of a name and does not make it long.
  const bare = name.replace(/（[^（）]*、[^（）]*）/g, '');
  if (bare.length > 30 || name.length < 4) return true;
  if (CHROME.test(name) || /[A-Za-z]|\s/.test(name)) return true;
  // Unpaired quotes or brackets: a piece cut out of a longer phrase.
  if (count(name, '“') !== count(name, '”') || count(name, '（') !== count(name, '）') || count(name, '《') !== count(name, '》')) return true;
  // Posts listed (主席、党组书记X): people in the clause, not a name.
  if (/、[^、]{0,8}(?:书记|主席|[县区市州省]长|主任|组长|秘书长|董事长|会长)[\u4e00-\u9fff]{2,3}/.test(bare)) return true;
  if (/^(?:的|为|在|由|就|并|和|与|及|抵达|实地|主办|双方|我[县区市州]|[一二三四五六七八九十\d]+届|[―—–-])/.test(name)) return true;
  // "A会见B一行" names a meeting by its host and guest; other clause words make a clause.
  if (CLAUSE.test(name.replace(/^[\u4e00-\u9fff·]{2,5}(?:会见|接见|会晤)(?=[^，。、]{2,30}$)/, ''))) return true;
  // A body alone (区人大常委会) or a session with no body (2023年第9次会议) is a truncated meeting name.
  if ((/(?:委员会|常委会|政协|人大)$/.test(name) && !/第[\d一二三四五六七八九十]+次/.test(name)) || /^(?:\d{4}年)?第[\d一二三四五六七八九十]+次/.test(name)) return true;
  return !EVENT_WORD.test(name) && !/签订|协议/.test(name);
}

const count = (s: string, c: string): number => s.split(c).length - 1;

/** Cuts what is plainly not the name: chrome around a headline, 在X举行, a head that starts mid-clause. */
export function repairEventName(name: string, sentence: string): string {
  let n = name;
  // A breadcrumb ends at 正文 / 原标题：; a metadata line starts at 发布日期.
  n = n.replace(/（以下简称[^（）]*）/g, '').replace(/^.*(?:正文|原标题[：:])/, '').replace(/(?:发布日期|发布时间|来源[：:]|点击[：:]).*$/, '');
  if (/\s/.test(n) && CHROME.test(name)) n = n.split(/\s+/).find((part) => EVENT_WORD.test(part) && !CHROME.test(part)) ?? n;
  n = n.replace(/在[^，。在]{2,24}(?:举行|召开|举办)$/, '').replace(/^在[^，。]*?(?:中心|酒店|宾馆|会堂|大厦|大楼|厅)(?=第|“|[\u4e00-\u9fff])/, '').replace(/上$/, '');
  // "市长X率镇江市代表团到渭南市学习考察": the delegation's trip, not its leader's posts.
  n = n.replace(/^.*?(?:率领?|带领|带队)(?=[^，。率]{2,20}(?:代表团|考察团|访问团|参访团|一行)[^，。]{0,20}(?:考察|调研|参观|访问|交流)(?:对接|交流|学习)?$)/, '');
  n = n.replace(/^.*?(?:为主题的|主办的|承办的)/, '').replace(/^(?:的|为|在|并)/, '').replace(/^[一二三四五六七八九十\d]+届/, '').replace(/^[―—–-]+/, '');
  n = n.replace(/\d{1,2}月\d{1,2}日$/, '');
  return extendFromSentence(n, sentence);
}

/** A meeting name cut short in the trigger sentence: the body before a bare session, 第N次会议 after a body. */
function extendFromSentence(name: string, sentence: string): string {
  const at = name ? sentence.indexOf(name) : -1;
  if (at < 0) return name;
  let n = name;
  const after = /^(?:第[\d一二三四五六七八九十]+次(?:全体|主任)?会议|(?:全体)?会议)/.exec(sentence.slice(at + name.length))?.[0];
  if (after && /(?:委员会|常委会|政协|人大|党组|常务会|议会)$/.test(n)) n += after;
  if (/^(?:\d{4}年)?第[\d一二三四五六七八九十]+次|^(?:启动|签约|开幕)?仪式$/.test(n)) {
    // "盟政协党组召开2023年第9次会议": the body is the one that held it, before 召开.
    const before = sentence.slice(0, at).replace(/(?:召开了?|举行了?)$/, '');
    const quoted = /“[^“”]{2,20}”$/.exec(before)?.[0];
    const body = /([^，。、：；“”\s]{2,14})$/.exec(before)?.[1]?.replace(/^.*(?:召开了?|举行了?|主持|日|上午|下午|参加|出席)/, '');
    n = (quoted ?? body ?? '') + n;
  }
  return n;
}

/** A name from the clause itself: the parties of a signing (A与B签约仪式). */
function fromClause(name: string, kind: EventKind): string | null {
  if (kind !== 'signing') return null;
  const m = /^(.{2,24}?)(?:正式|共同|还)?(?:签订|签署|签约)/.exec(name);
  const parties = m?.[1]?.replace(/(?:还|正式|共同)?(?:和|与)$/, '');
  if (!parties || !/[与和]/.test(parties) || /双方|我[县区市州]/.test(parties)) return null;
  return `${parties.replace(/还和/, '与')}签约仪式`;
}

/** An agreement signed within another event is named by what was signed: "《X协议书》签订", "X合作备忘录签署". */
export function agreementName(sentence: string): string | null {
  const m = /(签订|签署|签约)了?(《[^》]{2,40}》|[^，。、；：“”《》\s]{2,30}?(?:框架协议|协议书|协议|备忘录|合同))/.exec(sentence);
  if (!m) return null;
  const what = m[2]!.replace(/^(?:了|一份|份|战略)?/, (x) => (x === '战略' ? x : ''));
  return what.length >= 4 ? `${what}${m[1]}` : null;
}

/** A meeting named only by its noun (在座谈会上): the noun after the place it was held in. */
const BARE_MEETING = /^(?:在|召开|举行)?(?:随后的?|当天的?|召开的|举行的|的)?(座谈会|座谈交流会|交流会|推介会|对接会|见面会|恳谈会|会议|签约仪式)$/;

/**
 * The event's name: repaired, else the headline, else built from the clause, else place and kind. An event
 * within another (`inner`) is named by its agreement when it is a signing, and never by the headline.
 */
export function eventName(name: string, kind: EventKind, sentence: string, title: string | null, place: string | null, inner = false): string {
  if (inner && kind === 'signing') {
    const agreement = agreementName(sentence);
    if (agreement && !clauseShaped(agreement)) return agreement;
  }
  const bare = BARE_MEETING.exec(name);
  if (bare && place) return `${place}${bare[1]}`;
  const repaired = repairEventName(name, sentence);
  if (!clauseShaped(repaired)) return repaired;
  const headline = title?.trim() ?? '';
  if (headline.length >= 6 && headline.length <= 30 && EVENT_WORD.test(headline) && !CHROME.test(headline) && !/[\s了]/.test(headline)) return headline;
  const built = fromClause(repaired, kind);
  if (built && !clauseShaped(built)) return built;
  // A body alone (区十七届人大常委会) names its own meeting.
  if (/(?:委员会|常委会|政协|人大|党组)$/.test(repaired) && repaired.length <= 26) return `${repaired}会议`;
  return place ? `${place}${KIND_NOUN[kind]}` : name;
}
