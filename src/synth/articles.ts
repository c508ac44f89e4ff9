// One synthetic article: its paragraphs in the style of district papers, and its gold annotation
// (the per-article shape of ../shared/eval/seeds.gold.json). Every fact in the gold is stated in the text.
import { meeting, pairing, service, signing, visit } from './article-kinds.ts';
import { Builder, type Ctx } from './cast.ts';
import type { Rng } from './random.ts';
import type { District, Person, World } from './world.ts';

export interface GoldEvent {
  kind: 'meeting' | 'signing' | 'visit' | 'conference' | 'other';
  name: string;
  date: string;
  attendees: string[];
  attendingOrgs: string[];
  chairs: string[];
  signatories: string[];
}

export interface GoldArticle {
  key: string;
  source: string;
  anchor: string;
  title: string | null;
  date: string;
  reporters: string[];
  events: GoldEvent[];
  positions: [string, string][];
  pairings: [string, string][];
  /** Every person the article names, with their true identity (never shown to an extractor). */
  persons: { name: string; id: string }[];
  /** The posts the text states (`positions`), each with the district it is held in. */
  posts: { name: string; title: string; body: string }[];
}

/** A paragraph; filler ones carry no names, so layout may break them anywhere (page breaks, captions). */
export interface Paragraph {
  text: string;
  filler: boolean;
}

export type EntityKind = 'Person' | 'Organization' | 'District' | 'Enterprise';

export interface DraftArticle {
  title: string;
  /** 本报讯（…记者 X）: the article's first characters in the body. */
  byline: string;
  paragraphs: Paragraph[];
  /** A photo caption with credit, dropped into a filler paragraph by the layout. */
  caption: string | null;
  gold: Omit<GoldArticle, 'key' | 'source' | 'anchor' | 'title'>;
  /** Every gold entity the text names, with the aliases it used. */
  mentions: { kind: EntityKind; name: string; alias?: string }[];
}
const pad2 = (n: number): string => String(n).padStart(2, '0');

function byline(ctx: Ctx, b: Builder): { text: string; reporters: string[]; credit: string } {
  const { rng, home } = ctx;
  const [p, p2] = rng.sample(home.reporters, 2) as [Person, Person];
  const form = rng.next();
  const r = b.reporter(p);
  const r2 = p2.name;
  const credit = `${home.paper}记者 ${r} 摄`;
  if (form < 0.5) return { text: `本报讯（${home.paper}记者 ${r}）`, reporters: [r], credit };
  if (form < 0.6) return { text: `本报讯（${home.paper}首席记者 ${r}）`, reporters: [r], credit };
  if (form < 0.75) {
    b.reporter(p2);
    return { text: `本报讯（记者 ${r} 通讯员 ${r2}）`, reporters: [r, r2], credit };
  }
  if (form < 0.85) return { text: `本报${home.cityShort}${ctx.month}月${ctx.day}日电 (记者${r})`, reporters: [r], credit };
  return { text: `${home.short ?? home.name}新闻讯(记者 ${r})`, reporters: [r], credit };
}
/** One article about `home`, reported on the given day. */
export function draftArticle(rng: Rng, world: World, home: District, date: { year: number; month: number; day: number }): DraftArticle {
  const iso = `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
  const ctx: Ctx = { rng, world, home, ...date, iso };
  const b = new Builder();
  const pairs: [string, string][] = [];
  const by = byline(ctx, b);
  const roll = rng.next();
  const body =
    roll < 0.35 ? meeting(ctx, b)
    : roll < 0.5 ? pairing(ctx, b, pairs)
    : roll < 0.7 ? signing(ctx, b)
    : roll < 0.85 ? visit(ctx, b, pairs)
    : service(ctx, b);
  const events = body.event ? [{ ...body.event, date: iso }] : [];
  return {
    title: body.title,
    byline: by.text,
    paragraphs: body.paragraphs,
    caption: rng.chance(0.2) ? `${rng.pick(['活动现场', '会议现场', '签约仪式现场', '工作人员为市民提供服务'])}。${by.credit}` : null,
    gold: {
      date: iso,
      reporters: by.reporters,
      events,
      positions: dedupePairs(b.positions),
      pairings: pairs,
      persons: [...b.persons].map(([name, id]) => ({ name, id })),
      posts: b.posts.filter((p, i) => b.posts.findIndex((q) => q.name === p.name && q.title === p.title) === i),
    },
    mentions: b.mentions,
  };
}

function dedupePairs(pairs: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  return pairs.filter(([a, b]) => {
    const key = `${a}\u0000${b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
