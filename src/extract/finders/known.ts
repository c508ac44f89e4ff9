// Names known in the document (a person named with a post, a body, a defined short name) found again bare.
import { type Mention, isHan, overlaps } from './mention.ts';
import { nameBoundaryAt } from './names.ts';

/** Names known in the document found again bare ("王卫指出"), and short names (深信大) after their definition. */
export function findKnown(s: string, sentence: number, names: Map<string, Mention['type']>, existing: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const [name, type] of names) {
    let from = 0;
    for (;;) {
      const at = s.indexOf(name, from);
      if (at < 0) break;
      from = at + 1;
      const span = { start: at, end: at + name.length };
      if (overlaps(span, existing) || overlaps(span, out)) continue;
      // A person's name must not be the start of a longer name ("王卫华" is not "王卫").
      if (type === 'Person' && isHan(s[at + name.length]) && !nameBoundaryAt(s, at + name.length)) continue;
      // "市政府驻X办事处": the owner of an office, as the body finder reads it too.
      if (type !== 'Person' && s[at + name.length] === '驻') continue;
      out.push({ type, surface: name, start: at, end: at + name.length, sentence, via: 'known' });
    }
  }
  return out;
}

