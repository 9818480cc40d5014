/**
 * Vietnamese collation. Letters follow the Vietnamese alphabet
 * (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y); a word's tone is compared only when the
 * letters are equal, in dictionary order: ngang (none), huyền, sắc, hỏi, ngã, nặng. Case is ignored
 * first and only breaks remaining ties (lower before upper).
 */
const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONE_MARKS: Record<string, number> = {
  '\u0300': 1,
  '\u0301': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};
// Marks that make a base letter (breve, circumflex, horn) rather than a tone.
const LETTER_MARKS: Record<string, string> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031b': 'ơ',
  'u\u031b': 'ư',
};

interface Key {
  letters: number[];
  tones: number[];
  cases: number[];
}

function keyOf(s: string): Key {
  const letters: number[] = [];
  const tones: number[] = [];
  const cases: number[] = [];
  let wordTone = 0;
  const flushWord = () => {
    tones.push(wordTone);
    wordTone = 0;
  };
  const chars = [...s.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const tone = TONE_MARKS[ch];
    if (tone !== undefined) {
      wordTone = tone;
      continue;
    }
    if (/\p{M}/u.test(ch)) continue;
    const lower = ch.toLowerCase();
    let letter = lower;
    const next = chars[i + 1];
    if (next && LETTER_MARKS[lower + next]) {
      letter = LETTER_MARKS[lower + next] as string;
      i++;
    }
    if (/\s/.test(ch)) {
      flushWord();
      letters.push(0);
      cases.push(0);
      continue;
    }
    // Letters of the Vietnamese alphabet in its order; digits before them; anything else (f, j, w, z,
    // punctuation) after them, by code point.
    const idx = ALPHABET.indexOf(letter);
    letters.push(
      idx >= 0 ? 1000 + idx : /\d/.test(letter) ? 100 + Number(letter) : 2000 + (letter.codePointAt(0) ?? 0),
    );
    cases.push(ch === lower ? 0 : 1);
  }
  flushWord();
  return { letters, tones, cases };
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function compareVietnamese(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return (
    compareArrays(ka.letters, kb.letters) ||
    compareArrays(ka.tones, kb.tones) ||
    compareArrays(ka.cases, kb.cases) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}

/**
 * People sorted the Vietnamese way: by given name (the last word), then the middle names, then the
 * family name (the first word).
 */
export function comparePersonNames(a: string, b: string): number {
  const pa = a.trim().split(/\s+/);
  const pb = b.trim().split(/\s+/);
  const given = compareVietnamese(pa[pa.length - 1] ?? '', pb[pb.length - 1] ?? '');
  if (given !== 0) return given;
  const middle = compareVietnamese(pa.slice(1, -1).join(' '), pb.slice(1, -1).join(' '));
  if (middle !== 0) return middle;
  return (
    compareVietnamese(pa.length > 1 ? (pa[0] ?? '') : '', pb.length > 1 ? (pb[0] ?? '') : '') ||
    compareVietnamese(a, b)
  );
}
