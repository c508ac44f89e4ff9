// The second step of identity, over all anchors of one name (pure): anchors (name + place) whose posts were seen
// at overlapping times are different people (two districts' 李建国 at once); anchors whose post sightings follow
// one another are one career (a transfer); an anchor only a bare name in an article gave (no post) joins the
// one career of that name, else stays apart. A function of the set of anchors of a name, so the same set in any
// order gives the same clusters.
export interface AnchorGroup {
  /** The anchor's graph id (name + place). */
  id: string;
  /** Whether a post placed it (else only its articles' home district or nothing did). */
  posted: boolean;
  /** First and last date a post of it was seen (ISO; null when undated). */
  first: string | null;
  last: string | null;
  /** Whether nothing placed it at all (the extraction's one-per-name id). */
  unanchored: boolean;
  /** Mentions (article, name) it holds. */
  mentions: number;
}

/**
 * A bare-name anchor joins a cluster of its name this many times its size (a visitor named at a host's event).
 * Measured on kg synth's 10k corpus (B-cubed F1 of the clusters): 3 → 0.988, 2 → 0.992, 1.5 → 0.993; at 100k 2 gives
 * 0.987 (P 0.980, R 0.994). Lower joins more namesakes named bare in one district to a busier one elsewhere.
 */
export const DOMINANCE = 2;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Cluster id (the id of the cluster's earliest anchor) for every anchor of one name. */
export function clusterName(groups: AnchorGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  const posted = groups
    .filter((g) => g.posted && !g.unanchored)
    .sort((a, b) => byCode(a.first ?? '', b.first ?? '') || byCode(a.id, b.id));
  // Careers: each posted anchor, oldest first, continues the career it does not overlap (the one that ended
  // last before it began); overlapping every career, it starts its own.
  const careers: { id: string; last: string | null; members: string[] }[] = [];
  for (const g of posted) {
    const open = careers
      .filter((c) => c.last !== null && g.first !== null && c.last < g.first)
      .sort((a, b) => byCode(b.last!, a.last!) || byCode(a.id, b.id));
    const career = open[0];
    if (career) {
      career.members.push(g.id);
      career.last = g.last;
    } else careers.push({ id: g.id, last: g.last, members: [g.id] });
  }
  const size = new Map<string, number>();
  const sizeOf = new Map(groups.map((g) => [g.id, g.mentions]));
  for (const c of careers) {
    for (const m of c.members) out.set(m, c.id);
    size.set(c.id, c.members.reduce((n, m) => n + (sizeOf.get(m) ?? 0), 0));
  }
  // Bare-name anchors, largest first: one joins the largest cluster of its name when that one dwarfs it (the
  // same person named without his post at another district's event), or the one career when there is one.
  // A name no post places anywhere (a byline, a national figure named bare in many districts' papers): nothing
  // tells its mentions apart, so they are one person, as before identity.
  if (careers.length === 0) {
    const first = [...groups].sort((a, b) => b.mentions - a.mentions || byCode(a.id, b.id))[0];
    for (const g of groups) out.set(g.id, first!.id);
    return out;
  }
  const bare = groups.filter((g) => !out.has(g.id) && !g.unanchored).sort((a, b) => b.mentions - a.mentions || byCode(a.id, b.id));
  for (const g of bare) {
    const largest = [...size].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0];
    const join = careers.length === 1 ? careers[0]!.id : largest && largest[1] >= DOMINANCE * g.mentions ? largest[0] : null;
    if (join) {
      out.set(g.id, join);
      size.set(join, size.get(join)! + g.mentions);
    } else {
      out.set(g.id, g.id);
      size.set(g.id, g.mentions);
    }
  }
  // Mentions nothing placed join the one candidate of their name, or the one that dwarfs every other.
  const ranked = [...size].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
  const [first, second] = ranked;
  const candidate = first && (!second || first[1] >= DOMINANCE * second[1]) ? first[0] : null;
  for (const g of groups) if (!out.has(g.id)) out.set(g.id, candidate ?? g.id);
  return out;
}
