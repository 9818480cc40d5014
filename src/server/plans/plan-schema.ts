import { z } from 'zod';
import type { PlanBlock, PlanContent, PlanSection } from '../../core/plan/plan-content';

const text = (max: number) => z.string().max(max, `Đoạn văn quá dài (tối đa ${max} ký tự)`);
const Block = z.object({
  kind: z.enum(['paragraph', 'bullet'], { message: 'Loại đoạn phải là đoạn văn hoặc gạch đầu dòng' }),
  text: text(10000),
});

/** Sections nest three levels at most ("2", "2.1", "2.1.1"), written out so the schema is not recursive. */
const Level3 = z.object({
  number: text(20),
  heading: text(2000),
  bold: z.boolean().optional(),
  blocks: z.array(Block).max(200),
  children: z.array(z.never()).max(0, 'Mục lồng quá 3 cấp').default([]),
});
const Level2 = Level3.extend({ children: z.array(Level3).max(100).default([]) });
const Level1 = Level3.extend({ children: z.array(Level2).max(100).default([]) });

const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Ngày phải có dạng YYYY-MM-DD');

/** The plan's content as the editor sends it (checked for completeness only when issuing). */
export const PlanContentBody = z.object({
  year: z.number().int().min(2000).max(2100),
  issuer: z.object({ parent: text(200), name: text(200) }),
  number: text(20),
  symbol: text(40),
  place: text(100),
  date: isoDateOrEmpty,
  title: text(200),
  summary: text(500),
  review: z.array(text(20000)).max(50),
  introduction: text(20000),
  theme: text(500),
  purposes: z.array(text(10000)).max(50),
  requirements: z.array(text(10000)).max(50),
  sections: z.array(Level1).max(50),
  movements: z.array(z.object({ name: text(1000), basis: text(1000).optional() })).max(100),
  organisation: z.array(text(10000)).max(50),
  closing: text(5000),
  recipients: z.array(text(300)).max(50),
  signer: z.object({ title: text(200), name: text(200) }),
});

interface SectionLike {
  number: string;
  heading: string;
  bold?: boolean | undefined;
  blocks: PlanBlock[];
  children: readonly SectionLike[];
}

function toSection(s: SectionLike): PlanSection {
  return {
    number: s.number,
    heading: s.heading,
    ...(s.bold === undefined ? {} : { bold: s.bold }),
    blocks: s.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    children: s.children.map(toSection),
  };
}

/** The zod output as the core's PlanContent (optional keys dropped rather than set to undefined). */
export function asPlanContent(b: z.infer<typeof PlanContentBody>): PlanContent {
  return {
    ...b,
    sections: b.sections.map(toSection),
    movements: b.movements.map((m) => (m.basis ? { name: m.name, basis: m.basis } : { name: m.name })),
  };
}
