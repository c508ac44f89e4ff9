// PAIRED_WITH: standing pairings of places ("A与B建立支援合作关系", "A·B支援合作", "A对口帮扶B").
import { type ArticleStage, bySentence, type LocalRelation, type ResolvedMention } from '../document.ts';
import type { Sentence } from '../sentences.ts';
import { clauses } from './text.ts';

const PAIRING = /结对|对口帮扶|对口支援|对口合作|支援合作|东西部协作|东西协作|帮扶协作|友好城市|友城/;

/** Stage: the pairings the article states. */
export const pairing: ArticleStage = (a) => ({ pairings: pairings(a.sentences, a.visible) });

/** PAIRED_WITH: "A与B建立支援合作关系", "A·B支援合作", "A对口帮扶B". */
export function pairings(sentences: Sentence[], mentions: ResolvedMention[]): LocalRelation[] {
  const inSentence = bySentence(mentions);
  const out: LocalRelation[] = [];
  sentences.forEach((s, i) => {
    if (s.caption) return;
    const text = s.text;
    if (!PAIRING.test(text)) return;
    const here = inSentence(i).filter((m) => m.type === 'District' || m.type === 'Organization');
    for (const c of clauses(text)) {
      if (!PAIRING.test(c.text)) continue;
      const inClause = here.filter((m) => m.start >= c.start && m.end <= c.start + c.text.length);
      for (const first of inClause) {
        const joiner = text[first.start - 1];
        // "城口县修齐镇": the party is the last place of a chain.
        let b = first;
        for (let next = inClause.find((x) => x.start === b.end && x.type === 'District'); next && b.type === 'District'; next = inClause.find((x) => x.start === b.end && x.type === 'District')) b = next;
        let a: ResolvedMention | undefined;
        // "A与B、C与D分别结对": a 、 that opens another "C与D" pair joins nothing.
        if (joiner === '、' && /^[与和同]/.test(text.slice(b.end))) a = undefined;
        else if (joiner === '·' || joiner === '、') a = inClause.filter((x) => x.end === first.start - 1).pop();
        else if (/[与和同]/.test(joiner ?? '')) a = inClause.filter((x) => x.end <= first.start - 1 && x.type === b.type && !/[与和同、]/.test(text.slice(x.end, first.start - 1))).pop();
        else {
          const between = text.slice(0, first.start);
          const m = /(?:支援合作|对口帮扶|对口支援|对口合作|帮扶)$/.exec(between);
          if (m) a = inClause.filter((x) => x.end === m.index).pop();
        }
        if (a && a.key !== b.key) out.push({ type: 'PAIRED_WITH', from: a.key, to: b.key, evidence: s.text });
      }
    }
  });
  return out;
}
