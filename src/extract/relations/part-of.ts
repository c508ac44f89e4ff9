// PART_OF: a body whose name starts with a district or another body; a qualified bare body ("区政协" →
// 龙岗区政协) in the article's district; a district inside its city when the article names both.
import { type ArticleStage, bySentence, keyOf, type LocalRelation, splitKey } from '../document.ts';
import { places } from '../lexicon.ts';

export const partOf: ArticleStage = (a) => {
  const { resolved, sentences, home } = a;
  const inSentence = bySentence(resolved);
  const out: LocalRelation[] = [];
  const idx = places();
  const bodies = a.visible.filter((m) => m.type === 'Organization' || m.type === 'Enterprise');
  // The places the article writes: a bare body qualified with a place it never writes ("省委" on a county's page →
  // X省委) stays a body, without making that province or city an entity of the article through PART_OF.
  const named = new Set(resolved.filter((x) => x.type === 'District').map((x) => x.canonical));
  for (const b of bodies) {
    const [, name] = splitKey(b.key);
    const ev = sentences[b.sentence]!.text;
    // The most specific place or body its name starts with ("深圳市龙岗区商务局" → 龙岗区).
    const inner = inSentence(b.sentence).filter((m) => m !== b && m.start >= b.start && m.end < b.end && m.key !== b.key && m.type !== 'Person');
    let chainEnd = b.start;
    let parent: (typeof inner)[number] | null = null;
    for (const m of inner.sort((x, y) => x.start - y.start)) {
      if (m.start !== chainEnd) break;
      parent = m;
      chainEnd = m.end;
    }
    if (parent) out.push({ type: 'PART_OF', from: b.key, to: parent.key, evidence: ev });
    if (!inner.some((m) => m.type === 'District') && name !== b.surface) {
      const d = [home.district, home.city, home.province].find((x) => x && name.startsWith(x) && named.has(x));
      if (d) out.push({ type: 'PART_OF', from: b.key, to: keyOf('District', d), evidence: ev });
    }
  }
  const done = new Set<string>();
  for (const m of resolved) {
    if (m.type !== 'District' || !m.canonical || done.has(m.canonical)) continue;
    done.add(m.canonical);
    const row = idx.full.get(m.canonical)?.find((p) => p.level === 'area');
    const city = row?.city;
    if (city && city !== m.canonical && named.has(city)) {
      out.push({ type: 'PART_OF', from: m.key, to: keyOf('District', city), evidence: sentences[m.sentence]!.text });
    }
  }
  return { partOf: out };
};
