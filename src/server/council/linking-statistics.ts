/**
 * The null distributions of the ballot adversary suite (`ballot-anonymity.test.ts`). An adversary that learns
 * nothing guesses a bijection member → vote that is independent of the true one. Then, per ballot of n members:
 *  - receipts named correctly = fixed points of a uniform random permutation of n:
 *    P(F = j) = (1/j!) · Σ_{i=0..n−j} (−1)^i / i!   (mean 1 whatever n);
 *  - choices named correctly = n − 2a + 2X, X ~ Hypergeometric(N = n, K = a, draws = a), a = agreeing votes
 *    (the guessed choices are a permutation of the true ones).
 * Over independent ballots the totals have the convolved distributions; `chanceTail` gives the exact upper-tail
 * probability P(total ≥ observed) of each.
 */
const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
const choose = (n: number, k: number): number =>
  k < 0 || k > n ? 0 : factorial(n) / (factorial(k) * factorial(n - k));

/** P(F = j), j = 0..n, for the fixed points of a uniform random permutation of n. */
export function fixedPointPmf(n: number): number[] {
  return Array.from({ length: n + 1 }, (_, j) => {
    let s = 0;
    for (let i = 0; i <= n - j; i++) s += (i % 2 ? -1 : 1) / factorial(i);
    return s / factorial(j);
  });
}

/** P(matches = m), m = 0..n, for a random permutation of n choices of which a agree, against the truth. */
export function choiceMatchPmf(n: number, a: number): number[] {
  const pmf = new Array<number>(n + 1).fill(0);
  const total = choose(n, a);
  for (let x = Math.max(0, 2 * a - n); x <= a; x++) {
    const m = n - 2 * a + 2 * x;
    pmf[m] = (pmf[m] ?? 0) + (choose(a, x) * choose(n - a, a - x)) / total;
  }
  return pmf;
}

function convolve(a: number[], b: number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  for (const [i, x] of a.entries()) for (const [j, y] of b.entries()) out[i + j] = (out[i + j] ?? 0) + x * y;
  return out;
}

const upperTail = (pmf: number[], observed: number) =>
  Math.min(
    1,
    pmf.slice(observed).reduce((s, p) => s + p, 0),
  );

/** Exact P(total ≥ observed) under "nothing links", for the receipts and for the choices named correctly. */
export function chanceTail(
  trials: { size: number; agree: number; receiptsNamed: number; choicesNamed: number }[],
): { receipts: number; choices: number } {
  let receipts = [1];
  let choices = [1];
  for (const x of trials) {
    receipts = convolve(receipts, fixedPointPmf(x.size));
    choices = convolve(choices, choiceMatchPmf(x.size, x.agree));
  }
  return {
    receipts: upperTail(
      receipts,
      trials.reduce((s, x) => s + x.receiptsNamed, 0),
    ),
    choices: upperTail(
      choices,
      trials.reduce((s, x) => s + x.choicesNamed, 0),
    ),
  };
}
