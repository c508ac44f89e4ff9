// Names run together: a sub-headline or kicker line often drops the spaces between the names of who came
// ("甲乙丙丁等陪同", "王某李某一同调研"); the run splits into names only one way.
import { compoundSurnames, surnameRank } from '../lexicon.ts';
import { tagWords } from '../segmenter.ts';
import { type Mention, overlaps, type Span } from './mention.ts';
import { validGiven } from './names.ts';

/** A run of Han characters after a break, right before what a list of people does there. */
const RUN = /(?:^|[，。；：\s])([\u4e00-\u9fff]{4,12})(?=等?(?:一同|一起|共同)?(?:陪同|出席|参加|列席)|等?(?:一同|一起)(?:调研|考察))/g;
/** What RUN's lookahead needs somewhere in the sentence: most sentences have none, and skip RUN's scan. */
const CUE = /陪同|出席|参加|列席|(?:一同|一起)(?:调研|考察)/;
/** Common surnames only: a run of ordinary words rarely splits into them. */
const COMMON_SURNAME = 150;

/** The ways `run` splits into names of a common surname and one or two given characters (at most two kept). */
function splits(run: string, at = 0): number[][] {
  if (at === run.length) return [[]];
  const out: number[][] = [];
  const surname = compoundSurnames.has(run.slice(at, at + 2)) ? 2 : (surnameRank.get(run[at]!) ?? 999) <= COMMON_SURNAME ? 1 : 0;
  if (!surname) return [];
  for (const given of [1, 2]) {
    const end = at + surname + given;
    if (end > run.length || !validGiven(run.slice(at + surname, end))) continue;
    for (const rest of splits(run, end)) {
      out.push([end, ...rest]);
      if (out.length > 1) return out;
    }
  }
  return out;
}

/** People named in a run of names with no separator: two or more, when the run splits into names one way only. */
export function findJammedNames(s: string, sentence: number, taken: Span[]): Mention[] {
  const out: Mention[] = [];
  if (!CUE.test(s)) return out;
  for (const m of s.matchAll(RUN)) {
    const run = m[1]!;
    const ways = splits(run);
    if (ways.length !== 1 || ways[0]!.length < 2) continue;
    const from = m.index + m[0].length - run.length;
    let start = 0;
    const names: Mention[] = [];
    for (const end of ways[0]!) {
      names.push({ type: 'Person', surface: run.slice(start, end), start: from + start, end: from + end, sentence, via: 'list' });
      start = end;
    }
    // A run the segmenter reads as ordinary words ("相关部门") is no list of names.
    if (tagWords(run).some((w) => w.word.length >= 2 && !/^(?:nr|nrfg|nrt|x|ng)$/.test(w.tag))) continue;
    out.push(...names.filter((n) => !overlaps(n, taken)));
  }
  return out;
}
