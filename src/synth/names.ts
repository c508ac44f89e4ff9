// Personal names for the synthetic world, drawn so that namesakes occur as they do in life: surnames and
// given-name characters are Zipf-skewed (李, 王, 张 and 伟, 芳 are far commoner than the tail), the
// commonest full names (张伟, 王芳…) recur in many districts, and some officials share the full name of an
// official elsewhere in their city or the country. Within one district a name is never reused: a bare
// name in a district paper must point at one person of that district.
import { Rng, Zipf } from './random.ts';

// Roughly by frequency (the first ten cover about 40% of people in life), so the Zipf ranks fit.
const SURNAMES = [...'李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞辉鑫宇浩凯健俊帆帅旭宁龙林欣琳婷雪慧颖倩瑶晨阳思雨嘉博志建国海峰斌波兵春东晓立庆振德荣永宏家光兴泽睿彬晖铭璐岚蕾莹锋毅诚翔昊楠哲琦琪媛薇蓉瑜璇钰琛骏瀚琨珂彤昕蔚滢'];
// The commonest full names in China's name statistics, commonest first.
const COMMON = ['张伟', '王伟', '王芳', '李伟', '李娜', '张敏', '李静', '王静', '刘伟', '王敏', '张静', '李强', '王磊', '刘洋', '李军', '张勇', '王勇', '李杰', '王军', '张杰'];
// Given-name pairs that read as ordinary words would make the gold unfair to any extractor.
const WORDLIKE = new Set(['国家', '家国', '光明', '建国', '东方', '春晓', '明天', '宏伟', '平安', '建设', '振兴', '兴国', '立志', '永远', '家庭']);

/**
 * How a new official's name is drawn. Measured on the 10k and 100k worlds (tests/unit/synth-names.test.ts):
 * these shares give about one official in ten with a namesake in another district, and 张伟 in 10+ districts
 * at 100k. Reuse is planted on top of the natural collisions because a small world (40 districts at 10k)
 * would otherwise see almost none.
 */
const SAME_CITY_REUSE = 0.012;
const ELSEWHERE_REUSE = 0.025;
const COMMON_NAME = 0.008;

interface Holder {
  district: number;
  city: string;
}

export class Namer {
  private readonly rng: Rng;
  private readonly surnames = new Zipf(SURNAMES.length, 0.6);
  private readonly given = new Zipf(GIVEN.length, 0.3);
  private readonly common = new Zipf(COMMON.length, 1);
  /** Every name ever used in each district (officials and reporters), by district index. */
  private readonly taken = new Map<number, Set<string>>();
  /** Officials' names with where they were first drawn: the pool planted namesakes come from. */
  private readonly officials: { name: string; at: Holder }[] = [];
  private readonly byCity = new Map<string, { name: string; at: Holder }[]>();

  /** `forbidden`: names that read as places (沈阳 is a city before it is a person). */
  constructor(
    rng: Rng,
    private readonly forbidden: Set<string>,
  ) {
    this.rng = rng;
  }

  /** Whether `name` is free in the district (a transfer into it must not bring a second 李伟). */
  freeIn(district: number, name: string): boolean {
    return !this.takenIn(district).has(name);
  }

  /** Marks `name` as used in the district (a person transferred in keeps their name). */
  claim(district: number, name: string): void {
    this.takenIn(district).add(name);
  }

  /** A new official's name for district `at`; may be a namesake of an official elsewhere. */
  official(at: Holder): string {
    for (;;) {
      const u = this.rng.next();
      let name: string;
      if (u < SAME_CITY_REUSE) name = this.reuse(this.byCity.get(at.city) ?? [], at) ?? this.compose();
      else if (u < SAME_CITY_REUSE + ELSEWHERE_REUSE) name = this.reuse(this.officials, at) ?? this.compose();
      else if (u < SAME_CITY_REUSE + ELSEWHERE_REUSE + COMMON_NAME) name = COMMON[this.common.draw(this.rng)] as string;
      else name = this.compose();
      if (!this.acceptable(at.district, name)) continue;
      this.claim(at.district, name);
      const entry = { name, at };
      this.officials.push(entry);
      let list = this.byCity.get(at.city);
      if (!list) this.byCity.set(at.city, (list = []));
      list.push(entry);
      return name;
    }
  }

  /** A reporter's name: drawn like anyone's, never planted. */
  reporter(district: number): string {
    for (;;) {
      const name = this.compose();
      if (!this.acceptable(district, name)) continue;
      this.claim(district, name);
      return name;
    }
  }

  private reuse(pool: { name: string; at: Holder }[], at: Holder): string | null {
    const others = pool.length ? pool[this.rng.int(pool.length)] : undefined;
    return others && others.at.district !== at.district ? others.name : null;
  }

  private compose(): string {
    const surname = SURNAMES[this.surnames.draw(this.rng)] as string;
    const one = GIVEN[this.given.draw(this.rng)] as string;
    return this.rng.chance(0.15) ? surname + one : surname + one + (GIVEN[this.given.draw(this.rng)] as string);
  }

  private acceptable(district: number, name: string): boolean {
    const given = name.slice(1);
    if (given.length === 2 && (given[0] === given[1] || WORDLIKE.has(given))) return false;
    return !this.forbidden.has(name) && this.freeIn(district, name);
  }

  private takenIn(district: number): Set<string> {
    let set = this.taken.get(district);
    if (!set) this.taken.set(district, (set = new Set()));
    return set;
  }
}
