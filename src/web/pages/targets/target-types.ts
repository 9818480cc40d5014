import type { ProgressEntry, Target, TargetStatus, TargetsSummary } from '../../../core/targets';

/** Responses of /api/targets (mirrors the server's TargetsView). */
export interface ProgressEntryView extends ProgressEntry {
  id: string;
  evidenceLink?: string;
  evidenceFile?: string;
  createdBy: string;
  createdAt: string;
}

export interface TargetView extends Target {
  year: number;
  note?: string;
  responsibleUnitName: string;
  progress: ProgressEntryView[];
  fieldLabel: string;
  status: TargetStatus;
  canReport: boolean;
}

export interface TargetsView {
  year: number;
  asOf: string;
  summary: TargetsSummary & {
    byFieldList: { field: string; label: string; completed: number; total: number }[];
  };
  targets: TargetView[];
  fields: { code: string; label: string }[];
  canManage: boolean;
}

export const STATE_COLORS: Record<TargetStatus['state'], string> = {
  COMPLETED: 'green',
  ON_TRACK: 'blue',
  AT_RISK: 'orange',
  NO_DATA: 'default',
  NOT_COMPLETED: 'red',
};
