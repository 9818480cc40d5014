/** `npm run law:docs` — writes docs/law/RULES.md from the rules in the code. */
import fs from 'node:fs';
import path from 'node:path';
import { rulesMarkdown } from '../law/rules-doc';

const target = path.resolve(process.cwd(), 'docs/law/RULES.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, rulesMarkdown());
process.stdout.write(`Đã tạo ${path.relative(process.cwd(), target)}\n`);
