import type { PlanContent, PlanSection } from '../../core/plan/plan-content';

/**
 * A new year's plan started from last year's: the structure, sections, movements, organisation,
 * recipients and signer are kept; what belongs to one year is reset — the number and date (a new
 * document), the theme (each year has its own), last year's results (replaced by the computed target
 * summary when there is one), and "năm <old>" becomes "năm <new>" in the wording.
 */
export function copyPlanForYear(from: PlanContent, year: number, lastYearResult: string | null): PlanContent {
  const old = from.year;
  const shift = (s: string) =>
    s
      .replaceAll(`năm ${old}`, `năm ${year}`)
      .replaceAll(`Năm ${old}`, `Năm ${year}`)
      .replaceAll(`năm ${old - 1}`, `năm ${year - 1}`)
      .replaceAll(`Năm ${old - 1}`, `Năm ${year - 1}`);
  const section = (s: PlanSection): PlanSection => ({
    ...s,
    heading: shift(s.heading),
    blocks: s.blocks.map((b) => ({ ...b, text: shift(b.text) })),
    children: s.children.map(section),
  });
  return {
    ...from,
    year,
    number: '',
    date: '',
    theme: '',
    summary: shift(from.summary),
    review: lastYearResult ? [lastYearResult] : [],
    introduction: shift(from.introduction),
    purposes: from.purposes.map(shift),
    requirements: from.requirements.map(shift),
    sections: from.sections.map(section),
    movements: from.movements.map((m) => ({ ...m })),
    organisation: from.organisation.map(shift),
    closing: shift(from.closing),
    recipients: [...from.recipients],
    signer: { ...from.signer },
  };
}

/** A plan with no predecessor: the fixed parts of the form, everything else to be written. */
export function emptyPlan(
  year: number,
  issuer: { parent: string; name: string },
  place: string,
): PlanContent {
  return {
    year,
    issuer,
    number: '',
    symbol: 'KH-UBND',
    place,
    date: '',
    title: 'KẾ HOẠCH',
    summary: `Công tác thi đua, khen thưởng năm ${year}`,
    review: [],
    introduction: '',
    theme: '',
    purposes: [],
    requirements: [],
    sections: [],
    movements: [],
    organisation: [],
    closing: '',
    recipients: [],
    signer: { title: 'CHỦ TỊCH', name: '' },
  };
}
