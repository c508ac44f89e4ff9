// Stage: names known in an article (or people of the page) found again bare ("王卫指出"), so that a person
// named with a post in one article is known when another article of the same page names them bare.
import { bySentence, type ExtractionDoc } from '../document.ts';
import { enterpriseCore } from '../finders/enterprises.ts';
import { findKnown } from '../finders/known.ts';
import type { Mention } from '../finders/mention.ts';

export function findKnownNames(doc: ExtractionDoc): ExtractionDoc {
  const peopleOfPage = new Set(doc.articles.flatMap((a) => a.mentions.filter((m) => m.type === 'Person' && m.via !== 'list').map((m) => m.surface)));
  const articles = doc.articles.map((a) => {
    const known = new Map<string, Mention['type']>();
    for (const name of peopleOfPage) known.set(name, 'Person');
    for (const m of a.mentions) {
      if (m.type === 'Person' || m.via === 'suffix') known.set(m.surface, m.type);
      if (m.shortName) known.set(m.shortName, m.type);
      if (m.type === 'Enterprise') {
        const core = enterpriseCore(m.surface);
        if (core && core.length >= 4) known.set(core, 'Enterprise');
      }
    }
    const found = bySentence(a.mentions);
    const again = a.sentences.flatMap((s, i) => findKnown(s.text, i, known, found(i)));
    const mentions = [...a.mentions, ...again].sort((x, y) => x.sentence - y.sentence || x.start - y.start);
    return { ...a, mentions };
  });
  return { ...doc, articles };
}
