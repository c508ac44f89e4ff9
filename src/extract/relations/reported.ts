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
    // "…致富增收。（X）": names alone in brackets closing the body, as "本报讯（X Y）" opens one; only names pass.
    const bare = BARE_CLOSING.exec(s.text);
    if (bare) credit(reportersOf(bare[1]!.replace(SUBMITTING_UNIT, '')), s.text);
  }
  // A credit line after the body: "（X/文）", "（文/X）", "摄影报道：X Y", "文/X日报全媒体记者 Y".
  for (const s of sentences.slice(-6)) {
    if (s.heading) continue;
    const names = closingCredit(s.text);
    if (names.length) credit(names, s.text);
  }
  // A page's 作者 field ("来源：X日报 | 作者：Y", "【来源:X 作者:Y】"), wherever the page put it.
  for (const s of sentences) if (s.text.includes('作者')) credit(authorField(s.text), s.text);
  // Editors and reviewers are people of the article, not its reporters.
  // A publication line that opens the article is its byline, not a sentence: its 责任编辑 field is read there.
  const credited = [...(draft.byline ? editorsOf(draft.byline) : []), ...sentences.flatMap((s) => editorsOf(s.text))].filter((e) => !reporters.has(e));
  return {
    reporters: [...reporters.keys()],
    credited: [...new Set(credited)],
    reported: [...reporters].map(([r, line]) => ({ type: 'REPORTED' as const, from: keyOf('Person', r), to: a.record.id, evidence: line })),
  };
};

/**
 * The name in a page's 作者 field: a colon after the label, and the name ending where Han text stops (a field
 * separator, a bracket, the next label). A body as author ("作者：X县委统战部") or 佚名 names no reporter.
 */
const AUTHOR_FIELD = /(?:^|[^\u4e00-\u9fff])作者\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])/g;
export function authorField(text: string): string[] {
  return [...text.matchAll(AUTHOR_FIELD)].flatMap((m) => reportersOf(`作者 ${m[1]!}`));
}

/** Names alone in the brackets that close an article's body: "。（X）", "（X Y）", after the unit that sent it in ("（X中心 Y）"). */
const BARE_CLOSING = /(?:^|[。！？”])\s*[（(]((?:[\u4e00-\u9fff]{2,12}(?:中心|局|办|办公室|部|委|站|所|处|科) )?[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,2})[）)]\s*$/;
const SUBMITTING_UNIT = /^[\u4e00-\u9fff]{2,12}(?:中心|局|办|办公室|部|委|站|所|处|科) /;

/** A credit written on a line of its own after the body: the role and the names, without a byline's brackets. */
const CREDIT_LINE = /^[（(]?\s*(?:(?:文|图|文\/图|图\/文)\s*[\/／]\s*(.{2,30}?)|(.{2,12}?)\s*[\/／]\s*(?:文|图|摄|文图))\s*[）)]?$/;
const ROLE_LINE = /^(?:摄影报道|摄影|作者|(?:首席|见习|实习|特约)?(?:全媒体)?(?:记者|通讯员))\s*[:：]\s*([\u4e00-\u9fff\s、]{2,30})$/;

export function closingCredit(text: string): string[] {
  const role = ROLE_LINE.exec(text);
  if (role) return reportersOf(`记者 ${role[1]!}`);
  const m = CREDIT_LINE.exec(text);
  if (!m) return [];
  // "文/X日报全媒体记者 Y": the role word inside names the reporter; "（X/文 Y/图）": each name before its role.
  const names = (m[1] ?? m[2]!).split(/\s+[\/／]?\s*|[\/／](?:文|图|摄)\s*/).filter(Boolean);
  return /记者|通讯员/.test(m[1] ?? '') ? reportersOf(m[1]!) : reportersOf(`记者 ${names.join(' ')}`);
}
