import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A fresh clone must test and run on its own: no test or source file may read a path outside the repository
// (a sibling checkout such as ../shared, an absolute path of one machine such as /work/… or /home/…, or a
// relative path that climbs above the root). The project keeps its own copy of any public text it reads
// (e.g. src/server/seed/source/). Checked statically on every source, test, script and config file:
// - every string literal that starts with ./ or ../, resolved from the file's folder;
// - every `resolve(…)` / `join(…)` whose first argument is the file's folder (`__dirname`,
//   `import.meta.dirname`, `dirname(fileURLToPath(import.meta.url))`) or the working directory
//   (`process.cwd()`, which is the root for npm scripts and tests), with its string-literal arguments;
// - string literals naming an absolute path under a user's or a build machine's folders.

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(SRC);
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

const SCANNED_DIRS = ['src', 'e2e', 'bench', 'scripts'];
const SCANNED_ROOT_FILES = ['vite.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts', 'package.json'];
const CODE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|json)$/;
/** Files whose relative paths start elsewhere than their own folder: Vite's are relative to its `root`. */
const BASE_OF: Record<string, string> = { 'vite.config.ts': 'src/web/vite.config.ts' };

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...files(full));
    } else if (CODE.test(entry.name)) out.push(full);
  }
  return out;
}

/** A machine's own folders: never part of a clone. */
const MACHINE_PATH = /^(?:\/work\/|\/home\/|\/Users\/|\/root\/|\/mnt\/|[A-Za-z]:\\)/;
const LITERAL = /(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g;
/** resolve( / join( with a base folder as first argument, and the rest of the argument list. */
const BASED_CALL =
  /\b(?:resolve|join)\(\s*(__dirname|import\.meta\.dirname|dirname\(fileURLToPath\(import\.meta\.url\)\)|process\.cwd\(\))\s*((?:,\s*(['"`])[^'"`\n]*\3\s*)*)/g;

/** The reads of paths outside `root` in one file's text: "line: what". */
function outsideReads(root: string, file: string, text: string): string[] {
  const found: string[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  const inside = (p: string) => {
    const rel = relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  for (const m of text.matchAll(LITERAL)) {
    const s = m[2] ?? '';
    if (s.includes('${')) continue;
    if (MACHINE_PATH.test(s)) found.push(`${lineOf(m.index)}: ${s}`);
    else if (/^\.\.?\//.test(s) && !inside(resolve(dirname(file), s))) found.push(`${lineOf(m.index)}: ${s}`);
  }
  for (const m of text.matchAll(BASED_CALL)) {
    const base = m[1] === 'process.cwd()' ? root : dirname(file);
    const parts = [...(m[2] ?? '').matchAll(/(['"`])([^'"`\n]*)\1/g)].map((p) => p[2] ?? '');
    const target = resolve(base, ...parts);
    if (!inside(target)) found.push(`${lineOf(m.index)}: ${m[0].trim()}`);
  }
  return found;
}

describe('the repository stands alone', () => {
  it('no source, test, script or config file reads a path outside the repository', () => {
    const all = [
      ...SCANNED_DIRS.flatMap((d) => files(join(ROOT, d))),
      ...SCANNED_ROOT_FILES.map((f) => join(ROOT, f)),
    ];
    expect(all.length).toBeGreaterThan(100);
    const bad = all
      .filter((f) => relative(ROOT, f) !== SELF)
      .flatMap((f) => {
        const rel = relative(ROOT, f);
        const as = BASE_OF[rel] ? join(ROOT, BASE_OF[rel]) : f;
        return outsideReads(ROOT, as, readFileSync(f, 'utf8')).map((r) => `${rel}:${r}`);
      });
    expect(bad).toEqual([]);
  });

  it('finds a sibling checkout, a machine path and a climb above the root, not a path inside', () => {
    const root = '/repo';
    const file = '/repo/src/server/x/y.test.ts';
    const text = [
      "const a = fs.readFileSync(path.resolve(__dirname, '../../../../shared/law-spec.md'));",
      "const b = fs.readFileSync('/work/shared/law.md');",
      "const c = path.join(__dirname, '..', '..', '..', '..', 'other');",
      "const d = path.resolve(process.cwd(), '../shared/x.txt');",
      "const ok1 = path.resolve(__dirname, '../seed/source/plan.txt');",
      "const ok2 = path.resolve(process.cwd(), 'docs/law/RULES.md');",
      "import { x } from '../../core/x';",
    ].join('\n');
    expect(outsideReads(root, file, text).map((r) => r.split(':')[0])).toEqual(['1', '2', '1', '3', '4']);
  });
});
