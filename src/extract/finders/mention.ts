// What every finder returns: mentions of people (with their posts), bodies, enterprises and districts in
// one sentence, with the helpers finders share (word boundaries, punctuation, spans, a phrase's left edge).
import type { EntityType } from '../format.ts';
import { LEFT_STOPS } from '../lexicon.ts';
import { wordBoundaries } from '../segmenter.ts';

/** Word boundaries of a sentence, asked for by offset (computed on the first question). */
export interface Boundaries {
  has(offset: number): boolean;
}


export class LazyBoundaries implements Boundaries {
  private cuts: ReadonlySet<number> | null = null;
  constructor(private readonly sentence: string) {}
  has(offset: number): boolean {
    this.cuts ??= wordBoundaries(this.sentence);
    return this.cuts.has(offset);
  }
}


export interface Title {
  /** The post as written, with its body ("区委副书记", "市委组织部组织四处处长"). */
  title: string;
  /** The body part of the title as written ("区委", "市委组织部"), or "" when the post names none ("区长"). */
  org: string;
  /** The bare post ("副书记", "区长"). */
  post: string;
  /** The place an earlier title of the same chain named in full, which a bare level stands for ("珠海市委副书记、市政府…" → 珠海市). */
  owner?: string;
}

export interface Mention {
  type: Exclude<EntityType, 'Event'>;
  /** Surface form in the normalized text. */
  surface: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  sentence: number;
  /** How it was found; decides how much it may do later (captions name people but attend nothing). */
  via: 'post' | 'list' | 'honorific' | 'known' | 'suffix' | 'place' | 'alias' | 'party';
  titles?: Title[];
  /** Set when "以下简称“X”" follows: X names the same thing. */
  shortName?: string;
  /** Districts: the full name the surface stands for (龙岗 → 龙岗区). */
  canonical?: string;
  /** Bodies: read only as the body part of a post's title ("区委" of 区委书记). */
  fromTitle?: boolean;
  /** Title bodies: the title named the body's party group ("X市人大常委会党组成员"), which names the body itself. */
  partyGroup?: boolean;
}

export const HAN = /[\u4e00-\u9fff]/;
/** One character is tested by its code (called per character in the hottest loops); longer text by HAN. */
export const isHan = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  if (c.length !== 1) return HAN.test(c);
  const code = c.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff;
};
export const PUNCT = /[，。；：、“”‘’《》！？（）()\s,.;:!?…—·「」『』【】\[\]\/]/;
export const leftStops = [...LEFT_STOPS].sort((a, b) => b.length - a.length);
/** The stop words by their last character, longest first as above: leftEdge tries only those that can end at i. */
const leftStopsByLast = new Map<string, string[]>();
for (const w of leftStops) {
  const last = w[w.length - 1]!;
  leftStopsByLast.set(last, [...(leftStopsByLast.get(last) ?? []), w]);
}
const NO_STOPS: string[] = [];

export interface Span {
  start: number;
  end: number;
}
export const overlaps = (a: Span, spans: Span[]): boolean => spans.some((b) => a.start < b.end && b.start < a.end);

/** Where the entity phrase ending at `end` starts: walks left to punctuation or a stop word. */
export function leftEdge(s: string, end: number, max: number, cuts: Boundaries, stopAtList = true): number {
  let i = end;
  while (i > 0 && end - i < max) {
    const c = s[i - 1]!;
    if (c === '（' || c === '）') {
      // Brackets inside a name ("党（工）委") are kept; a bracket that opens before the phrase is not.
      const open = s.lastIndexOf('（', i - 1);
      if (c === '）' && open >= 0 && i - 1 - open <= 4) {
        i = open;
        continue;
      }
      break;
    }
    if (PUNCT.test(c) && !(c === '·' && isHan(s[i - 2]))) {
      if (c === '、' && !stopAtList) {
        i--;
        continue;
      }
      break;
    }
    if (/\d/.test(c) && i < end) break;
    // A stop word counts only as a word of its own ("对" stops, "对口" does not), and a conjunction
    // right after another function word or a comma begins a name instead ("与和鼎通信有限公司").
    const stop = (leftStopsByLast.get(c) ?? NO_STOPS).find(
      (w) =>
        i - w.length >= 0 &&
        s.startsWith(w, i - w.length) &&
        cuts.has(i) &&
        cuts.has(i - w.length) &&
        !(/^[和与及同]$/.test(w) && i - 1 > 0 && /[，。；：、（“和与及同对向在由]/.test(s[i - 2]!)) &&
        // One character before a conjunction is no entity of its own: "宏同生物医药资本", "峰和数据".
        !(/^[和与及同]$/.test(w) && isHan(s[i - 2]) && !/[并也还又再均都将已曾正便即则而且或共分另]/.test(s[i - 2]!) && (i - 3 < 0 || /[，。；：、（“和与及同对向在由了将把被从的等\s]/.test(s[i - 3]!))),
    );
    if (stop) break;
    i--;
  }
  return i;
}
