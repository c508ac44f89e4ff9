// REPORTED: the reporters of an article, from its byline, photo credits and a closing byline.
import { type ArticleStage, keyOf } from '../document.ts';
import { bylineCredits, captionCredit, editorsOf, reportersOf } from '../finders/bylines.ts';

export const reported: ArticleStage = (a, doc) => {
  const { draft, sentences } = a;
  const n = doc.normalized;
  // Each reporter with the line that credits them: REPORTED needs its evidence like every relation.
  const reporters = new Map<string, string>();
  const credit = (names: string[], line: string) => {
    for (const r of names) if (!reporters.has(r)) reporters.set(r, line.trim());
  };
  if (draft.byline) credit(reportersOf(bylineCredits(draft.byline)), draft.byline);
  for (const s of sentences) if (s.caption) credit(captionCredit(s.text), s.text);
  // The closing byline as well when the article opened with one of its own.
  if (draft.creditParagraph >= 0) {
    const line = n.text.slice(n.paragraphs[draft.creditParagraph]!.start, n.paragraphs[draft.creditParagraph]!.end);
    credit(reportersOf(line.replace(/^[（(]|[）)]$/g, '')), line);
  }
  // A closing byline: "（记者 张三 通讯员 李四）" alone at the end of the article.
  for (const s of sentences.slice(-2)) {
    const end = /^\s*[（(]\s*((?:本报)?(?:见习|实习|特约|首席)?(?:记者|通讯员)[^（）()]{2,40})[）)]\s*$/.exec(s.text);
    if (end) credit(reportersOf(end[1]!), s.text);
  }
  // Editors and reviewers are people of the article, not its reporters.
  const credited = sentences.flatMap((s) => editorsOf(s.text)).filter((e) => !reporters.has(e));
  return {
    reporters: [...reporters.keys()],
    credited: [...new Set(credited)],
    reported: [...reporters].map(([r, line]) => ({ type: 'REPORTED' as const, from: keyOf('Person', r), to: a.record.id, evidence: line })),
  };
};
