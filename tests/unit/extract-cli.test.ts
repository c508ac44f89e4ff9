import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const kg = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/kg.js', ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

describe('kg extract on bad input', () => {
  it('names every bad file with its reason, exits 1, and still extracts the good files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    const file = (name: string, data: string | Buffer) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    };
    const good = file('good.txt', readFileSync('tests/fixtures/extract/201_traditional.txt'));
    const empty = file('empty.txt', '');
    const random = file('random.bin', Buffer.concat([Buffer.from([0]), randomBytes(4096)]));
    const html = file('page.html', '<html><body><div>本报讯（记者 张三）</div><p>区委书记王卫出席会议。</p></body></html>');
    const noByline = file('nobyline.txt', '区委书记王卫出席会议并讲话。');
    const longLine = file('longline.txt', '区委书记王卫主持会议，区长雷卫华出席。'.repeat(52_000));
    const missing = join(dir, 'missing.txt');
    const run = kg(['extract', good, empty, random, html, noByline, longLine, missing, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${empty}: empty file`);
    expect(run.stderr).toContain(`${random}: binary file`);
    expect(run.stderr).toContain(`${html}: HTML markup`);
    expect(run.stderr).toContain(`${noByline}: no byline found`);
    expect(run.stderr).toMatch(new RegExp(`${longLine}: a line of \\d+ characters`));
    expect(run.stderr).toContain(`${missing}: cannot read: ENOENT`);
    const out = JSON.parse(run.stdout) as { articles: { source: string }[]; entities: { name: string }[] };
    expect(new Set(out.articles.map((a) => a.source))).toEqual(new Set([good, noByline, longLine]));
    expect(out.entities.map((e) => e.name)).toContain('黄志远');
  }, 180_000);

  it('reads stdin, takes --date, and refuses bad options with a reason', () => {
    const run = kg(['extract', '-', '--date', '2025-04-17'], '本报讯（记者 张明）昨日，区委书记王卫主持召开会议。');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { articles: { source: string; date: string }[] };
    expect(out.articles).toEqual([expect.objectContaining({ source: '<stdin>', date: '2025-04-16' })]);
    const bad = kg(['extract', '-', '--date', '17/04/2025'], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date "17/04/2025" is not YYYY-MM-DD');
  }, 120_000);
});
