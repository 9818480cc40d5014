/** The groups of roles the permission policy is written with (one name each). */
import type { Role } from '../roles';

export const EVERYONE: readonly Role[] = [
  'ADMIN',
  'CAN_BO_TDKT',
  'CHU_TICH',
  'THANH_VIEN_HD',
  'TRUONG_DON_VI',
  'XEM',
];
/** The administrator and the emulation officer: they run the commune's emulation work. */
export const OFFICERS: readonly Role[] = ['ADMIN', 'CAN_BO_TDKT'];
/** Officers and the chairman who signs. */
export const OFFICERS_AND_CHAIR: readonly Role[] = ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH'];
/** Officers and unit heads: those who enter data for units (a unit head for their own unit only). */
export const OFFICERS_AND_UNIT_HEADS: readonly Role[] = ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI'];
/** Officers, the chairman and council members: the council's work. */
export const COUNCIL: readonly Role[] = ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD'];
/** Everyone who works on dossiers (not the read-only viewer). */
export const WORKERS: readonly Role[] = [
  'ADMIN',
  'CAN_BO_TDKT',
  'CHU_TICH',
  'THANH_VIEN_HD',
  'TRUONG_DON_VI',
];
export const ADMIN_ONLY: readonly Role[] = ['ADMIN'];
export const CHAIR_ONLY: readonly Role[] = ['CHU_TICH'];
/** Those the commune's tasks are sent to: officers, the chairman and unit heads (a unit head: their own unit's). */
export const OFFICERS_CHAIR_AND_UNIT_HEADS: readonly Role[] = [
  'ADMIN',
  'CAN_BO_TDKT',
  'CHU_TICH',
  'TRUONG_DON_VI',
];
/** Everyone who sees the whole commune (not a unit head, who sees their own unit only). */
export const WHOLE_COMMUNE: readonly Role[] = ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD', 'XEM'];
