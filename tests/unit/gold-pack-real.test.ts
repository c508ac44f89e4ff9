// The proof that a pack keeps a gold whole: real-n and real-s (../shared/corpus/real, never in the repo) packed and
// unpacked through `kg gold`, the unpacked gold equal to the original in every scored field, and its perfect
// prediction (gold2pred.mjs) scored 1.000 against the original. These packs are not committed: the halves' gold is
// read from ../shared. A clone without ../shared skips this.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKS_DIR, readPackEntries } from '../../src/cli/commands/eval-sets.ts';
import { unpackFile } from '../../src/eval/pack-files.ts';
import { sha256 } from '../../src/eval/pack.ts';

const shared = new URL('../../../shared/', import.meta.url).pathname;
const real = join(shared, 'corpus', 'real');
const kg = new URL('../../bin/kg.js', import.meta.url).pathname;
const here = existsSync(join(real, 'real-n.gold.json')) && existsSync(join(shared, 'eval', 'gold2pred.mjs'));
if (!here) console.log(`gold-pack-real: skipped, ${real} is absent (it stays in ../shared, never in the repo)`);

const scratch = mkdtempSync(join(tmpdir(), 'kg-gold-pack-real-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Article = { title?: unknown; events: Record<string, unknown>[] } & Record<string, unknown>;
/** What score.mjs reads: everything but the headline, the events' names and the prose `about`. */
function scored(gold: { about?: unknown; articles: Article[] } & Record<string, unknown>): unknown {
  const { about: _about, ...rest } = gold;
  return { ...rest, articles: gold.articles.map(({ title: _t, ...a }) => ({ ...a, events: a.events.map(({ name: _n, ...ev }) => ev) })) };
}

describe.skipIf(!here)('the packs of the real halves', () => {
  for (const half of ['n', 's']) {
    it(`round-trip real-${half}: equal in every scored field, scored 1.000 against the original, no text of the pages kept`, () => {
      const original = join(real, `real-${half}.gold.json`);
      const pack = join(scratch, `real-${half}.pack.json`);
      const back = join(scratch, `real-${half}.gold.json`);
      const packed = execFileSync('node', [kg, 'gold', 'pack', original, '--sources', real, '--out', pack], { encoding: 'utf8' });
      expect(packed).toMatch(/\d+ spans \(\d+ in the t2s view\), \d+ strings in pieces, \d+ entity references, \d+ literal\(s\)/);
      execFileSync('node', [kg, 'gold', 'unpack', pack, '--sources', real, '--out', back], { encoding: 'utf8' });
      const gold = JSON.parse(readFileSync(original, 'utf8'));
      expect(scored(JSON.parse(readFileSync(back, 'utf8')))).toEqual(scored(gold));
      // What the pack keeps of the pages: single letters the views cannot find (a variant glyph), never two in a row.
      expect(readFileSync(pack, 'utf8')).not.toMatch(/\p{Script=Han}{2}/u);
      const pred = join(scratch, `real-${half}.pred.json`);
      writeFileSync(pred, execFileSync('node', [join(shared, 'eval', 'gold2pred.mjs'), back, real], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      const report = execFileSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', original, '--pred', pred, '--sources', real], { encoding: 'utf8' });
      expect(report).toMatch(/^overall F1 1\.000$/m);
      expect(report).not.toMatch(/^ {2}(missed|extra|duplicates)/m);
    }, 60_000);
  }

  it('refuse to unpack where a source file changed, naming it', () => {
    const pack = JSON.parse(readFileSync(join(scratch, 'real-n.pack.json'), 'utf8')) as { sources: { file: string; sha256: string }[] };
    const first = pack.sources[0];
    if (!first) throw new Error('real-n pack has no sources');
    first.sha256 = '0'.repeat(64);
    const bent = join(scratch, 'bent.pack.json');
    writeFileSync(bent, JSON.stringify(pack));
    let message = '';
    try {
      execFileSync('node', [kg, 'gold', 'unpack', bent, '--sources', real, '--out', join(scratch, 'bent.gold.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      message = String((err as { stderr?: string }).stderr);
      expect((err as { status?: number }).status).toBe(2);
    }
    expect(message).toContain(`kg gold unpack: source ${first.file} has changed since set real-n was packed`);
  }, 60_000);
});

describe.skipIf(!here)('the packs committed in tests/fixtures/real-packs', () => {
  const unlabeled = join(real, 'unlabeled');
  it('unpack against ../shared (tuning packs), and every pack\'s sources have the bytes it was packed from', () => {
    const packs = readPackEntries(PACKS_DIR);
    for (const p of packs.filter((x) => x.role === 'tuning')) {
      const gold = unpackFile(p.path, unlabeled);
      expect(gold.articles.length, p.set).toBeGreaterThan(0);
    }
    // A held-back pack's gold is not opened here (its names stay unseen): its sources' hashes alone are checked.
    for (const p of packs.filter((x) => x.role === 'held-back')) {
      const { sources } = JSON.parse(readFileSync(p.path, 'utf8')) as { sources: { file: string; sha256: string }[] };
      for (const s of sources) expect(sha256(readFileSync(join(unlabeled, s.file))), `${p.set}: ${s.file}`).toBe(s.sha256);
    }
  });
});
