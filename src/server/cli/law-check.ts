/**
 * `npm run --silent law:check < case.json` — reads one case (or an array of cases) on stdin and prints
 * the verdict(s) as JSON. Bad input: a Vietnamese message on stderr and exit code 2.
 * Format: docs/law/README.md.
 */

import { evaluate, type ProvinceProfile, profileFrom, type SubjectRecord } from '../../core/law';
import { systemClock, todayIn } from '../clock';
import { parseCases } from '../law/case-schema';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const text = await readStdin();
  if (!text.trim()) {
    process.stderr.write('Lỗi: không có dữ liệu đầu vào. Dùng: npm run --silent law:check < ho-so.json\n');
    process.exit(2);
  }
  let parsed: ReturnType<typeof parseCases>;
  try {
    parsed = parseCases(text);
  } catch (e) {
    process.stderr.write(`Lỗi: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const today = todayIn(systemClock);
  const verdicts = parsed.cases.map((c) =>
    evaluate(
      c.record as SubjectRecord,
      c.awardCode,
      c.year,
      c.decisionDate ?? today,
      profileFrom(c.profile as Partial<ProvinceProfile> | undefined),
      { achievement: { basis: c.basis, basisRef: c.basisRef } },
    ),
  );
  process.stdout.write(`${JSON.stringify(parsed.many ? verdicts : verdicts[0], null, 2)}\n`);
}

void main();
