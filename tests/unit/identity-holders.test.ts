// How `kg eval --holders` judges one answer of holders(body, title, at) against the synthetic corpus's gold.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/identity/holders-eval.ts';
import type { GoldPerson } from '../../src/synth/world.ts';

const person = (id: string, name: string, body: string, title: string): GoldPerson => ({
  id, name, posts: [{ body, title, from: '2021-01-01', to: null }],
});
const people = new Map([
  ['P1', person('P1', '李建国', '坪山区', '区委书记')],
  ['P2', person('P2', '李建国', '罗湖区', '副区长')],
  ['P3', person('P3', '赵明华', '坪山区', '副区长')],
  ['P4', person('P4', '孙丽', '坪山区', '副区长')],
]);
const namesakes = new Set(['李建国']);
const answered = (id: string, name: string, ...bodies: string[]) => ({ id, name, posts: bodies.map((b) => ({ title: '区委书记', body: { name: b } })) });
const secretary = { body: '坪山区', title: '区委书记', at: '2024-05-01', holderTrueIds: ['P1'] };

describe('holders(at) judging', () => {
  it('takes a single seat as right only when the answer is exactly its true holder', () => {
    expect(judge(secretary, [answered('a', '李建国', '坪山区委')], people, namesakes).correct).toBe(true);
    // The same person under two positions (区委书记 at 坪山区 and at 坪山区委) is still one holder.
    expect(judge(secretary, [answered('a', '李建国', '坪山区'), answered('a', '李建国', '坪山区委')], people, namesakes).correct).toBe(true);
    const two = judge(secretary, [answered('a', '李建国', '坪山区'), answered('b', '赵明华', '坪山区')], people, namesakes);
    expect(two.correct).toBe(false);
    expect(two.answered).toEqual(['李建国', '赵明华']);
    expect(judge(secretary, [], people, namesakes).correct).toBe(false);
  });

  it('tells a namesake by his posts: a 李建国 holding posts in 罗湖区 as well is not the 坪山区 one', () => {
    expect(judge(secretary, [answered('a', '李建国', '坪山区', '罗湖区人民政府')], people, namesakes).correct).toBe(false);
  });

  it('takes a multi-seat post as right when every true holder is among those answered', () => {
    const deputies = { body: '坪山区', title: '副区长', at: '2024-05-01', holderTrueIds: ['P3'] };
    const both = [answered('c', '赵明华', '坪山区'), answered('d', '孙丽', '坪山区')];
    expect(judge(deputies, both, people, namesakes)).toMatchObject({ single: false, correct: true });
    expect(judge(deputies, [answered('d', '孙丽', '坪山区')], people, namesakes).correct).toBe(false);
  });
});
