// The relation table is the one declaration of the relation types: the API schema, FORMAT.md, the loader's
// statements and the path lists follow it, and a new type needs no change outside the table (its extractor
// rule and schema.graphql's enum aside).
import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/format.ts';
import { cypher } from '../../src/graph/cypher.ts';
import { relationStatement } from '../../src/graph/load.ts';
import { planLoad } from '../../src/graph/plan.ts';
import { RELATIONS, RELATION_TYPES, entityRelationTypes, type RelationTable } from '../../src/model/relation-types.ts';
import { validateExtraction } from '../../src/model/validate.ts';

const root = new URL('../../', import.meta.url);

/** A type that does not exist: an Organization supervising an Enterprise. */
const WITH_SUPERVISES: RelationTable = {
  ...RELATIONS,
  SUPERVISES: { endpoints: [{ from: ['Organization'], to: ['Enterprise'] }], symmetric: false, meaning: '监管' },
};

describe('the relation table', () => {
  it("equals schema.graphql's RelationType enum", () => {
    const sdl = parse(readFileSync(new URL('schema.graphql', root), 'utf8'));
    const enumType = sdl.definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'RelationType',
    );
    expect(enumType?.values?.map((v) => v.name.value)).toEqual(RELATION_TYPES);
  });

  it("equals docs/FORMAT.md's table of relation types, endpoints included", () => {
    const rows = readFileSync(new URL('docs/FORMAT.md', root), 'utf8')
      .split('\n')
      .filter((l) => /^\| [A-Z_]+ \|/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map((r) => r[1])).toEqual(RELATION_TYPES);
    for (const [, type, endpoints] of rows) {
      const named = new Set(endpoints!.match(/[A-Z][a-z]+/g));
      const declared = new Set(RELATIONS[type as keyof typeof RELATIONS].endpoints.flatMap((e) => [...e.from, ...e.to]));
      expect([type, [...named].sort()]).toEqual([type, [...declared].sort()]);
    }
  });

  it('fills the path type lists with the entity → entity types (REPORTED points at an Article, so not)', () => {
    expect(entityRelationTypes()).toEqual(RELATION_TYPES.filter((t) => t !== 'REPORTED'));
    for (const name of ['api-path', 'bench-ngql-path']) {
      expect(cypher(name)).toContain(`[:${entityRelationTypes().join('|')}*..6]`);
      expect(cypher(name)).not.toContain('{{');
    }
  });

  it('never puts anything but identifiers into a statement', () => {
    expect(() => cypher('graph-merge-rel-entity', { TYPE: 'X]->() DETACH DELETE (n' })).toThrow(/must be identifiers/);
    expect(() => cypher('graph-merge-rel-keyed', { TYPE: 'HOLDS_POSITION' })).toThrow(/no value for \{\{KEY\}\}/);
    expect(() => relationStatement('ATTENDED]-(x) DELETE x//', WITH_SUPERVISES)).toThrow(/unknown relation type/);
  });

  it('writes each type with the statement of its shape, the type static in the text', () => {
    const keyed = relationStatement('HOLDS_POSITION');
    expect(keyed).toEqual({ name: 'graph-merge-rel-keyed', vars: { TYPE: 'HOLDS_POSITION', KEY: 'title' } });
    expect(cypher(keyed.name, keyed.vars)).toContain('MERGE (a)-[x:HOLDS_POSITION { title: r.title }]->(b)');
    expect(relationStatement('REPORTED').name).toBe('graph-merge-rel-article');
    expect(cypher('graph-merge-rel-entity', { TYPE: 'PAIRED_WITH' })).toContain('MERGE (a)-[x:PAIRED_WITH]->(b)');
  });

  it('takes a new type added to the table alone through the format check, the plan and the statements', () => {
    const x = {
      articles: [{ id: 'a:1', source: 'f.txt', span: [0, 9], title: null, date: null }],
      entities: [
        { id: 'o:1', type: 'Organization', name: '市场监管局', aliases: [], articles: ['a:1'] },
        { id: 'c:1', type: 'Enterprise', name: '某集团', aliases: [], articles: ['a:1'] },
      ],
      relations: [
        { type: 'SUPERVISES', from: 'o:1', to: 'c:1', article: 'a:1', evidence: '市场监管局监管某集团。' },
        { type: 'SUPERVISES', from: 'c:1', to: 'o:1', article: 'a:1', evidence: '反了。' },
      ],
    } as unknown as Extraction;
    expect(validateExtraction(x).problems).toEqual([
      'SUPERVISES o:1 → c:1 (a:1): unknown relation type "SUPERVISES": left out',
      'SUPERVISES c:1 → o:1 (a:1): unknown relation type "SUPERVISES": left out',
    ]);
    const { batches, skipped } = planLoad(x, { relationTable: WITH_SUPERVISES });
    expect(skipped).toEqual(['SUPERVISES c:1 → o:1 (a:1): Enterprise → Organization is not allowed (Organization → Enterprise): left out']);
    expect(batches[0]!.relations.get('SUPERVISES')).toEqual([{ from: 'o:1', to: 'c:1', articles: ['a:1'], evidence: ['市场监管局监管某集团。'] }]);
    const statement = relationStatement('SUPERVISES', WITH_SUPERVISES);
    expect(cypher(statement.name, statement.vars)).toContain('MERGE (a)-[x:SUPERVISES]->(b)');
    expect(entityRelationTypes(WITH_SUPERVISES)).toContain('SUPERVISES');
  });
});
