// Stage: each article's date, from the clues in its lead, title and dateline; a year found in one article
// serves its siblings, and a day with nothing to give it a month takes a sibling's month.
import { isPublicationLine } from '../articles.ts';
import type { ExtractionDoc } from '../document.ts';
import { dateClues, datelineDay, publicationDate, resolveDate, resolveDateAsRead } from '../finders/dates.ts';

export function dateArticles(doc: ExtractionDoc): ExtractionDoc {
  const n = doc.normalized;
  const withClues = doc.articles.map((a) => {
    const { draft, sentences, bodyFrom } = a;
    const lead = sentences.slice(bodyFrom, bodyFrom + 2).map((s) => s.text).join('');
    const body = sentences.map((s) => s.text).join('');
    const belowHeadlines = sentences.slice(bodyFrom).map((s) => s.text).join('');
    // A web page dates each article on a publication line of its own.
    const pubLine = draft.paragraphs.map((p) => n.text.slice(n.paragraphs[p]!.start, n.paragraphs[p]!.end)).find((t) => isPublicationLine(t));
    const ownDate = pubLine && !doc.input.date ? publicationDate(pubLine) : null;
    return { ...a, ownDate, dateClues: dateClues(lead, body, draft.title, datelineDay(draft.byline), belowHeadlines) };
  });
  const years = withClues.flatMap((a) => (a.dateClues.explicit ? [a.dateClues.explicit] : [])).concat(withClues.flatMap((a) => a.dateClues.yearHints));
  const dated = withClues.map((a) => resolveDateAsRead(a.dateClues, years, a.ownDate ?? doc.published, doc.input.readOn));
  // "昨日（3日）" on a page without a date line: the first dated sibling gives the month (and its year, assumed or not).
  const sibling = dated.find((d) => d.date);
  const articles = withClues.map((a, i) => {
    let { date, yearAssumed } = dated[i]!;
    if (!date && sibling && a.dateClues.datelineDayOnly !== null) {
      date = resolveDate(a.dateClues, years, sibling.date, doc.input.readOn);
      yearAssumed = sibling.yearAssumed;
    }
    // Only when true: the extraction JSON says which years were assumed (docs/FORMAT.md, our extension).
    return { ...a, record: { ...a.record, date, ...(date && yearAssumed ? { yearAssumed: true as const } : {}) } };
  });
  return { ...doc, articles };
}
