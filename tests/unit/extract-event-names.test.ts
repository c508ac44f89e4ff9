// Event names as Chinese news gives them: a noun phrase that ends in its event noun, never the headline's
// clause (X举行Y, X签约仪式成功举行, 市长X率Y赴Z考察). Made-up sentences only.
import { describe, expect, it } from 'vitest';
import { clauseShaped, dropHeadlineVerb, eventName, repairEventName } from '../../src/extract/stages/event-name.ts';

describe('a headline verb is not part of the event name', () => {
  it('drops a trailing 举行 after the event noun', () => {
    expect(dropHeadlineVerb('青山县与东方大学战略合作签约仪式成功举行')).toBe('青山县与东方大学战略合作签约仪式');
    expect(dropHeadlineVerb('南江市重点项目集中签约仪式举行')).toBe('南江市重点项目集中签约仪式');
    // Not after an event noun: left alone (the clause test decides).
    expect(dropHeadlineVerb('青山县举行')).toBe('青山县举行');
  });

  it('joins the holder and the event of "X举行Y", or keeps Y when it names its own place or year', () => {
    expect(dropHeadlineVerb('青山县东湖区举行重大项目集中签约仪式')).toBe('青山县东湖区重大项目集中签约仪式');
    expect(dropHeadlineVerb('南江市政府与东方大学举行战略合作签约仪式')).toBe('南江市政府与东方大学战略合作签约仪式');
    expect(dropHeadlineVerb('南江举行2024年秋季南江市招商项目签约仪式')).toBe('2024年秋季南江市招商项目签约仪式');
    expect(dropHeadlineVerb('区政府召开全体会')).toBe('区政府全体会议');
    expect(dropHeadlineVerb('青山县委理论学习中心组举行2025年第3次集体学习')).toBe('青山县委理论学习中心组2025年第3次集体学习');
    // A meeting noun ending in 会 (…工作推进会) is an event noun too: the headline is the name.
    expect(eventName('会议', 'meeting', '会议要求，要抓好落实。', '东湖区安全生产工作推进会召开', '东湖区')).toBe('东湖区会议');
    expect(eventName('区长王平主持会议', 'meeting', '', '东湖区召开安全生产工作推进会', null)).toBe('东湖区安全生产工作推进会');
  });

  it('names "A与B签订/签署X" by its parties', () => {
    expect(dropHeadlineVerb('东方大学与青山县人民政府签署战略合作协议并举行揭牌仪式')).toBe('东方大学与青山县人民政府战略合作签约仪式');
    expect(dropHeadlineVerb('南江市与北山州签订《友好合作框架协议》')).toBe('南江市与北山州签约仪式');
    expect(dropHeadlineVerb('东湖区商务局与东方科技资本在东湖区签订智慧城市战略合作协议')).toBe('东湖区商务局与东方科技资本签约仪式');
    // "双方签订…" names no party.
    expect(dropHeadlineVerb('双方与会代表签订协议')).toBe('双方与会代表签订协议');
  });

  it('cuts what a visit was for after its noun, and the leader before 率 a group', () => {
    expect(repairEventName('省长张明率东山省党政代表团赴北山考察对接协作工作', '')).toBe('东山省党政代表团赴北山考察');
    expect(repairEventName('市长李强率南江市党政代表团赴北山市学习考察并进行座谈', '')).toBe('南江市党政代表团赴北山市学习考察');
    expect(repairEventName('王平率省政协调研组来青山调研', '')).toBe('省政协调研组来青山调研');
  });
});

describe('clauses that are not names', () => {
  it('a verb inside, a post and a person before the verb, a session with no body', () => {
    expect(clauseShaped('青山县举行重大项目签约仪式')).toBe(true);
    expect(clauseShaped('市政府秘书长李强来青山调研')).toBe(true);
    expect(clauseShaped('省委常委、宣传部部长王平在南江市调研')).toBe(true);
    expect(clauseShaped('常务委员会第五次会议')).toBe(true);
    expect(clauseShaped('中国人民政治协商会议')).toBe(true);
    // A name ends in its event noun; a clause of the trip starts with 来到.
    expect(clauseShaped('力促意向项目早日签约、早日落地')).toBe(true);
    expect(clauseShaped('来到青山县东湖镇调研')).toBe(true);
    expect(clauseShaped('王平会见李强一行')).toBe(false);
    // Hosts who accompanied a visit are not its name.
    expect(clauseShaped('青山镇党委书记王平、镇长李强陪同考察')).toBe(true);
    // Still names: a signing ceremony, a body's visit, an agreement signed.
    expect(clauseShaped('青山县合作协议签署仪式')).toBe(false);
    expect(clauseShaped('东方研究院赴青山县调研')).toBe(false);
    expect(clauseShaped('《友好合作协议》签订')).toBe(false);
  });
});

describe('meeting names completed from their sentence', () => {
  it('the CPPCC committee and its session after 政治协商会议, the body before a bare standing-committee session', () => {
    const s1 = '5月3日，中国人民政治协商会议青山县第九届委员会第二次会议开幕。';
    expect(eventName('中国人民政治协商会议', 'meeting', s1, null, '青山县')).toBe('中国人民政治协商会议青山县第九届委员会第二次会议');
    const s2 = '5月3日，政协青山县第九届委员会召开常务委员会第五次会议。';
    expect(eventName('常务委员会第五次会议', 'meeting', s2, null, '青山县')).toBe('政协青山县第九届委员会常务委员会第五次会议');
  });

  it('a visit whose headline is a clause is named by the place it visited', () => {
    const s = '3月7日，省委常委、宣传部部长王平在南江市调研，了解文化工作。';
    expect(eventName('省委常委、宣传部部长王平在南江市调研', 'visit', s, null, '北山县')).toBe('南江市考察');
    expect(eventName('就工作进行调研', 'visit', '', '市政府秘书长李强来青山县调研', '青山县')).toBe('青山县考察');
  });
});

describe('two events held as one', () => {
  it('keeps both names joined by 暨', () => {
    const s = '3月2日，全县一季度工作会议暨3月份县委常委碰头会召开。';
    expect(repairEventName('全县一季度工作会议', s)).toBe('全县一季度工作会议暨3月份县委常委碰头会');
    expect(repairEventName('全县一季度工作会议', '3月2日，全县一季度工作会议召开。')).toBe('全县一季度工作会议');
  });
});
