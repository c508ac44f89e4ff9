// Seeded randomness for the synthetic corpus: the same seed gives the same stream on every machine,
// which is what makes `kg synth` byte-for-byte reproducible (Math.random cannot be seeded).

/** sfc32: small, fast, good statistical quality, and defined on 32-bit integer arithmetic only. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    // Spread the seed over four words with a string hash so "1" and "2" give unrelated streams.
    let h = 1779033703 ^ String(seed).length;
    const words: number[] = [];
    const text = String(seed);
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    for (let i = 0; i < 4; i++) {
      h = Math.imul(h ^ (h >>> 16), 2246822507);
      h = Math.imul(h ^ (h >>> 13), 3266489909);
      h ^= h >>> 16;
      words.push(h >>> 0);
    }
    [this.a, this.b, this.c, this.d] = words as [number, number, number, number];
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.int(copy.length - i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }

  /** A child stream, so adding draws in one part of the world does not shift every other part. */
  fork(label: string): Rng {
    return new Rng(`${this.int(2 ** 32)}:${label}`);
  }
}

/** Ranks 0..n-1 drawn with P(rank k) ∝ 1/(k+1)^s: a few items take most of the draws. */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    readonly s: number,
  ) {
    if (n < 1) throw new Error('Zipf needs at least one rank');
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / (k + 1) ** s;
      this.cdf[k] = total;
    }
    for (let k = 0; k < n; k++) this.cdf[k] = (this.cdf[k] as number) / total;
  }

  draw(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** k distinct ranks (k ≤ n), each drawn from the Zipf law among those not yet taken. */
  drawDistinct(rng: Rng, k: number): number[] {
    const want = Math.min(k, this.n);
    const taken = new Set<number>();
    // Rejection is cheap while k is far below n; fall back to a scan when the head is exhausted.
    let attempts = 0;
    while (taken.size < want && attempts < want * 20) {
      taken.add(this.draw(rng));
      attempts++;
    }
    for (let r = 0; taken.size < want; r++) taken.add(r);
    return [...taken];
  }
}
