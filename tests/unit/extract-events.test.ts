// Event segmentation (stages/event-spans.ts): every event of an article with its own span, name, attendees
// and parties. Made-up sentences in the style of the papers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/format.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';
import { one } from './extract-helpers.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

/** Each event by name: kind, date, who took part or signed and where it was held, as "TYPE name" sorted. */
function events(x: Extraction): Record<string, { kind: string; date: string | null; who: string[] }> {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  const out: Record<string, { kind: string; date: string | null; who: string[] }> = {};
  for (const e of x.entities.filter((y) => y.type === 'Event')) {
    const who = x.relations.filter((r) => r.to === e.id || r.from === e.id).map((r) => `${r.type} ${name.get(r.to === e.id ? r.from : r.to)}`);
    out[e.name] = { kind: e.kind ?? '', date: e.date ?? null, who: [...new Set(who)].sort() };
  }
  return out;
}

describe('events of an article', () => {
  it('a meeting and a signing inside a visit are events of their own, their people at the visit too', () => {
    const x = one(
      '本报讯（记者 王海）5月12日，龙岗区委副书记、区长张立新率龙岗区党政代表团到寻乌县考察。寻乌县委书记刘明远陪同考察。\n\n' +
        '随后，双方召开座谈会，刘明远主持座谈会。\n\n' +
        '会上，龙岗区人民政府与寻乌县人民政府签订《产业协作框架协议》，寻乌县县长陈卫国见证签约。\n',
    );
    const ev = events(x);
    const names = Object.keys(ev);
    expect(names).toHaveLength(3);
    const visit = names.find((n) => ev[n]!.kind === 'visit')!;
    const meeting = names.find((n) => ev[n]!.kind === 'meeting')!;
    expect(ev['《产业协作框架协议》签订']?.kind).toBe('signing');
    expect(ev['《产业协作框架协议》签订']?.who).toEqual(['ATTENDED 陈卫国', 'HELD_IN 寻乌县', 'SIGNED 寻乌县人民政府', 'SIGNED 龙岗区人民政府']);
    expect(ev[meeting]!.who).toEqual(['CHAIRED 刘明远', 'HELD_IN 寻乌县']);
    // The visit: its own people, and whoever took part in what happened within it; no party signs the visit.
    expect(ev[visit]!.who).toEqual(['ATTENDED 刘明远', 'ATTENDED 陈卫国', 'HELD_IN 寻乌县', 'LED 张立新'].sort());
    // 见证 officials witness; they are not parties.
    expect(x.relations.filter((r) => r.type === 'SIGNED').map((r) => name(x, r.from))).not.toContain('陈卫国');
  });

  it("a round-up's items are separate events, each with its own people and its own day", () => {
    const x = one(
      '西湖区一周要闻\n\n2025年01月10日\n\n' +
        '1月8日，西湖区政协召开主席会议，区政协主席周建华主持会议，区政协副主席林晓光出席会议。\n\n' +
        '1月9日，区委副书记、区长赵明远主持召开区政府常务会议，副区长孙立强参加会议。\n',
    );
    const ev = Object.values(events(x));
    expect(ev).toHaveLength(2);
    const first = ev.find((e) => e.who.includes('CHAIRED 周建华'))!;
    const second = ev.find((e) => e.who.includes('CHAIRED 赵明远'))!;
    expect(first.who).toContain('ATTENDED 林晓光');
    expect(first.who).not.toContain('ATTENDED 孙立强');
    expect(second.who).toContain('ATTENDED 孙立强');
    expect(second.who).not.toContain('ATTENDED 林晓光');
    expect(first.date).toBe('2025-01-08');
    expect(second.date).toBe('2025-01-09');
  });

  it('a body named in a post title is no meeting: 人大常委会主任 leading a delegation is a visit', () => {
    const x = one('本报讯（记者 王海）6月3日，宁化县人大常委会主任吴建平率考察团到泉港区考察。');
    const ev = Object.values(events(x));
    expect(ev).toHaveLength(1);
    expect(ev[0]!.kind).toBe('visit');
    expect(ev[0]!.who).toContain('HELD_IN 泉港区');
  });

  it('a meeting talked about again (会议指出) is the same event, not a new one', () => {
    const x = one('本报讯（记者 王海）3月2日，西湖区委召开常委会会议，区委书记周建华主持会议。\n\n会议指出，要抓好春季安全生产。\n\n会议强调，要做好防汛准备。\n');
    expect(Object.keys(events(x))).toHaveLength(1);
  });
});

function name(x: Extraction, id: string): string | undefined {
  return x.entities.find((e) => e.id === id)?.name;
}

describe('bodies that attend', () => {
  const attending = (x: Extraction) =>
    x.relations.filter((r) => r.type === 'ATTENDED' && x.entities.find((e) => e.id === r.from)?.type !== 'Person').map((r) => name(x, r.from)).sort();

  it('reads bodies listed with their unnamed officials, each taking the place and system of the item before', () => {
    const x = one(
      '本报讯（记者 王海）4月2日，北京市政协主席魏明远到丰台区调研并主持召开座谈会。市政协办公厅、研究室有关负责同志，丰台区委、区政府有关负责同志和区政协班子成员参加。',
    );
    expect(attending(x)).toEqual(['丰台区人民政府', '丰台区委', '丰台区政协', '北京市政协办公厅', '北京市政协研究室'].sort());
  });

  it('reads the bodies a leader brings (率…等相关负责同志) and courts as 人民法院', () => {
    const x = one('本报讯（记者 王海）6月5日，西湖区区长赵明远率区发展改革局、财政局等相关负责同志赴青川县考察。区法院、区检察院领导陪同。');
    expect(attending(x)).toEqual(['西湖区人民检察院', '西湖区人民法院', '西湖区发展改革局', '西湖区财政局'].sort());
  });

  it('reads departments listed after the leaders (区领导A、B和X、Y等相关部门参加)', () => {
    const x = one('本报讯（记者 王海）6月5日，西湖区召开招商工作会议。区领导赵明远、孙立强和区政府办、区商务局等相关部门参加会议。');
    expect(attending(x)).toEqual(['西湖区政府办', '西湖区商务局'].sort());
  });

  it('reads bodies present through their staff (相关人员), a party department passing on its committee (区委组织部、宣传部)', () => {
    const x = one('本报讯（记者 王海）6月5日，西湖区政协召开常委会议，区政协主席周建华主持会议。区委组织部、宣传部相关人员列席会议。');
    expect(attending(x)).toEqual(['西湖区委宣传部', '西湖区委组织部']);
  });

  it('reads no body where officials did something else, nor a person, nor a generic phrase', () => {
    const x = one('本报讯（记者 王海）6月5日，西湖区召开会议。区委、区政府主要领导高度重视筹备工作，确保代表团参会有序。区领导王明、有关部门负责人参加会议。');
    expect(attending(x)).toEqual([]);
  });
});

describe('who took part', () => {
  const people = (x: Extraction, type: string) => x.relations.filter((r) => r.type === type).map((r) => name(x, r.from)).sort();

  it('reads a leader who 日前率 a delegation, people seated (就坐), and speakers in a paragraph that opens at the meeting', () => {
    const x = one(
      '本报讯（记者 王海）西湖区委副书记、区长赵明远日前率西湖区党政代表团到青川县考察。青川县领导孙立强、周建华在主席台就坐。\n\n' +
        '座谈会上，青川县县长刘明远致辞。西湖区副区长林晓光、青川县副县长陈卫国分别介绍了两地概况。\n',
    );
    expect(people(x, 'LED')).toEqual(['赵明远']);
    expect(people(x, 'ATTENDED')).toEqual(expect.arrayContaining(['孙立强', '周建华', '刘明远', '林晓光', '陈卫国']));
  });

  it('a leader the text cites (以…同志为核心, 总书记) took no part', () => {
    const x = one('本报讯（记者 王海）3月2日，西湖区委召开常委会会议。区委书记周建华主持会议并讲话，指出在以习近平同志为核心的党中央坚强领导下，全区发展稳中有进，副书记赵明远出席会议。');
    expect(people(x, 'CHAIRED')).toEqual(['周建华']);
    expect(people(x, 'ATTENDED')).toEqual(['赵明远']);
  });
});

describe('event names', () => {
  const names = (text: string) => one(text).entities.filter((e) => e.type === 'Event').map((e) => e.name);

  it('keeps a list in brackets inside a meeting name', () => {
    expect(names('本报讯（记者 王海）昨日下午，2025年西湖区·青川县（乔庄镇、木鱼镇）东西部协作联席会议举行。区长赵明远主持会议。')).toEqual([
      '2025年西湖区·青川县（乔庄镇、木鱼镇）东西部协作联席会议',
    ]);
  });

  it("names a delegation's trip after the delegation, not its leader's posts", () => {
    expect(names('本报讯（记者 王海）9月21日，市委副书记、市长赵明远率台州市代表团到广元市学习考察。')).toEqual(['台州市代表团到广元市学习考察']);
  });

  it('names a session after the body that held it (X召开2023年第9次会议)', () => {
    expect(names('本报讯（记者 王海）7月28日，区政协党组召开2023年第9次会议，区政协主席周建华主持会议。')).toEqual(['区政协党组2023年第9次会议']);
  });

  it('names a visit by the first event its lead names, and a meeting met elsewhere in the hall by its host', () => {
    expect(names('本报讯（记者 王海）8月2日，区长赵明远率西湖区党政代表团赴青川县考察对接，并召开座谈会。')).toEqual(['西湖区党政代表团赴青川县考察对接']);
    expect(names('本报讯（记者 王海）9月16日，市长周建华在市政府贵宾厅接见了青山集团董事长林晓光一行。')).toEqual(['周建华接见青山集团林晓光一行']);
  });

  it('names a courtesy meeting by host and guest (A会见B一行), without their titles', () => {
    expect(names('本报讯（记者 王海）4月24日下午，区委书记周建华会见青山建设集团有限公司党委书记、董事长林晓光一行。')).toEqual(['周建华会见青山建设集团有限公司林晓光一行']);
  });
});
