/**
 * Law bench: year-end suggestions for a generated province of 1,000,000 people with five years of
 * history each, held in compact typed arrays (about 16 bytes a person-year). Reports subjects per
 * second and the ratio to a bare pass that reads the same records into the same per-subject year index.
 */
import { DEFAULT_PROFILE, suggestFrom } from '../src/core/law';
import { bitOf, type HistoryIndex, newIndex, resetIndex } from '../src/core/law/history-index';
import type { SubjectSource } from '../src/core/law/suggest';

const YEARS = 5;

interface Province {
  n: number;
  rating: Uint8Array; // per person-year: 0 none, 1 KHTNV … 4 HTXSNV
  initiative: Uint8Array; // per person-year: 0 none, 1 cơ sở, 2 tỉnh, 3 toàn quốc
  awards: Uint32Array; // per person-year: bitmask of awards received
  taint: Int16Array; // per person: year touched by a disciplinary term (0 none)
}

/** Deterministic pseudo-random generator (xorshift32), so every run sees the same province. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export function generateProvince(n: number, lastYear: number): Province {
  const r = rng(20_250_101);
  const p: Province = {
    n,
    rating: new Uint8Array(n * YEARS),
    initiative: new Uint8Array(n * YEARS),
    awards: new Uint32Array(n * YEARS),
    taint: new Int16Array(n),
  };
  const LDTT = bitOf('LDTT');
  const CSTDCS = bitOf('CSTDCS');
  const CSTD_TINH = bitOf('CSTD_TINH');
  const BK_TINH = bitOf('BK_TINH');
  for (let i = 0; i < n; i++) {
    const talent = r();
    for (let k = 0; k < YEARS; k++) {
      const j = i * YEARS + k; // k = 0 is the oldest year
      const u = r();
      const rating = u < 0.02 ? 1 : u < 0.15 ? 2 : u < 0.55 + talent * 0.2 ? 3 : 4;
      p.rating[j] = rating;
      const v = r();
      p.initiative[j] = v < talent * 0.25 ? (v < talent * 0.02 ? 2 : 1) : 0;
      if (k < YEARS - 1 && rating >= 3) {
        let mask = LDTT;
        if ((p.initiative[j] as number) >= 1) mask |= CSTDCS;
        if (talent > 0.97 && k === 1) mask |= CSTD_TINH;
        if (talent > 0.9 && r() < 0.1) mask |= BK_TINH;
        p.awards[j] = mask;
      }
    }
    if (r() < 0.01) p.taint[i] = lastYear - Math.floor(r() * YEARS);
  }
  return p;
}

/** Read person i's five years into the index (the same work the bare pass does). */
function fill(p: Province, ix: HistoryIndex, i: number, year: number): void {
  resetIndex(ix, year);
  const base = i * YEARS;
  for (let k = 0; k < YEARS; k++) {
    const o = YEARS - 1 - k;
    ix.rating[o] = p.rating[base + k] as number;
    const init = p.initiative[base + k] as number;
    ix.initiative[o] = init;
    ix.initiativeCount[o] = init > 0 ? 1 : 0;
    const a = p.awards[base + k] as number;
    ix.awards[o] = a;
    ix.allAwards[o] = a;
  }
  const t = p.taint[i] as number;
  if (t && t <= year && year - t < YEARS) ix.tainted[year - t] = 1;
  ix.registered = -1;
}

export async function runLawBench(opts: { people: number }): Promise<Record<string, number | string>> {
  const year = 2025;
  const t0 = performance.now();
  const p = generateProvince(opts.people, year);
  const genMs = performance.now() - t0;
  const heapMb = process.memoryUsage().heapUsed / 1_048_576;
  const arrayMb =
    (p.rating.byteLength + p.initiative.byteLength + p.awards.byteLength + p.taint.byteLength) / 1_048_576;

  // Bare pass: read every record of every person into the per-subject year index, no rules.
  const ix = newIndex();
  let check = 0;
  const tb = performance.now();
  for (let i = 0; i < p.n; i++) {
    fill(p, ix, i, year);
    check += (ix.rating[0] as number) + (ix.initiative[0] as number) + ((ix.awards[1] as number) & 1);
  }
  const bareMs = performance.now() - tb;
  // Raw pass: sum the typed arrays (no per-subject structure at all), for reference.
  const tr = performance.now();
  let raw = 0;
  for (let j = 0; j < p.rating.length; j++)
    raw += (p.rating[j] as number) + (p.initiative[j] as number) + ((p.awards[j] as number) & 1);
  const rawMs = performance.now() - tr;

  const source: SubjectSource = {
    count: p.n,
    kindOf: () => 'INDIVIDUAL',
    fill: (x, i, y) => fill(p, x, i, y),
  };
  const ts = performance.now();
  const lists = suggestFrom(source, year, DEFAULT_PROFILE, `${year + 1}-01-15`);
  const suggestMs = performance.now() - ts;
  const count = (code: string) => lists.find((l) => l.awardCode === code);
  const perSec = (ms: number) => Math.round(p.n / (ms / 1000)).toLocaleString('en-US');
  const cstdcs = count('CSTDCS');
  return {
    people: p.n.toLocaleString('en-US'),
    'history years each': YEARS,
    'generate (ms)': Math.round(genMs),
    'typed arrays (MB)': arrayMb.toFixed(1),
    'heap after generation (MB)': heapMb.toFixed(0),
    'bare pass (ms)': bareMs.toFixed(0),
    'bare pass subjects/s': perSec(bareMs),
    'raw array sum (ms, reference)': rawMs.toFixed(0),
    'suggestions (ms)': suggestMs.toFixed(0),
    'suggestions subjects/s': perSec(suggestMs),
    'ratio to bare pass (goal ≥ 0.2)': (bareMs / suggestMs).toFixed(2),
    'under 10 s': suggestMs < 10_000 ? 'yes' : 'NO',
    'eligible LDTT': count('LDTT')?.eligible.length ?? 0,
    'eligible CSTDCS within quota / over': `${cstdcs?.eligible.length ?? 0} / ${cstdcs?.overQuota.length ?? 0} (cap ${cstdcs?.quota?.cap ?? 0})`,
    'eligible CSTD_TINH': count('CSTD_TINH')?.eligible.length ?? 0,
    'eligible BK_TINH': count('BK_TINH')?.eligible.length ?? 0,
    checksum: (check + raw) % 1000,
  };
}
