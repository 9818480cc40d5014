/** Schemas shared by the contract's features. */
import { z } from './zod';

/** A record's id (a UUID, or a seeded code-like id). */
export const Id = z.string();
export const IdParams = z.object({ id: z.string() });
/** A date `YYYY-MM-DD` (checked to exist where it is taken from a user: `isoDate`). */
export const IsoDate = z.string();
/** An instant, ISO 8601 in UTC. */
export const Timestamp = z.string();
