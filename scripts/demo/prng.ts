/**
 * Seeded pseudo-random numbers: the demo export must be byte-identical for the same seed,
 * so nothing here reads the clock or Math.random.
 * mulberry32 is Tommy Ettinger's 32-bit generator (public domain), as popularised in
 * bryc/code "jshash/PRNGs.md"; fmix32 is MurmurHash3's finaliser, used to derive sub-seeds.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A sub-seed for one part of the generator, so that changing one bank leaves the others' draws alone. */
export function deriveSeed(seed: number, label: string): number {
  let h = fmix32(seed ^ 0x9e3779b9);
  for (let i = 0; i < label.length; i++) h = fmix32(h ^ label.charCodeAt(i));
  return h;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number, label = '') {
    this.next = mulberry32(label ? deriveSeed(seed, label) : seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Index drawn from cumulative weights (ascending, last = total), by binary search. */
  pickCumulative(cumul: Float64Array | readonly number[]): number {
    const total = cumul[cumul.length - 1];
    const x = this.next() * total;
    let lo = 0;
    let hi = cumul.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumul[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Index in a small table of weights, e.g. [45, 35, 20] → 0, 1 or 2. */
  pickWeight(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = list[i];
      list[i] = list[j];
      list[j] = tmp;
    }
    return list;
  }

  /**
   * k distinct items drawn with probability proportional to weight (Efraimidis–Spirakis A-Res:
   * key = u^(1/w), keep the k largest keys). Order of the result: by decreasing key.
   */
  sampleWeighted<T>(items: readonly T[], k: number, weight: (item: T) => number): T[] {
    if (k <= 0) return [];
    const keyed = items.map((item) => {
      const w = weight(item);
      return { item, key: w > 0 ? Math.log(this.next() || Number.MIN_VALUE) / w : -Infinity };
    });
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, Math.min(k, keyed.length)).map((x) => x.item);
  }
}

/** Cumulative sums of weights, for Rng.pickCumulative. */
export function cumulate(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    s += weights[i];
    out[i] = s;
  }
  return out;
}
