// An event's name in the shape Chinese news gives one: a short noun phrase ending in an event noun
// (…座谈会, …签约仪式, X赴Y考察), not the clause, page chrome or fragment the trigger sentence gave.
// Repairs first (cut chrome, cut 在X举行, cut a mid-clause head, extend a truncated meeting name from its
// sentence); a name still shaped like a clause gives way to a headline-shaped title, then to a name
// built from the clause (A与B签约仪式), then to the place and kind.
import type { EventKind } from '../format.ts';

const CHROME = /当前位置|首页|正文|发布时间|发布日期|来源[：:]|责任编辑|原标题|点击[：:]|[>|｜]/;
/** Words of a clause, never of a name: an aspect particle, a party on its way, a person's part in it. */
const CLAUSE = /了|带领下|出席|主持|陪同|会见|接见|先后|分别|参加|表示/;
/** A headline names an event when it carries one of these. */
const EVENT_WORD = /考察|调研|签约|签署|会议|座谈|会见|接见|会晤|活动|仪式|大会|对接|洽谈|推介|交流|论坛|举行|召开|联席会|集体学习|(?:推进|部署|工作|协调|专题|碰头|见面|党组|全体|务虚|调度|观摩|现场|动员|汇报|报告|发布|招商|总结|表彰|联谊|研讨|审议)会/;
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
  if (/、[^、]{0,8}(?:书记|主席|[县区市州省镇乡旗]长|主任|组长|秘书长|董事长|会长)[\u4e00-\u9fff]{2,3}/.test(bare)) return true;
  if (/^(?:的|为|在|由|就|并|和|与|及|抵达|来到|前往|深入|走进|实地|主办|双方|我[县区市州]|[一二三四五六七八九十\d]+届|[―—–-])/.test(name)) return true;
  // "A会见B一行" names a meeting by its host and guest; other clause words make a clause.
  if (CLAUSE.test(name.replace(/^[\u4e00-\u9fff·]{2,5}(?:会见|接见|会晤)(?=[^，。、]{2,30}$)/, ''))) return true;
  // A body alone (区人大常委会) or a session with no body (2023年第9次会议) is a truncated meeting name.
  if ((/(?:委员会|常委会|政协|人大|政治协商会议)$/.test(name) && !/第[\d一二三四五六七八九十]+次/.test(name)) || SESSION_ONLY.test(name)) return true;
  // 举行/召开/签订 inside the name (X举行Y仪式, A与B签署X协议): a headline's clause; at the end it names a signing.
  if (/(?:举行|召开|举办|签订|签署)(?!仪式|$)/.test(name)) return true;
  // A post then a person before the verb (市长X来Y调研, 省委常委、部长X在Y调研): the headline of a visit, not its name.
  if (/(?:书记|[省市区县州旗乡镇]长|主任|主席|常委|部长|秘书长)[\u4e00-\u9fff·]{2,3}(?:一行)?(?:来|在|赴|到|深入)/.test(name)) return true;
  // A name ends in its event noun; "A会见B一行" ends in its guest.
  if (!EVENT_NOUN_LAST.test(name) && !/^[\u4e00-\u9fff·]{2,5}(?:会见|接见|会晤)/.test(name)) return true;
  return !EVENT_WORD.test(name) && !/签订|协议/.test(name);
}

/** What an event's name ends in: its noun (…会议, …仪式, …考察), or the act for an agreement (…协议签订). */
const EVENT_NOUN_LAST = /(?:会议?|仪式|活动|论坛|考察|调研|视察|参观|参访|访问|交流|对接|座谈|会谈|会晤|洽谈|典礼|开幕式|闭幕式|集体学习|签订|签署|签约|周|节)$/;

const count = (s: string, c: string): number => s.split(c).length - 1;
/** A session with no body before it (2023年第9次会议, 常务委员会第九次会议): a meeting name cut short. */
const SESSION_ONLY = /^(?:\d{4}年)?(?:常务委员会|常委会)?第[\d一二三四五六七八九十]+次/;

/** Cuts what is plainly not the name: chrome around a headline, 在X举行, a head that starts mid-clause. */
export function repairEventName(name: string, sentence: string): string {
  let n = name;
  // A breadcrumb ends at 正文 / 原标题：; a metadata line starts at 发布日期.
  n = n.replace(/（以下简称[^（）]*）/g, '').replace(/^.*(?:正文|原标题[：:])/, '').replace(/(?:发布日期|发布时间|来源[：:]|点击[：:]).*$/, '');
  if (/\s/.test(n) && CHROME.test(name)) n = n.split(/\s+/).find((part) => EVENT_WORD.test(part) && !CHROME.test(part)) ?? n;
  n = n.replace(/在[^，。在]{2,24}(?:举行|召开|举办)$/, '').replace(/^在[^，。]*?(?:中心|酒店|宾馆|会堂|大厦|大楼|厅)(?=第|“|[\u4e00-\u9fff])/, '').replace(/上$/, '');
  // What a visit was for, after its noun ("…考察对接东西部协作工作", "…学习考察并进行座谈"): not its name.
  n = n.replace(/(考察|调研)(?:并(?:进行)?[^，。]{1,8}|对接[^，。]{1,12})$/, '$1');
  // "市长X率镇江市代表团到渭南市学习考察": the delegation's trip, not its leader's posts.
  n = n.replace(/^.*?(?:率领?|带领|带队)(?=[^，。率]{2,20}(?:代表团|考察团|访问团|参访团|调研组|调研团|工作组|一行)[^，。]{0,20}(?:考察|调研|参观|访问|交流)(?:对接|交流|学习)?$)/, '');
  n = n.replace(/^.*?(?:为主题的|主办的|承办的)/, '').replace(/^(?:的|为|在|并)/, '').replace(/^[一二三四五六七八九十\d]+届/, '').replace(/^[―—–-]+/, '');
  n = n.replace(/\d{1,2}月\d{1,2}日$/, '');
  return extendFromSentence(dropHeadlineVerb(n), sentence);
}

/** A name ends in its event noun (…会, …会议, …仪式, …考察). */
const EVENT_NOUN_END = /(?:会议?|仪式|活动|论坛|考察|调研|洽谈|典礼|开幕式|闭幕式|集体学习)$/;
/** What holds a meeting in a headline: a place or a body (淮安区, 区政府, A与B), not a post or a person. */
const HOLDER = /(?:[区县市州省旗镇乡]|街道|政府|大学|学院|集团|公司|[委局厅办院会组])$/;

/** A headline's verb is not part of the name: "X签约仪式成功举行", "X举行Y签约仪式", "A与B签署X协议并举行Y". */
export function dropHeadlineVerb(name: string): string {
  let n = name.replace(/(?:成功|隆重|顺利|圆满)?(?:举行|召开|举办)$/, (verb, at: number) => (EVENT_NOUN_END.test(name.slice(0, at)) ? '' : verb));
  // "X举行Y": Y, after X when X is the place or body holding it and Y does not name X itself.
  const held = /^([^，。]{2,16}?)(?:成功|隆重)?(?:举行|召开|举办)了?([^，。]{3,30})$/.exec(n);
  if (held && EVENT_NOUN_END.test(held[2]!)) {
    const [, holder, what] = held as unknown as [string, string, string];
    const own = what.includes(holder.slice(0, 2));
    n = !own && (HOLDER.test(holder) || /[与和]/.test(holder)) ? holder + what : what;
  }
  // "A与B签订《X》", "A与B签署战略合作协议并举行挂牌仪式": the signing of its parties.
  const signed = /^([^，。]{2,24}?[与和][^，。]{2,24}?)(?:正式|共同)?(?:签订|签署)了?(战略合作)?[^，。]+$/.exec(n);
  // "A与B在X签订": X is where, not a party.
  const parties = signed?.[1]!.replace(/还和/, '与').replace(/(?:还|正式|共同)$/, '').replace(/在[^与和，。]{2,12}$/, '');
  if (signed && parties && !/双方|我[县区市州]/.test(parties)) n = `${parties}${signed[2] ?? ''}签约仪式`;
  return n.replace(/全体会$/, '全体会议');
}

/** A meeting name cut short in the trigger sentence: the body before a bare session, 第N次会议 after a body. */
function extendFromSentence(name: string, sentence: string): string {
  const at = name ? sentence.indexOf(name) : -1;
  if (at < 0) return name;
  let n = name;
  const after = /^(?:第[\d一二三四五六七八九十]+次(?:全体|主任)?会议|(?:全体)?会议)/.exec(sentence.slice(at + name.length))?.[0];
  if (after && /(?:委员会|常委会|政协|人大|党组|常务会|议会)$/.test(n)) n += after;
  // "中国人民政治协商会议X旗第十三届委员会第三次会议": the body's full name before its session.
  const session = /^[^，。、；]{2,16}?委员会第[\d一二三四五六七八九十]+次(?:全体)?会议/.exec(sentence.slice(at + name.length))?.[0];
  if (session && /政治协商会议$/.test(n)) n += session;
  // "X洽谈会暨第五届Y大会": two events held as one keep the name of both.
  const joint = /^暨[^，。、；]{2,24}?(?:大会|会议|会|仪式|活动|论坛)/.exec(sentence.slice(at + name.length))?.[0];
  if (joint && !clauseShaped(n + joint)) n += joint;
  if (SESSION_ONLY.test(n) || /^(?:启动|签约|开幕)?仪式$/.test(n)) {
    // "盟政协党组召开2023年第9次会议": the body is the one that held it, before 召开.
    const before = sentence.slice(0, at).replace(/(?:召开了?|举行了?)$/, '');
    const quoted = /“[^“”]{2,20}”$/.exec(before)?.[0];
    const body = /([^，。、：；“”\s]{2,20})$/.exec(before)?.[1]?.replace(/^.*(?:召开了?|举行了?|主持|日|上午|下午|参加|出席)/, '');
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
  // "签订战略合作协议": the kind of agreement alone names no signing; its parties do (fromClause).
  if (/^(?:战略|全面|深化)*(?:合作)?(?:框架)?(?:协议书?|备忘录|合同)$/.test(what)) return null;
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
  // The headline, without its verb ("X签约仪式举行"), unless it is a clause (市长X来Y调研).
  const title0 = title?.trim() ?? '';
  const headline = repairEventName(title0, title0);
  if (title0.length >= 6 && EVENT_WORD.test(title0) && !CHROME.test(title0) && !/[\s了]/.test(title0) && !clauseShaped(headline)) return headline;
  const built = fromClause(repaired, kind);
  if (built && !clauseShaped(built)) return built;
  // A body alone (区十七届人大常委会) names its own meeting.
  if (/(?:委员会|常委会|政协|人大|党组)$/.test(repaired) && repaired.length <= 26) return `${repaired}会议`;
  // "部长X在新余市调研": the place the clause names is where the visit was, when it is not the one we hold.
  const clause = `${repaired}，${headline}`;
  const visited = /(?:在|来到?|赴|到)([\u4e00-\u9fff]{2,10}?(?:[省市区县州旗]|新区))(?:进行)?(?:考察|调研|视察)/.exec(clause)?.[1];
  if (kind === 'visit' && visited && !/^[我本该全]/.test(visited) && !(place && clause.includes(place))) return `${visited}${KIND_NOUN[kind]}`;
  return place ? `${place}${KIND_NOUN[kind]}` : name;
}
