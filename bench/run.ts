/**
 * `npm run bench`: benchmarks on generated province-scale data (not timed tests).
 * BENCH_SCALE=small runs a quick version; BENCH_ONLY=law,documents,db,import picks sections.
 */
import { runDbBench } from './db-bench';
import { runDocumentsBench } from './documents-bench';
import { runImportBench } from './import-bench';
import { runLawBench } from './law-bench';

const small = process.env.BENCH_SCALE === 'small';
const only = new Set((process.env.BENCH_ONLY ?? 'documents,db,law,import').split(','));

async function section(name: string, run: () => Promise<Record<string, number | string>>) {
  if (!only.has(name)) return;
  const t = performance.now();
  try {
    const r = await run();
    console.log(`\n## ${name} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(36)} ${v}`);
  } catch (e) {
    console.log(`\n## ${name}: FAILED — ${(e as Error).message}`);
    process.exitCode = 1;
  }
}

console.log(`Thi Đua benchmarks — node ${process.version}, ${small ? 'small' : 'province'} scale`);
await section('documents', () => runDocumentsBench());
await section('db', () =>
  runDbBench(small ? { communes: 20, peoplePerCommune: 2_000 } : { communes: 100, peoplePerCommune: 10_000 }),
);
await section('law', () => runLawBench({ people: small ? 100_000 : 1_000_000 }));
await section('import', () => runImportBench());
