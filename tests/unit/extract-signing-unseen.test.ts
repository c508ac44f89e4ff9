// Signings on real text the extractor was not tuned on (issue 10's discipline): each rule is for a kind of signing
// writing counted in at least 3 articles from 2 provinces, tried here on made-up sentences in the papers' style.
import { beforeAll, describe, expect, it } from 'vitest';
import { one, rels } from './extract-helpers.ts';

beforeAll(() => void one('预热'), 60_000);

// A whole extraction per test: generous under the shared machine's load (no assertion reads time).
describe('双方 of a signing', { timeout: 60_000 }, () => {
  it('"两大开发区签署" after a visit: the parties are the pair of the headline', () => {
    const x = one(
      '永嘉县经济开发区与瑞安市经济开发区建立合作共建关系\n\n' +
        '本报讯 3月5日，瑞安市经济开发区考察团一行到永嘉县经济开发区参观考察。考察团一行先后参观了华远电子有限公司等企业。' +
        '随后，在座谈会上，两大开发区签署了合作共建协议。',
    );
    expect(rels(x, 'SIGNED')).toEqual(['永嘉县经济开发区 -> EVENT', '瑞安市经济开发区 -> EVENT']);
  });
});

describe('a signing told by its parties, with no agreement named', { timeout: 60_000 }, () => {
  it('"A与B就X项目成功签约" later in an article is its event, with both parties', () => {
    const x = one(
      '本报讯 近年来，永嘉县坚持项目为王，招商引资成效明显。今年以来，全县新引进项目十余个。全县上下形成了抓项目的浓厚氛围。\n' +
        '3月5日，永嘉县人民政府与华远农业开发有限公司就总投资5亿元的农产品物流园项目成功签约。',
    );
    expect(x.entities.filter((e) => e.type === 'Event').map((e) => e.kind)).toEqual(['signing']);
    expect(rels(x, 'SIGNED')).toEqual(['华远农业开发有限公司 -> EVENT', '永嘉县人民政府 -> EVENT']);
  });

  it('"双方就X项目进行投资意向签约" after a meeting opens a signing of its own', () => {
    const x = one('本报讯 3月5日上午，永嘉县项目投资座谈会召开。在进行实地考察和深入交流后，双方就文旅小镇开发项目进行投资意向签约。县长陈立新出席。');
    expect(x.entities.filter((e) => e.type === 'Event').map((e) => e.kind).sort()).toEqual(['meeting', 'signing']);
  });

  it('people who join (参与) or attend (与会) a signing name no signing of their own', () => {
    const x = one('本报讯 近年来，永嘉县坚持项目为王。今年以来，全县新引进项目十余个。全县上下形成了抓项目的浓厚氛围。与会人员观看了项目签约视频。企业家代表参与项目签约经验交流。');
    expect(x.entities.filter((e) => e.type === 'Event')).toEqual([]);
  });
});

describe('a signing spoken of is no act of signing', { timeout: 60_000 }, () => {
  it('"X将以此次签约为契机" and "参加了此次签约仪式" add no party', () => {
    const x = one(
      '本报讯 3月5日，永嘉县人民政府与华远电子有限公司战略合作签约仪式在县行政中心举行。' +
        '县长陈立新表示，瑞安市将以此次签约为契机，深化合作。瑞安市有关部门负责人参加了此次签约仪式。',
    );
    expect(rels(x, 'SIGNED')).toEqual(['华远电子有限公司 -> EVENT', '永嘉县人民政府 -> EVENT']);
  });
});

describe('signings counted are no signing told', { timeout: 60_000 }, () => {
  it('"与去年相比，签约项目…" and "与此同时签约金额…" open no signing event', () => {
    const x = one('本报讯 近年来，永嘉县坚持项目为王。今年以来，全县新引进项目十余个。全县上下形成了抓项目的浓厚氛围。与上年同期签约项目数量持平。与此同时签约金额大幅增长。');
    expect(x.entities.filter((e) => e.type === 'Event')).toEqual([]);
  });
});

describe('firms at a signing of projects', { timeout: 60_000 }, () => {
  it('firms whose people come to sign or speak for the investors are the parties; the host city is not', () => {
    const x = one(
      '本报讯 3月5日，永嘉县重点项目集中签约仪式举行。县委书记陈立新会见签约客商。' +
        '华远电子有限公司总经理林海，瑞丰新材料有限公司党委书记、宏达能源有限公司董事长王志强等参加会见和签约活动。',
    );
    expect(rels(x, 'SIGNED')).toEqual(['华远电子有限公司 -> EVENT', '宏达能源有限公司 -> EVENT', '瑞丰新材料有限公司 -> EVENT']);
    const video = one(
      '本报讯 昨天上午，永嘉举行2024年春季产业项目视频签约仪式。县委书记陈立新出席并讲话。' +
        '签约仪式上，华远电子有限公司总经理林海、瑞丰新材料有限公司总经理王志强作为投资方代表介绍投资项目。',
    );
    expect(rels(video, 'SIGNED')).toEqual(['华远电子有限公司 -> EVENT', '瑞丰新材料有限公司 -> EVENT']);
  });

  it('the second of a pair that holds a signing (A县与B县举行…签约仪式), and a place before 与 a firm’s 重点项目签约, still sign', () => {
    const x = one('本报讯 3月5日，永嘉县与瑞安市举行山海协作结对签约仪式。县委书记陈立新出席。');
    expect(rels(x, 'SIGNED')).toEqual(['永嘉县 -> EVENT', '瑞安市 -> EVENT']);
    const project = one('本报讯 3月5日，永嘉县与华远电子有限公司重点项目签约仪式举行。县委书记陈立新出席。');
    expect(rels(project, 'SIGNED')).toEqual(['华远电子有限公司 -> EVENT', '永嘉县 -> EVENT']);
  });

  it('firms whose people only attend a visit sign nothing', () => {
    const x = one('本报讯 3月5日，县委书记陈立新到华远电子有限公司调研。华远电子有限公司总经理林海参加调研。');
    expect(rels(x, 'SIGNED')).toEqual([]);
  });
});
