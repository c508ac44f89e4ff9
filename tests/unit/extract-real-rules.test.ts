// Rules for how real papers write bodies, parties and pairings (issue 10), on made-up sentences in their style.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, RelationType } from '../../src/extract/format.ts';
import { extractDocuments } from '../../src/extract/index.ts';
import { wordBoundaries } from '../../src/extract/segmenter.ts';

beforeAll(() => void wordBoundaries('预热'), 60_000);

const one = (text: string) => extractDocuments([{ source: 't.txt', text }]);
const names = (x: Extraction, type: string) => x.entities.filter((e) => e.type === type).map((e) => e.name).sort();
function rels(x: Extraction, type: RelationType): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.type === 'Event' ? 'EVENT' : e.name]));
  return x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.from)} -> ${name.get(r.to)}${r.title ? ` (${r.title})` : ''}`).sort();
}

describe('bodies on real text', () => {
  it('a party committee named only in a post title is no entity; the post is held in its place', () => {
    const x = one('本报讯（记者 张明远）3月5日，江北区委书记陈立新、区委副书记林海到五里镇调研。');
    expect(names(x, 'Organization')).toEqual([]);
    expect(rels(x, 'HOLDS_POSITION')).toEqual(['林海 -> 江北区 (区委副书记)', '陈立新 -> 江北区 (江北区委书记)']);
  });

  it('a party committee that acts in the text stays an entity', () => {
    const x = one('本报讯（记者 张明远）3月5日，江北区委召开常委会会议，区委书记陈立新主持会议。');
    expect(names(x, 'Organization')).toContain('江北区委');
  });
});
