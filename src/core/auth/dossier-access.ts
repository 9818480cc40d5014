/**
 * Who may read which part of a proposal's dossier (hồ sơ đề nghị khen thưởng) — the one rule every route
 * that returns dossier data goes through (Outline-style `can(actor, action, resource)`).
 *
 * - another commune: NONE (the route answers 404, as if the dossier did not exist);
 * - a unit head (not a whole-commune role) and a dossier of another unit: NONE (403);
 * - a person who declared a conflict of interest with this dossier (as a council member, at any meeting),
 *   whatever their role — member, officer, chairman or administrator: PUBLIC, the part citizens see on the
 *   public disclosure and nothing more (no achievement report, law verdict, votes, notes, history, documents);
 * - everyone else of the commune: FULL.
 */
import { type Role, seesWholeCommune } from './roles';

export type DossierAccess = 'FULL' | 'PUBLIC' | 'NONE';

export interface DossierActor {
  role: Role;
  tenantId: string;
  unitId: string | null;
  /** Proposals this person declared a conflict of interest with (any meeting of their commune). */
  conflicts: ReadonlySet<string>;
}

export interface DossierResource {
  id: string;
  tenantId: string;
  /** The unit that made the proposal. */
  unitId: string;
}

export function dossierAccess(actor: DossierActor, dossier: DossierResource): DossierAccess {
  if (actor.tenantId !== dossier.tenantId) return 'NONE';
  if (!seesWholeCommune(actor.role) && actor.unitId !== dossier.unitId) return 'NONE';
  if (actor.conflicts.has(dossier.id)) return 'PUBLIC';
  return 'FULL';
}

export type DossierAction = 'read' | 'read-public';

/** `can(actor, 'read', dossier)`: the full dossier; `'read-public'`: at least its public part. */
export function can(actor: DossierActor, action: DossierAction, dossier: DossierResource): boolean {
  const access = dossierAccess(actor, dossier);
  return action === 'read' ? access === 'FULL' : access !== 'NONE';
}

/** The fields of a dossier that are public (shown to citizens on the disclosure page). */
export const PUBLIC_DOSSIER_FIELDS = [
  'id',
  'unitId',
  'unitName',
  'subjectKind',
  'subjectName',
  'awardCode',
  'year',
  'status',
] as const;

export interface PublicDossier {
  id: string;
  unitId: string;
  unitName: string;
  subjectKind: string;
  subjectName: string;
  awardCode: string;
  year: number;
  status: string;
  /** The achievement summary, only once it has been published for public comment (null otherwise). */
  achievement: string | null;
  access: 'PUBLIC';
}

/** The public part of a dossier view: the public fields, plus the achievement summary when it was disclosed. */
export function publicDossier(
  full: { [K in (typeof PUBLIC_DOSSIER_FIELDS)[number]]: K extends 'year' ? number : string } & {
    achievement: string;
  },
  disclosed: boolean,
): PublicDossier {
  return {
    id: full.id,
    unitId: full.unitId,
    unitName: full.unitName,
    subjectKind: full.subjectKind,
    subjectName: full.subjectName,
    awardCode: full.awardCode,
    year: full.year,
    status: full.status,
    achievement: disclosed ? full.achievement : null,
    access: 'PUBLIC',
  };
}

/** The note shown instead of the private part (Vietnamese; the web translates it). */
export const CONFLICT_NOTE = 'Bạn đã khai báo xung đột lợi ích với hồ sơ này — chỉ xem phần công khai.';
