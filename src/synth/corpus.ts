// `kg synth`: a deterministic synthetic corpus of district-paper files and its gold.
// Each file is one page of one district's paper: a date line, then several articles laid out either as
// paragraphs (headline first, page breaks and photo captions inside sentences) or as a narrow column
// (short lines, a blank line after each, headline after the body), as the two seed files are.
// Files are produced one at a time and the gold is streamed, so memory stays flat at any corpus size.
// The world has namesakes (names.ts) and careers (careers.ts). Beyond what score.mjs reads, each gold
// article lists `persons` (name → true identity P000123) and `posts` (name, title and the district it is
// held in); the gold ends with `people`: every person's posts with from/to dates (identity-gold.ts reads them).
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { draftArticle, type DraftArticle, type EntityKind, type GoldArticle, type Paragraph } from './articles.ts';
import { Rng } from './random.ts';
import { buildWorld, type District, goldPeople, type World } from './world.ts';

export interface SynthOptions {
  articles: number;
  seed: string;
}

export interface SynthFile {
  name: string;
  text: string;
  /** Gold per article, with the article's [start, end) in `text` (for tests and checks). */
  articles: { gold: GoldArticle; span: [number, number] }[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS = '日一二三四五六';

/** The ISO-day arithmetic the header and article dates need, in UTC so no time zone shifts a day. */
function dayOf(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function header(rng: Rng, paper: string, d: Date): string {
  const y = d.getUTCFullYear();
  const m = pad2(d.getUTCMonth() + 1);
  const day = pad2(d.getUTCDate());
  const page = `第A${pad2(rng.between(1, 12))}版`;
  switch (rng.int(3)) {
    case 0:
      return `发布日期:${y}-${m}-${day}`;
    case 1:
      return `${paper}  ${y}年${m}月${day}日 星期${WEEKDAYS[d.getUTCDay()]}  ${page}`;
    default:
      return `${y}年${m}月${day}日  ${page}`;
  }
}

/** Breaks a filler paragraph where a page ends (社参\n\n与) or drops a photo caption into it. */
function breakFiller(rng: Rng, p: Paragraph, caption: string | null): string {
  if (!p.filler || p.text.length < 20) return p.text;
  const at = rng.between(6, p.text.length - 6);
  if (caption) return `${p.text.slice(0, at)}\n\n\n\n${caption}\n\n${p.text.slice(at)}`;
  if (rng.chance(0.15)) return `${p.text.slice(0, at)}\n\n${p.text.slice(at)}`;
  return p.text;
}

/** Paragraph layout: one paragraph a line, blank lines between, headline (and maybe a kicker) first. */
function paragraphLayout(rng: Rng, a: DraftArticle): { text: string; bylineAt: number } {
  const head = rng.chance(0.2) ? `${rng.pick(['树立和践行正确政绩观', '奋进新征程 建功新时代', '聚焦高质量发展'])}\n\n` : '';
  const top = `${head}${a.title}\n\n`;
  let caption = a.caption;
  const body = a.paragraphs.map((p, i) => {
    const text = i === 0 ? a.byline + p.text : breakFiller(rng, p, p.filler ? caption : null);
    if (p.filler) caption = null;
    return text;
  });
  return { text: top + body.join('\n\n'), bylineAt: top.length };
}

/** Column layout: running text cut into short lines, each followed by a blank line; headline after the body. */
function columnLayout(rng: Rng, a: DraftArticle, width: number): { text: string; bylineAt: number } {
  const lines: string[] = [];
  for (const [i, p] of a.paragraphs.entries()) {
    const text = i === 0 ? a.byline + p.text : p.text;
    for (let at = 0; at < text.length; ) {
      // Typesetters keep punctuation off the start of a line: it stays at the end of the previous one.
      let end = Math.min(text.length, at + width);
      while (end < text.length && /[，。、；：！？）”]/.test(text[end] as string)) end++;
      lines.push(text.slice(at, end));
      at = end;
    }
  }
  const subtitle = rng.chance(0.3) ? `\n${rng.pick(['多方协同 共促发展', '凝心聚力开新局', '实干担当 再启新程'])}` : '';
  return { text: ` ${lines.join('\n\n')}\n\n${a.title}${subtitle}\n`, bylineAt: 1 };
}

/** The shortest text from the byline on that occurs once in the file: how the scorer finds the article. */
function uniqueAnchor(file: string, from: number): string {
  for (let len = 14; ; len += 6) {
    const anchor = file.slice(from, from + len);
    if (file.indexOf(anchor) === from && file.indexOf(anchor, from + 1) < 0) return anchor;
    if (from + len >= file.length) return anchor;
  }
}

export interface GoldEntity {
  type: EntityKind;
  name: string;
  aliases?: string[];
}

/** Collects the gold entities the corpus names (bounded by the world's size, not the corpus's). */
export class EntityIndex {
  private readonly byName = new Map<string, { type: EntityKind; aliases: Set<string> }>();
  readonly optional = new Set<string>();

  add(kind: EntityKind, name: string, alias?: string): void {
    let e = this.byName.get(name);
    if (!e) {
      e = { type: kind, aliases: new Set() };
      this.byName.set(name, e);
    }
    if (alias && alias !== name) e.aliases.add(alias);
  }

  /** Bodies and places an extractor may fairly find besides the gold ones: neither rewarded nor penalized. */
  addDistrictContext(d: District): void {
    for (const n of [d.city, d.cityShort, `${d.cityShort}市委`, d.paper, `${d.name}委`, `${d.name}政府`, `${d.name}人民政府`,
      `${d.name}人大常委会`, `${d.name}党政代表团`, `${d.kind}委`, `${d.kind}政府`, `${d.kind}委常委会`, `${d.kind}政协`, '政协']) {
      this.optional.add(n);
    }
  }

  entities(): GoldEntity[] {
    return [...this.byName].map(([name, e]) =>
      e.aliases.size ? { type: e.type, name, aliases: [...e.aliases].sort() } : { type: e.type, name },
    );
  }
}

/** Yields the corpus file by file; the same options always give the same files. */
export function* generateCorpus(
  opts: SynthOptions,
  index = new EntityIndex(),
  world: World = buildWorld(opts.seed, opts.articles),
): Generator<SynthFile> {
  const rng = new Rng(`corpus:${opts.seed}`);
  let written = 0;
  let fileNo = 0;
  while (written < opts.articles) {
    const home = world.districts[world.districtZipf.draw(rng)] as District;
    index.addDistrictContext(home);
    const count = Math.min(opts.articles - written, rng.between(3, 6));
    const pub = dayOf(rng.between(2021, 2026), rng.between(1, 12), rng.between(1, 28));
    const column = rng.chance(0.35);
    const width = rng.between(11, 14);
    const parts: { text: string; bylineAt: number; draft: DraftArticle }[] = [];
    for (let i = 0; i < count; i++) {
      const back = Math.min(pub.getUTCDate() - 1, rng.int(3));
      const date = { year: pub.getUTCFullYear(), month: pub.getUTCMonth() + 1, day: pub.getUTCDate() - back };
      const draft = draftArticle(rng, world, home, date);
      for (const m of draft.mentions) index.add(m.kind, m.name, m.alias);
      const laid = column ? columnLayout(rng, draft, width) : paragraphLayout(rng, draft);
      parts.push({ ...laid, draft });
    }
    let text = `${header(rng, home.paper, pub)}\n\n`;
    const spans: [number, number][] = [];
    for (const p of parts) {
      const start = text.length;
      text += p.text;
      spans.push([start, text.length]);
      text += '\n\n';
    }
    const name = `${String(fileNo).padStart(6, '0')}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
    const articles = parts.map((p, i) => {
      const [start, end] = spans[i] as [number, number];
      const bylineAt = start + p.bylineAt;
      const gold: GoldArticle = {
        key: `${name.slice(0, 6)}-${i}`,
        source: name,
        anchor: uniqueAnchor(text, bylineAt),
        title: p.draft.title,
        ...p.draft.gold,
      };
      return { gold, span: [start, end] as [number, number] };
    });
    yield { name, text, articles };
    written += count;
    fileNo++;
  }
}

export interface SynthSummary {
  files: number;
  articles: number;
  chars: number;
  goldPath: string;
  namesakes: NamesakeSummary;
}

export interface NamesakeSummary {
  /** People who held a district seat in the story. */
  officials: number;
  /** Of them, those who share the full name with an official of another district. */
  withNamesake: number;
  /** The name held in the most districts, and in how many. */
  commonest: { name: string; districts: number };
}

/** How namesakes fell in this world (printed by `kg synth`, checked in tests/unit/synth-names.test.ts). */
export function namesakeSummary(world: World): NamesakeSummary {
  const byName = new Map<string, { people: number; districts: Set<number> }>();
  for (const p of world.people) {
    const districts = p.tenures.flatMap((t) => (t.district === null ? [] : [t.district]));
    if (!districts.length) continue;
    const entry = byName.get(p.name) ?? { people: 0, districts: new Set<number>() };
    entry.people++;
    for (const d of districts) entry.districts.add(d);
    byName.set(p.name, entry);
  }
  let officials = 0;
  let withNamesake = 0;
  let commonest = { name: '', districts: 0 };
  for (const [name, e] of byName) {
    officials += e.people;
    if (e.people > 1) withNamesake += e.people;
    if (e.districts.size > commonest.districts) commonest = { name, districts: e.districts.size };
  }
  return { officials, withNamesake, commonest };
}

/**
 * Writes the corpus files into `out` and the gold to `out/../<out name>.gold.json`-style `goldPath`
 * (outside the corpus folder, so ingesting the folder does not read the gold as an article file).
 */
export function writeCorpus(opts: SynthOptions & { out: string; goldPath?: string }, onFile?: (done: number) => void): SynthSummary {
  mkdirSync(opts.out, { recursive: true });
  const goldPath = opts.goldPath ?? `${opts.out.replace(/\/+$/, '')}.gold.json`;
  const index = new EntityIndex();
  const world = buildWorld(opts.seed, opts.articles);
  const fd = openSync(goldPath, 'w');
  let files = 0;
  let articles = 0;
  let chars = 0;
  try {
    writeSync(
      fd,
      `{\n  "version": 1,\n  "about": ${JSON.stringify(`Synthetic corpus: kg synth --articles ${opts.articles} --seed ${opts.seed}. Every gold fact is stated in its article; persons carry true identities (people: their posts over time).`)},\n  "articles": [\n`,
    );
    for (const file of generateCorpus(opts, index, world)) {
      writeFileSync(join(opts.out, file.name), file.text);
      for (const a of file.articles) {
        writeSync(fd, `${articles === 0 ? '' : ',\n'}    ${JSON.stringify(a.gold)}`);
        articles++;
      }
      files++;
      chars += file.text.length;
      onFile?.(articles);
    }
    const entities = index.entities().map((e) => `    ${JSON.stringify(e)}`).join(',\n');
    const optional = [...index.optional].sort().map((n) => `    ${JSON.stringify({ name: n })}`).join(',\n');
    // One person a line, like the articles, so identity-gold.ts can stream a 100k corpus's gold.
    const people = goldPeople(world).map((p) => `    ${JSON.stringify(p)}`).join(',\n');
    writeSync(fd, `\n  ],\n  "entities": [\n${entities}\n  ],\n  "optional": [\n${optional}\n  ],\n  "people": [\n${people}\n  ]\n}\n`);
  } finally {
    closeSync(fd);
  }
  return { files, articles, chars, goldPath, namesakes: namesakeSummary(world) };
}
