// What the relation rules share about a sentence's text: reported content masked, clauses.

// Reported content ("传达学习习近平总书记……重要讲话精神") names people who did not take part.
const STUDIED = /(?:传达|学习|领学|贯彻|落实|宣讲|解读)[^。；，]*(?:精神|讲话|论述|指示|批示|文章|摘编|要求|部署)/g;

/** Masks reported content with spaces, keeping offsets. */
export function maskStudied(s: string): string {
  return s.replace(STUDIED, (m) => ' '.repeat(m.length));
}

export const SIGN = /签署|签订|签约|签下|签定/;

/** An agreement named by its document: the signing verb's object. */
export const AGREEMENT = /协议|合同|备忘录|协议书|协定/;

/**
 * A signing told by its parties without naming a document: "A与B就X项目成功签约", "双方就X项目进行投资意向签约",
 * "A与B签订X项目" (not 与会/参与, people who only watched or joined; not 与去年相比签约项目…, a count of signings).
 */
export const PARTIES_SIGN = /(?:(?<![参给])与(?!会|此同时|往年|去年|上年)[^，。；]{1,30}?(?:就[^，。；]{1,60}?)?|双方就[^，。；]{1,60}?)(?:签约|签订|签署)(?!项目|金额|资金|额|率|数|企业|客商)/;

/** The clauses of a sentence (split at ，。；！？) with their offsets. */
export function clauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[，。；！？]/g)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}
