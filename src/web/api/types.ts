import type { Role } from '../../core/auth/roles';
import type { ProposalAction, ProposalStatus } from '../../core/dossier/proposal-workflow';

/** Shapes of the API's answers, as the UI reads them. */
export type { Household, Person, Unit, UnitAward } from '../../contract/organisations';
export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  unitId: string | null;
  unitName: string | null;
  tenantId: string;
  tenantName: string;
  /** After an administrator's reset: the web shows only the password change. */
  mustChangePassword?: boolean;
}

/** Before sign-in: demo data (banner) and whether the first-run setup is still to do. */
export interface InstanceStatus {
  demo: boolean;
  setupNeeded: boolean;
}

export interface Movement {
  id: string;
  name: string;
  type: 'THUONG_XUYEN' | 'THEO_DOT' | 'CHUYEN_DE';
  scope: string;
  fields: string[];
  basis: string | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  year: number | null;
  status: string;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actorName: string;
  action: string;
  summary: string;
  data: unknown;
}

export interface Proposal {
  id: string;
  unitId: string;
  unitName: string;
  movementId: string | null;
  movementName: string | null;
  awardCode: string;
  subjectKind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  personId: string | null;
  subjectUnitId: string | null;
  householdId: string | null;
  subjectName: string;
  achievement: string;
  year: number;
  status: ProposalStatus;
  round: number;
  returnReason: string | null;
  returnMissing: string[];
  decisionId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: ProposalAction[];
  history?: HistoryEntry[];
  access: 'FULL';
}

/** A dossier the reader declared a conflict of interest with: its public part only (list rows too). */
export interface PublicProposal {
  id: string;
  unitId: string;
  unitName: string;
  subjectKind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectName: string;
  awardCode: string;
  year: number;
  status: ProposalStatus;
  /** Only once published for public comment. */
  achievement: string | null;
  access: 'PUBLIC';
  note: string;
  actions: [];
}

export interface AuditRow {
  id: number;
  at: string;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  summary: string;
}
