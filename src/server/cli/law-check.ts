/**
 * `npm run --silent law:check < input.json` — reads one case, an array of cases, or a batch
 * `{ profile, baseSalaries, cases, quotas, ballots, authority }` on stdin and prints the answers as JSON
 * (same order as the questions). Bad input (malformed JSON, an unknown key anywhere, a wrong value):
 * a Vietnamese message on stderr naming the place, and exit code 2. Format: docs/law/README.md.
 */

import { z } from 'zod';
import { systemClock, todayIn } from '../clock';
import { answerLawInput } from '../law/law-answers';
import { type LawInput, parseLawInput } from '../law/law-input';

z.config(z.locales.vi());

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
  let input: LawInput;
  try {
    input = parseLawInput(text);
  } catch (e) {
    process.stderr.write(`Lỗi: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const answers = answerLawInput(input, todayIn(systemClock));
  process.stdout.write(`${JSON.stringify(answers, null, 2)}\n`);
}

void main();
