// Gold packs (src/eval/pack.ts): the gold's strings become offsets into made-up source texts (every name invented), and
// unpacking against the same bytes gives the gold back; changed bytes are refused naming the file.
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PackError, packGold, unpackGold, type Gold, type Pack } from '../../src/eval/pack.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const plain = '本报讯 3月5日，青禾县委书记柯明远率队到石桥区考察，石桥区区长窦雪晴陪同。两地签署协议，青禾县与石桥区结对。';
// Traditional script: the simplified names occur only in the t2s view.
const trad = '本報訊 4月2日，鄭曉華主持會議，雲嶺鎮黨委書記鄭曉華講話。';
const sources = new Map([
  ['n-one.txt', enc(plain)],
  ['n-two-trad.txt', enc(trad)],
]);
const read = (files: Map<string, Uint8Array>) => (f: string) => files.get(f);

function gold(): Gold {
  return {
    version: 1,
    about: 'written by hand from the two texts',
    entities: [
      { id: 'p:1', type: 'Person', name: '柯明远', articles: ['a1'] },
      { id: 'p:2', type: 'Person', name: '窦雪晴', articles: ['a1'] },
      // Put together from the text: 青禾县 + 人民政府 (written apart in sources2).
      { id: 'o:1', type: 'Organization', name: '青禾县人民政府', aliases: ['县政府'], articles: ['a1'] },
      { id: 'd:1', type: 'District', name: '青禾县', aliases: ['青禾'], articles: ['a1'] },
      { id: 'd:2', type: 'District', name: '石桥区', articles: ['a1'] },
      { id: 'p:3', type: 'Person', name: '郑晓华', articles: ['a2'] },
      { id: 'd:3', type: 'District', name: '云岭镇', aliases: ['雲嶺鎮'], articles: ['a2'] },
    ],
    // A generic term found nowhere (two of its letters in no text): kept literally.
    optional: [{ name: '纪检监察' }],
    articles: [
      {
        key: 'a1',
        source: 'n-one.txt',
        anchor: '3月5日，青禾',
        title: '青禾县委书记柯明远到石桥区考察',
        date: '2026-03-05',
        reporters: [],
        events: [{ kind: 'visit', name: '柯明远到石桥区考察', date: '2026-03-05', attendees: ['柯明远', '窦雪晴'], chairs: [], attendingOrgs: [], signatories: ['青禾县人民政府'] }],
        positions: [['柯明远', '县委书记'], ['窦雪晴', '区长']],
        pairings: [['青禾县', '石桥区']],
      },
      {
        key: 'a2',
        source: 'n-two-trad.txt',
        anchor: '4月2日，鄭曉華',
        title: null,
        date: '2026-04-02',
        reporters: [],
        events: [{ kind: 'meeting', name: '会议', date: '2026-04-02', attendees: [], chairs: ['郑晓华'], attendingOrgs: [], signatories: [] }],
        positions: [['郑晓华', '镇党委书记']],
        pairings: [],
      },
    ],
  } as Gold;
}
const sources2 = new Map([...sources, ['n-one.txt', enc(`${plain}县人民政府`)]]);
/** The gold as a pack keeps it: no headline, events named by number, no `about`. */
const unscoredDropped = (g: Gold) => {
  const { about: _about, ...rest } = g;
  return { ...rest, articles: g.articles.map((a) => ({ ...a, title: null, events: a.events.map((ev, k) => ({ ...ev, name: `event ${k + 1}` })) })) };
};

describe('a gold pack', () => {
  it('holds no name of the texts, only offsets, and unpacks to the gold in every scored field', () => {
    const { pack, literals } = packGold(gold(), sources2, { set: 'made-up', role: 'tuning' });
    const json = JSON.stringify(pack);
    for (const name of ['柯明远', '窦雪晴', '青禾', '石桥区', '郑晓华', '鄭曉華', '3月5日']) expect(json).not.toContain(name);
    expect(json).not.toContain('考察');
    expect(pack).toMatchObject({ format: PACK_FORMAT, set: 'made-up', role: 'tuning', literals: 1 });
    expect(literals).toEqual(['纪检监察']);
    const back = unpackGold(JSON.parse(json) as Pack, read(sources2));
    expect(back).toEqual(unscoredDropped(gold()));
  });

  it('stores a name as a span of its own article\'s file, and an article\'s people as entity numbers', () => {
    const { pack } = packGold(gold(), sources2, { set: 'made-up', role: 'tuning' });
    const g = pack.gold as { entities: { name: unknown }[]; articles: { anchor: unknown; events: { attendees: unknown[] }[] }[] };
    const at = plain.indexOf('柯明远');
    expect(g.entities[0]?.name).toEqual({ src: 0, at: [at, at + 3] });
    expect(g.articles[0]?.anchor).toEqual({ src: 0, at: [plain.indexOf('3月5日'), plain.indexOf('3月5日') + 7] });
    expect(g.articles[0]?.events[0]?.attendees).toEqual([{ entity: 0 }, { entity: 1 }]);
    expect(pack.sources.map((s) => s.file)).toEqual(['n-one.txt', 'n-two-trad.txt']);
    expect(pack.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a simplified name of a traditional-script file in its t2s view', () => {
    const { pack } = packGold(gold(), sources2, { set: 'made-up', role: 'tuning' });
    const person = (pack.gold as { entities: { name: unknown; aliases?: unknown[] }[] }).entities[5];
    expect(person?.name).toEqual({ src: 1, at: [trad.indexOf('鄭曉華'), trad.indexOf('鄭曉華') + 3], view: 't2s' });
    // The traditional alias is in the text view itself.
    expect((pack.gold as { entities: { aliases?: unknown[] }[] }).entities[6]?.aliases).toEqual([{ src: 1, at: [trad.indexOf('雲嶺鎮'), trad.indexOf('雲嶺鎮') + 3] }]);
  });

  it('puts together a name the text writes in pieces, longest piece first', () => {
    const { pack } = packGold(gold(), sources2, { set: 'made-up', role: 'tuning' });
    const body = (pack.gold as { entities: { name: unknown }[] }).entities[2];
    const apart = plain.length + 1;
    expect(body?.name).toEqual({ pieces: [{ src: 0, at: [plain.indexOf('青禾县'), plain.indexOf('青禾县') + 3] }, { src: 0, at: [apart, apart + 4] }] });
    expect(unpackGold(pack, read(sources2)).entities[2]?.name).toBe('青禾县人民政府');
  });

  it('keeps a variant glyph the views do not fold as one literal letter among spans', () => {
    const text = '两地干部在陜西省交流。';
    const g: Gold = { entities: [{ type: 'District', name: '陕西省', articles: ['k'] }], articles: [{ key: 'k', source: 'v.txt', anchor: '两地', events: [] }] } as unknown as Gold;
    const files = new Map([['v.txt', enc(text)]]);
    const { pack, literals } = packGold(g, files, { set: 'v', role: 'tuning' });
    expect(literals).toEqual(['陕']);
    expect((pack.gold as { entities: { name: unknown }[] }).entities[0]?.name).toEqual({ pieces: ['陕', { src: 0, at: [6, 8] }] });
    expect(unpackGold(pack, read(files)).entities[0]?.name).toBe('陕西省');
  });

  it('refuses a person\'s name found nowhere, naming where it is and not the name', () => {
    const g = gold();
    g.entities[1] = { id: 'p:2', type: 'Person', name: '邬冠霖', articles: ['a1'] };
    const packing = () => packGold(g, sources2, { set: 'made-up', role: 'held-back' });
    expect(packing).toThrow(PackError);
    expect(packing).toThrow("a person's name (entity 1) is nowhere in the sources, not even in pieces");
    try {
      packing();
    } catch (err) {
      expect((err as Error).message).not.toContain('邬冠霖');
    }
  });

  it('refuses to unpack against a changed source, naming the file', () => {
    const { pack } = packGold(gold(), sources2, { set: 'made-up', role: 'tuning' });
    const changed = new Map([...sources2, ['n-two-trad.txt', enc(`${trad} `)]]);
    expect(() => unpackGold(pack, read(changed))).toThrow(/^source n-two-trad\.txt has changed since set made-up was packed \(sha256 [0-9a-f]{12}…, packed [0-9a-f]{12}…\)/);
    expect(() => unpackGold(pack, read(new Map([...sources2].slice(1))))).toThrow('source n-one.txt is absent');
  });

  it('checks the unpacked gold against the hash it was packed with (a changed t2s conversion would show)', () => {
    const { pack } = packGold(gold(), sources2, { set: 'made-up', role: 'tuning' });
    expect(pack.goldSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(() => unpackGold({ ...pack, goldSha256: '0'.repeat(64) }, read(sources2))).toThrow('set made-up: the sources are unchanged but unpacking gives another gold than was packed');
  });

  it('refuses to pack a gold whose source is not given', () => {
    expect(() => packGold(gold(), new Map([...sources2].slice(0, 1)), { set: 'made-up', role: 'tuning' })).toThrow('source n-two-trad.txt of the gold is not in the sources folder');
  });
});
