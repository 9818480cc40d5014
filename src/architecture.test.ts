import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layering of the code, checked on the import statements of every .ts/.tsx file under src/:
// - src/core is pure: it imports only itself and a few pure packages (no server, web, contract, no Node
//   built-in, no package doing I/O). Its tests may use Node built-ins (e.g. node:crypto as an oracle).
// - src/contract imports only zod, src/core and itself.
// - src/web never imports src/server.
// - nothing imports a route file (`routes.ts`, `*-routes.ts`) but the one list of features,
//   src/server/http/feature-routes.ts.
// - no import cycle between files (type-only imports count: they tie the files together all the same).
// Also: server code reads no system clock (`new Date()`, `Date.now`, `systemClock`) but in the few files
// listed in CLOCK_READERS; everything else takes the injected clock (`deps.clock`, src/server/clock.ts).

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(SRC);

/** Packages src/core may import (pure computation); test files may also use the test tools. */
const CORE_PACKAGES = ['zod', '@noble/hashes'];
const TEST_PACKAGES = ['vitest', 'fast-check'];
const CONTRACT_PACKAGES = ['zod'];
const ROUTE_LIST = 'src/server/http/feature-routes.ts';

/**
 * The server files that may read the system clock; every other server file (tests aside) takes the
 * clock from `AppDeps.clock` and passes it (or a date made from it) to the use cases.
 */
const CLOCK_READERS: { pattern: RegExp; why: string }[] = [
  { pattern: /^src\/server\/clock\.ts$/, why: 'defines systemClock' },
  { pattern: /^src\/server\/main\.ts$/, why: 'gives the running server the system clock' },
  { pattern: /^src\/server\/cli\//, why: 'command-line tools run now' },
  { pattern: /^src\/server\/seed\//, why: 'demo data is dated by the day it is made' },
  { pattern: /^src\/server\/db\/migrations\//, why: 'a migration stamps rows when it runs' },
  { pattern: /^src\/server\/db\/test-db\.ts$/, why: 'test databases and the dates of rows tests write' },
  { pattern: /^src\/server\/http\/test-app\.ts$/, why: "a test server's default clock" },
  { pattern: /^src\/server\/http\/rate-limits\.ts$/, why: 'rate-limit windows are real time' },
  { pattern: /^src\/server\/http\/security-options\.ts$/, why: 'login-throttle windows are real time' },
];

/** A read of the system clock: `new Date()` (no argument), `Date()`, `Date.now`, `systemClock`. */
const CLOCK_READ = /(?<![\w.$])(?:new\s+)?Date\(\s*\)|\bDate\.now\b|\bsystemClock\b/g;

interface Import {
  from: string; // repository-relative path of the importing file
  specifier: string; // as written
  target: string | null; // repository-relative path of the imported file (null: a package)
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

// Import and export declarations start a line (the tree is formatted); dynamic imports and import
// types (`import` followed by a parenthesised string) may appear anywhere.
const DECLARATION =
  /^\s*(?:import|export)\s+(?:type\s+)?(?:(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function specifiersOf(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(DECLARATION)) found.add(m[1] as string);
  for (const m of text.matchAll(DYNAMIC)) if (!inComment(text, m.index)) found.add(m[1] as string);
  return [...found];
}

/** Whether position `at` is in a comment: after `//` on its line, or on a line of a block comment. */
function inComment(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return line.includes('//') || /^\s*(\/\*|\*)/.test(line);
}

function rel(abs: string): string {
  return relative(ROOT, abs).split('\\').join('/');
}

function resolveRelative(fromAbs: string, specifier: string, known: Set<string>): string | null {
  const base = resolve(dirname(fromAbs), specifier);
  const stem = base.replace(/\.js$/, '');
  for (const candidate of [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

function collectImports(): { files: string[]; imports: Import[]; unresolved: Import[] } {
  const absFiles = sourceFiles(SRC);
  const known = new Set(absFiles);
  const imports: Import[] = [];
  const unresolved: Import[] = [];
  for (const file of absFiles) {
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        imports.push({ from: rel(file), specifier, target: null });
        continue;
      }
      const target = resolveRelative(file, specifier, known);
      const entry = { from: rel(file), specifier, target: target ? rel(target) : null };
      // a relative import of something that is not a source file here (e.g. a .css or .json file)
      if (target) imports.push(entry);
      else if (/\.(css|json|svg|png)$/.test(specifier) === false) unresolved.push(entry);
    }
  }
  return { files: absFiles.map(rel), imports, unresolved };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const inDir = (file: string | null, dir: string) => file?.startsWith(`${dir}/`) === true;
const isRouteFile = (file: string) => /^src\/server\/.*(?:\/|-)routes\.ts$/.test(file) && file !== ROUTE_LIST;

function show(i: Import): string {
  return `${i.from} -> ${i.target ?? i.specifier}`;
}

function report(title: string, lines: string[]): string[] {
  if (lines.length > 0) console.log(`\n${title} (${lines.length}):\n  ${lines.join('\n  ')}`);
  return lines;
}

/** Strongly connected components of more than one file (or a file importing itself), Tarjan's algorithm. */
function cyclicComponents(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components;
}

/** Shortest path from `from` to `to` inside `allowed` (breadth first), as a list of files. */
function shortestPath(
  graph: Map<string, string[]>,
  from: string,
  to: string,
  allowed: Set<string>,
): string[] {
  const previous = new Map<string, string>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of graph.get(v) ?? []) {
      if (!allowed.has(w)) continue;
      if (w === to) {
        const path = [to];
        for (let x = v; x !== from; x = previous.get(x) as string) path.unshift(x);
        return [from, ...path];
      }
      if (seen.has(w)) continue;
      seen.add(w);
      previous.set(w, v);
      queue.push(w);
    }
  }
  return [];
}

/**
 * Each cycle as a chain of files `a -> b -> ... -> a`: in every tangle, the shortest cycle through each
 * import edge inside it, without repeats, so that every edge to cut appears in some chain.
 */
function cycleChains(graph: Map<string, string[]>): string[] {
  const chains = new Set<string>();
  for (const component of cyclicComponents(graph)) {
    const members = new Set(component);
    const covered = new Set<string>();
    for (const v of component) {
      for (const w of (graph.get(v) ?? []).filter((x) => members.has(x)).sort()) {
        if (covered.has(`${v}>${w}`)) continue;
        const back = v === w ? [v] : shortestPath(graph, w, v, members);
        const cycle = [v, ...back];
        for (let k = 0; k + 1 < cycle.length; k++) covered.add(`${cycle[k]}>${cycle[k + 1]}`);
        // write each cycle from its smallest file, so that the same cycle is listed once
        const ring = cycle.slice(0, -1);
        const start = ring.indexOf([...ring].sort()[0] as string);
        const rotated = [...ring.slice(start), ...ring.slice(0, start)];
        chains.add([...rotated, rotated[0]].join(' -> '));
      }
    }
  }
  return [...chains].sort();
}

const { files, imports, unresolved } = collectImports();

/** Each read of the system clock in `text` outside comments, as `file:line: the line`. */
function clockReads(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CLOCK_READ)) {
    if (inComment(text, m.index)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    found.push(`${file}:${line}: ${(text.split('\n')[line - 1] ?? '').trim()}`);
  }
  return found;
}

describe('architecture: imports follow the layers', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.length).toBeGreaterThan(files.length);
    expect(report('Relative imports of no source file', unresolved.map(show))).toEqual([]);
  });

  it('src/core imports no server, web, contract, Node built-in or I/O package', () => {
    const bad = imports.filter((i) => {
      if (!inDir(i.from, 'src/core')) return false;
      if (i.target) return !inDir(i.target, 'src/core');
      if (isBuiltin(i.specifier)) return !isTest(i.from);
      const allowed = isTest(i.from) ? [...CORE_PACKAGES, ...TEST_PACKAGES] : CORE_PACKAGES;
      return !allowed.includes(packageName(i.specifier));
    });
    expect(report('src/core imports outside the core', bad.map(show))).toEqual([]);
  });

  it('src/contract imports only zod, src/core and src/contract', () => {
    const bad = imports.filter((i) => {
      if (!inDir(i.from, 'src/contract')) return false;
      if (i.target) return !inDir(i.target, 'src/core') && !inDir(i.target, 'src/contract');
      const allowed = isTest(i.from) ? [...CONTRACT_PACKAGES, ...TEST_PACKAGES] : CONTRACT_PACKAGES;
      return !allowed.includes(packageName(i.specifier));
    });
    expect(report('src/contract imports outside zod, core and contract', bad.map(show))).toEqual([]);
  });

  it('src/web imports nothing from src/server', () => {
    const bad = imports.filter((i) => inDir(i.from, 'src/web') && inDir(i.target, 'src/server'));
    expect(report('src/web imports of src/server', bad.map(show))).toEqual([]);
  });

  it(`no file imports a route file (routes.ts, *-routes.ts) but ${ROUTE_LIST}`, () => {
    const bad = imports.filter((i) => i.target !== null && isRouteFile(i.target) && i.from !== ROUTE_LIST);
    expect(report('Imports of route files', bad.map(show))).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const graph = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const i of imports) if (i.target) graph.get(i.from)?.push(i.target);
    expect(report('Import cycles', cycleChains(graph))).toEqual([]);
  });

  it('server code reads no system clock outside the allowed files (it takes deps.clock)', () => {
    const bad = files
      .filter((f) => inDir(f, 'src/server') && !isTest(f) && !CLOCK_READERS.some((r) => r.pattern.test(f)))
      .flatMap((f) => clockReads(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(
      report(
        'System clock read in server code (take `clock` from AppDeps and pass it to the use case: isoNow(clock), todayIn(clock), yearIn(clock))',
        bad,
      ),
    ).toEqual([]);
  });

  it('finds reads of the system clock, not in comments', () => {
    // written in pieces, so that this file does not read the clock itself
    const text = [
      'const a = new Date',
      '();\nconst b = Date.now',
      '();\nconst c = new Date(x);\nconst d = system',
      'Clock;\n// new Date',
      '() in a comment\nconst e = myDate',
      '();\n',
    ].join('');
    expect(clockReads('f.ts', text).map((r) => r.split(':')[1])).toEqual(['1', '2', '4']);
  });

  it('finds a cycle and names it as a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycleChains(graph)).toEqual(['a -> b -> c -> a', 'e -> e']);
    // written in pieces, so that this file does not import these names itself
    const text = [
      "import type {\n  A,\n} from './x';\nexport * from './y';\ntype Q = import",
      "('./z').Q;\n/**\n * e.g. import",
      "('./not-this') // or import",
      "('./nor-this')\n */",
    ];
    expect(specifiersOf(text.join(''))).toEqual(['./x', './y', './z']);
  });
});
