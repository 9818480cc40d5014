import type { ProposalAction, ProposalStatus } from '../../core/dossier/proposal-workflow';

/** Shapes of the API's answers, as the UI reads them. */
export type { Household, Person, Unit, UnitAward } from '../../contract/organisations';

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
