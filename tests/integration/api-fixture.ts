// A small hand-made extraction (facts of the seed articles, plus a visit and a sub-district) so the API
// tests check query behaviour exactly, whatever state the extractor is in. Names with XML and Lucene
// special characters are there on purpose.
import type { EntityRecord, Extraction, RelationRecord, RelationType } from '../../src/extract/format.ts';

const S1 = '2026年龙岗区·寻乌县支援合作联席会议在龙岗区召开，区委副书记、区长王策飞与寻乌县委书记蓝贤林一行座谈交流。';
const S1b = '龙岗区领导徐红丽，寻乌县领导罗俊腾、钟平、廖永强、高磊参加活动。';
const S1c = '深圳市委宣传部、市乡村振兴和协作交流局有关负责人到会指导。';
const S1d = '龙岗区于2019年与寻乌县建立支援合作关系。';
const S2 = '龙岗区政协党组书记、主席唐向群主持召开党组会议，刘峰出席。';
const S3 = '德国莱茵TUV、深圳市龙岗区商务局与深圳信息职业技术大学签署低空技术检测认证合作框架协议，签约仪式在坂田街道举行。';
const S4 = '王策飞率队赴寻乌县考察，蓝贤林陪同。';

const entity = (id: string, type: EntityRecord['type'], name: string, aliases: string[], articles: string[], extra: Partial<EntityRecord> = {}): EntityRecord =>
  ({ id, type, name, aliases, articles, ...extra });

export const fixture: Extraction = {
  articles: [
    { id: 'a:fx1', source: 'fixture-000.txt', span: [0, 900], title: '2026年龙岗区·寻乌县支援合作联席会议召开', date: '2026-03-27' },
    { id: 'a:fx2', source: 'fixture-000.txt', span: [900, 1500], title: '龙岗区政协召开党组会议', date: '2026-03-27' },
    { id: 'a:fx3', source: 'fixture-000.txt', span: [1500, 2400], title: '三方联手！龙岗打造低空技术检测认证研训基地', date: '2026-03-25' },
    { id: 'a:fx4', source: 'fixture-001.txt', span: [0, 500], title: '王策飞率队赴寻乌考察', date: '2026-03-20' },
  ],
  entities: [
    entity('p:wcf', 'Person', '王策飞', [], ['a:fx1', 'a:fx4']),
    entity('p:lxl', 'Person', '蓝贤林', [], ['a:fx1', 'a:fx4']),
    entity('p:xhl', 'Person', '徐红丽', [], ['a:fx1']),
    entity('p:ljt', 'Person', '罗俊腾', [], ['a:fx1']),
    entity('p:zp', 'Person', '钟平', [], ['a:fx1']),
    entity('p:lyq', 'Person', '廖永强', [], ['a:fx1']),
    entity('p:gl', 'Person', '高磊', [], ['a:fx1']),
    entity('p:nt', 'Person', '聂滕', [], ['a:fx1']),
    entity('p:txq', 'Person', '唐向群', [], ['a:fx2']),
    entity('p:lf', 'Person', '刘峰', [], ['a:fx2']),
    entity('d:lg', 'District', '龙岗区', ['龙岗', '深圳市龙岗区'], ['a:fx1', 'a:fx2', 'a:fx3']),
    entity('d:xw', 'District', '寻乌县', ['寻乌'], ['a:fx1', 'a:fx4']),
    entity('d:sz', 'District', '深圳市', ['深圳'], ['a:fx1']),
    entity('d:bt', 'District', '坂田街道', ['坂田'], ['a:fx3']),
    entity('o:xcb', 'Organization', '深圳市委宣传部', ['市委宣传部'], ['a:fx1']),
    entity('o:zx', 'Organization', '龙岗区政协', ['区政协'], ['a:fx2']),
    entity('o:swj', 'Organization', '深圳市龙岗区商务局', ['龙岗区商务局'], ['a:fx3']),
    entity('o:sxd', 'Organization', '深圳信息职业技术大学', ['深信大'], ['a:fx3']),
    entity('n:tuv', 'Enterprise', '德国莱茵TUV', ['TÜV & <Rheinland> "Group"'], ['a:fx3']),
    entity('e:lxhy', 'Event', '2026年龙岗区·寻乌县支援合作联席会议', [], ['a:fx1'], { date: '2026-03-27', kind: 'meeting' }),
    entity('e:dzhy', 'Event', '龙岗区政协党组会议', [], ['a:fx2'], { date: '2026-03-27', kind: 'meeting' }),
    entity('e:qy', 'Event', '低空技术检测认证合作框架协议签署', [], ['a:fx3'], { date: '2026-03-25', kind: 'signing' }),
    entity('e:kc', 'Event', '王策飞赴寻乌县考察', [], ['a:fx4'], { date: '2026-03-20', kind: 'visit' }),
  ],
  relations: [
    ...(['p:wcf', 'p:lxl', 'p:xhl', 'p:ljt', 'p:zp', 'p:lyq', 'p:gl'] as const).map((from) =>
      rel('ATTENDED', from, 'e:lxhy', 'a:fx1', from === 'p:wcf' || from === 'p:lxl' ? S1 : S1b)),
    rel('ATTENDED', 'o:xcb', 'e:lxhy', 'a:fx1', S1c),
    rel('HELD_IN', 'e:lxhy', 'd:lg', 'a:fx1', S1),
    rel('HOLDS_POSITION', 'p:wcf', 'd:lg', 'a:fx1', S1, '区委副书记'),
    rel('HOLDS_POSITION', 'p:wcf', 'd:lg', 'a:fx1', S1, '区长'),
    rel('HOLDS_POSITION', 'p:lxl', 'd:xw', 'a:fx1', S1, '县委书记'),
    rel('PAIRED_WITH', 'd:lg', 'd:xw', 'a:fx1', S1d),
    rel('PART_OF', 'd:lg', 'd:sz', 'a:fx1', S1),
    rel('REPORTED', 'p:nt', 'a:fx1', 'a:fx1', '本报讯（龙岗融媒首席记者 聂滕）'),
    rel('CHAIRED', 'p:txq', 'e:dzhy', 'a:fx2', S2),
    rel('ATTENDED', 'p:lf', 'e:dzhy', 'a:fx2', S2),
    rel('HOLDS_POSITION', 'p:txq', 'o:zx', 'a:fx2', S2, '主席'),
    rel('PART_OF', 'o:zx', 'd:lg', 'a:fx2', S2),
    rel('SIGNED', 'n:tuv', 'e:qy', 'a:fx3', S3),
    rel('SIGNED', 'o:swj', 'e:qy', 'a:fx3', S3),
    rel('SIGNED', 'o:sxd', 'e:qy', 'a:fx3', S3),
    rel('HELD_IN', 'e:qy', 'd:bt', 'a:fx3', S3),
    rel('PART_OF', 'd:bt', 'd:lg', 'a:fx3', S3),
    rel('PART_OF', 'o:swj', 'd:lg', 'a:fx3', S3),
    rel('LED', 'p:wcf', 'e:kc', 'a:fx4', S4),
    rel('ATTENDED', 'p:lxl', 'e:kc', 'a:fx4', S4),
    rel('HELD_IN', 'e:kc', 'd:xw', 'a:fx4', S4),
  ],
};

function rel(type: RelationType, from: string, to: string, article: string, evidence: string, title?: string): RelationRecord {
  return { type, from, to, article, evidence, ...(title ? { title } : {}) };
}
