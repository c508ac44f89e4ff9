// Posts over the years in two districts, as extraction JSON (the seam): a succession of 区委书记 in 坪山区
// across articles of different dates, deputies who serve side by side, and two people named 李建国 (distinct
// ids, posts in different districts) that any identity design keeps apart. Written for these tests only.
import type { ArticleRecord, EntityRecord, Extraction, RelationRecord, RelationType } from '../../src/extract/format.ts';

const article = (id: string, date: string | null): ArticleRecord => ({ id, source: `time-${id}.txt`, span: [0, 100], title: `标题${id}`, date });
const entity = (id: string, type: EntityRecord['type'], name: string, articles: string[], extra: Partial<EntityRecord> = {}): EntityRecord =>
  ({ id, type, name, aliases: [], articles, ...extra });
const rel = (type: RelationType, from: string, to: string, articleId: string, title?: string): RelationRecord =>
  ({ type, from, to, article: articleId, evidence: `句子${articleId}${from}${to}`, ...(title ? { title } : {}) });

export const timeFixture: Extraction = {
  articles: [
    article('a:t1', '2021-03-01'),
    article('a:t2', '2021-05-01'),
    article('a:t3', '2022-01-10'),
    article('a:t4', '2023-06-01'),
    article('a:t5', '2025-02-01'),
    article('a:t6', null),
  ],
  entities: [
    entity('p:ljg-ps', 'Person', '李建国', ['a:t1', 'a:t3']),
    entity('p:ljg-lh', 'Person', '李建国', ['a:t2']),
    entity('p:zm', 'Person', '张明', ['a:t4', 'a:t5']),
    entity('p:wq', 'Person', '王强', ['a:t1', 'a:t3', 'a:t4']),
    entity('p:zl', 'Person', '赵丽', ['a:t1', 'a:t5', 'a:t6']),
    entity('p:qj', 'Person', '钱进', ['a:t3']),
    entity('d:ps', 'District', '坪山区', ['a:t1', 'a:t4']),
    entity('d:lh', 'District', '罗湖区', ['a:t2']),
    entity('d:lg', 'District', '龙岗区', ['a:t2']),
    entity('o:psqw', 'Organization', '坪山区委', ['a:t1', 'a:t3', 'a:t4', 'a:t5']),
    entity('o:pszf', 'Organization', '坪山区人民政府', ['a:t1', 'a:t3', 'a:t4', 'a:t5']),
    entity('o:lhzf', 'Organization', '罗湖区人民政府', ['a:t2']),
    entity('e:m1', 'Event', '坪山区发展大会', ['a:t1'], { date: '2021-03-01', kind: 'meeting' }),
    entity('e:m2', 'Event', '坪山区招商推介会', ['a:t3'], { date: '2022-01-10', kind: 'meeting' }),
    entity('e:m3', 'Event', '坪山区工作会议', ['a:t4'], { date: '2023-06-01', kind: 'meeting' }),
    entity('e:m4', 'Event', '坪山区座谈会', ['a:t6'], { kind: 'meeting' }),
    entity('e:m5', 'Event', '罗湖区调研活动', ['a:t2'], { date: '2021-05-01', kind: 'visit' }),
  ],
  relations: [
    rel('PART_OF', 'o:psqw', 'd:ps', 'a:t1'),
    rel('PART_OF', 'o:lhzf', 'd:lh', 'a:t2'),
    // 坪山区人民政府 has no PART_OF: holders(坪山区) reaches it by its name.
    rel('HOLDS_POSITION', 'p:ljg-ps', 'o:psqw', 'a:t1', '坪山区委书记'),
    rel('HOLDS_POSITION', 'p:ljg-ps', 'o:psqw', 'a:t3', '坪山区委书记'),
    rel('HOLDS_POSITION', 'p:zm', 'o:psqw', 'a:t4', '区委书记'),
    rel('HOLDS_POSITION', 'p:zm', 'o:psqw', 'a:t5', '区委书记'),
    rel('HOLDS_POSITION', 'p:wq', 'o:pszf', 'a:t3', '区长'),
    rel('HOLDS_POSITION', 'p:zl', 'o:pszf', 'a:t1', '副区长'),
    rel('HOLDS_POSITION', 'p:zl', 'o:pszf', 'a:t5', '副区长'),
    rel('HOLDS_POSITION', 'p:zl', 'o:psqw', 'a:t6', '区委副书记'),
    rel('HOLDS_POSITION', 'p:qj', 'o:pszf', 'a:t3', '副区长'),
    rel('HOLDS_POSITION', 'p:ljg-lh', 'o:lhzf', 'a:t2', '副区长'),
    rel('ATTENDED', 'p:ljg-ps', 'e:m1', 'a:t1'),
    rel('ATTENDED', 'p:wq', 'e:m1', 'a:t1'),
    rel('ATTENDED', 'p:zl', 'e:m1', 'a:t1'),
    rel('CHAIRED', 'p:ljg-ps', 'e:m2', 'a:t3'),
    rel('ATTENDED', 'p:wq', 'e:m2', 'a:t3'),
    rel('ATTENDED', 'p:zm', 'e:m3', 'a:t4'),
    rel('ATTENDED', 'p:wq', 'e:m3', 'a:t4'),
    rel('ATTENDED', 'p:ljg-ps', 'e:m4', 'a:t6'),
    rel('ATTENDED', 'p:zl', 'e:m4', 'a:t6'),
    rel('ATTENDED', 'p:ljg-lh', 'e:m5', 'a:t2'),
    rel('HELD_IN', 'e:m1', 'd:ps', 'a:t1'),
  ],
};
