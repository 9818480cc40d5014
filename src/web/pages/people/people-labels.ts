/** Words of the people and households pages (Vietnamese; English in `i18n/en-people.ts`). */
import type { LeaderTier } from '../../../core/history/history-terms';
import type { Gender } from '../../../core/people/person-categories';
import type { ApiError } from '../../api/client';

export const LEADER_TIER_LABELS: Record<LeaderTier, string> = {
  KHONG: 'Không giữ chức vụ lãnh đạo',
  CAP_PHO: 'Cấp phó',
  CAP_TRUONG: 'Cấp trưởng',
};

export const GENDER_LABELS: Record<Gender, string> = { NAM: 'Nam', NU: 'Nữ' };

/** The history lookup page of a person or a household (another page of the product). */
export const personLookup = (id: string) => `/tra-cuu/ca-nhan/${id}`;
export const householdLookup = (id: string) => `/tra-cuu/ho-gia-dinh/${id}`;

/** The field errors of a refused request (`details: [{ path, message }]`), for `form.setFields`. */
export function fieldErrors<F extends string>(
  err: ApiError,
  known: readonly F[],
): { name: F; errors: string[] }[] {
  const list = Array.isArray(err.details) ? (err.details as { path?: unknown; message?: unknown }[]) : [];
  const byField = new Map<F, string[]>();
  for (const d of list) {
    const path = typeof d.path === 'string' ? d.path.split('.')[0] : undefined;
    const field = known.find((k) => k === path);
    if (!field || typeof d.message !== 'string') continue;
    byField.set(field, [...(byField.get(field) ?? []), d.message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
