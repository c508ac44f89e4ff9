// ATTENDED for bodies present through unnamed representatives, as the papers list them:
// "区法院、区检察院领导列席会议", "市政协办公厅、研究室有关负责同志参加", "率区纪委监委、发展改革委等相关负责同志".
// The finders rarely see such list items as bodies (研究室, 发展改革委 alone), so the items are read here, each
// taking the place (and system) of the item before it: "市政协办公厅、研究室" → 市政协研究室.
import type { Home, ResolvedMention } from '../document.ts';
import type { Sentence } from '../sentences.ts';
import { canonicalName } from '../stages/resolve-local.ts';
import { clauses } from './text.ts';

/** Who stands for the bodies: unnamed officials of each. */
const DELEGATES = /(?:等)?(?:相关|有关)?(?:单位|部门|企业|公司)?(?:的)?(?:主要)?(?:负责同志|负责人|领导同志|领导|班子成员|代表(?![团处大])|(?:工作|相关|有关)人员|干部)(?!下|小组)|(?=到会指导|莅临指导)|等(?:相关|有关)?(?:单位|部门)(?=参加|出席|列席|陪同|参会|与会|到会)/g;
/** The sentence says they came. */
// Speaking at the event ("等单位负责人在发言中认为", "等企业负责人发言") is being there.
const CAME = /参加|出席|列席|陪同|到会|与会|参会|一同|随同|随行|发言/;
/** A body's name ends so; a place alone (中峰镇) or a generic phrase (有关部门) is none. */
const BODY_END = /(?:纪委监委|监委|委员会|委|局|办|厅|室|院|部|政府|政协|人大常委会|人大|法院|检察院|公司|集团|中心|组|银行|协会|商会|大学|学院|管委会|工作部)$/;
const GENERIC = /^(?:我校|我院|我局|我委|二级|职能|下属|所属|各|有关|相关|部分|全体|县直|区直|市直|旗直|市级|县级|区级|两地|双方|我[区县市旗]|其他|企业|单位|部门)|[（(]/;
/** The head an item passes to the next one: its place and system ("市政协", "旗委" of 旗委组织部, "门头沟区", "区"); not 政府 (区政府办、财政局: 区财政局). */
const PREFIX = /^(.*?[区县市旗州省](?:政协|人大常委会|人大|委)?)(?=[^区县市旗州省])/;

export interface BodyItem {
  surface: string;
  /** Offset in the sentence. */
  start: number;
  name: string;
}

/** The bodies a sentence lists as present through their officials, with the names they stand for. */
export function listedBodies(sentence: Sentence, mentions: ResolvedMention[], home: Home, localPlaces: Map<string, string>): BodyItem[] {
  const text = sentence.text;
  const people = mentions.filter((m) => m.type === 'Person');
  // An item a finder read as a body or an enterprise (a brand without a suffix: "臻恒光电、X集团等企业负责人").
  const named = (start: number, end: number) => mentions.some((m) => (m.type === 'Organization' || m.type === 'Enterprise') && m.end === end && m.start >= start);
  const out: BodyItem[] = [];
  for (const clause of clauses(text)) {
    let from = 0;
    // A list that a leader brings starts after 率/带领 ("付兆庚率区纪委监委、…"), and they came.
    const led = /率领?|带领/.exec(clause.text);
    if (led) from = led.index + led[0].length;
    if (!led && !CAME.test(text)) continue;
    const came = (end: number): boolean => {
      // "区委、区政府主要领导高度重视…，代表团参会": the officials did something else, nobody came here.
      const rest = text.slice(clause.start + end);
      const verb = CAME.exec(rest);
      return led !== null || (verb !== null && !/[。；]|重视|表示|指出|强调|要求|介绍|听取|汇报|协调|确保|过问|调度/.test(rest.slice(0, verb.index)));
    };
    for (const d of clause.text.matchAll(DELEGATES)) {
      if (d.index < from) continue;
      const listStart = from;
      const list = clause.text.slice(listStart, d.index);
      from = d.index + d[0].length;
      if (!came(from)) continue;
      // Not the officials of a named person's body: "区领导王某" lists people.
      if (people.some((p) => p.start >= clause.start + d.index && p.start <= clause.start + from + 1)) continue;
      let prefix = '';
      let at = clause.start + listStart;
      for (const piece of splitList(list)) {
        const start = at;
        at += piece.length;
        const item = piece.replace(/^(?:和|及|以及|与)?(?:来自)?/, '');
        if (!item || /^(?:、|和|及|以及|与)$/.test(piece)) continue;
        const itemStart = start + piece.length - item.length;
        if (item.length < 2 || item.length > 20 || GENERIC.test(item) || !(BODY_END.test(item) || named(itemStart, at)) || people.some((p) => p.start >= start && p.start < at)) {
          prefix = '';
          continue;
        }
        const own = PREFIX.exec(item)?.[1];
        const full = own ? item : prefix + item;
        if (own) prefix = own;
        const name = bodyName(full, home, localPlaces);
        // "区法院" in an article that names no district would be every district's court: left out.
        if (!/^[区县市旗州省]/.test(name)) out.push({ surface: item, start: itemStart, name });
      }
    }
  }
  return out;
}

/** A list's items and separators in order: 、 and 及 always; 和/与 after a body's name or before a new one (和县政府办), not inside one (资源环境和经济委员会). */
function splitList(list: string): string[] {
  const out: string[] = [];
  list.split('、').forEach((part, n) => {
    if (n > 0) out.push('、');
    let rest = part;
    const splits = (m: RegExpExecArray): boolean => /及/.test(m[0]) || BODY_END.test(rest.slice(0, m.index)) || /^[区县市旗州省]/.test(rest.slice(m.index + m[0].length));
    for (let m = /以及|及|和|与/.exec(rest); m && splits(m); m = /以及|及|和|与/.exec(rest)) {
      out.push(rest.slice(0, m.index), m[0]);
      rest = rest.slice(m.index + m[0].length);
    }
    out.push(rest);
  });
  return out;
}

/** The name an item stands for: 区法院 → X区人民法院, 市政协办公厅 → Y市政协办公厅. */
function bodyName(item: string, home: Home, localPlaces: Map<string, string>): string {
  return canonicalName({ type: 'Organization', surface: item, start: 0, end: item.length, sentence: 0, via: 'list' }, home, localPlaces);
}
