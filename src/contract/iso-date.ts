import { z } from './zod';

/** A calendar date `YYYY-MM-DD` that exists (refuses 2026-02-30, 2026-13-01), with Vietnamese messages. */
export const isoDate = z
  .string({ message: 'Ngày phải có dạng YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Ngày không có thật');
