import { describe, expect, it } from 'vitest';
import { can, type DossierAccess, type DossierActor, dossierAccess, publicDossier } from './dossier-access';
import { ROLES, type Role } from './roles';

const dossier = { id: 'p1', tenantId: 'xa-a', unitId: 'unit-1' };
const actor = (role: Role, over: Partial<DossierActor> = {}): DossierActor => ({
  role,
  tenantId: 'xa-a',
  unitId: 'unit-9',
  conflicts: new Set(),
  ...over,
});

describe('who reads which part of a dossier', () => {
  // role × situation → access; the unit head's unit is unit-9 unless said otherwise.
  const table: [Role, string, Partial<DossierActor>, DossierAccess][] = [];
  for (const role of ROLES) {
    const whole = role !== 'TRUONG_DON_VI';
    table.push([role, 'same commune, no conflict', {}, whole ? 'FULL' : 'NONE']);
    table.push([role, 'same commune, own unit', { unitId: 'unit-1' }, 'FULL']);
    table.push([
      role,
      'declared a conflict with it',
      { unitId: 'unit-1', conflicts: new Set(['p1']) },
      'PUBLIC',
    ]);
    table.push([
      role,
      'conflict with another dossier only',
      { unitId: 'unit-1', conflicts: new Set(['p2']) },
      'FULL',
    ]);
    table.push([role, 'another commune', { tenantId: 'xa-b', unitId: 'unit-1' }, 'NONE']);
    table.push([
      role,
      'another commune, conflict id reused',
      { tenantId: 'xa-b', unitId: 'unit-1', conflicts: new Set(['p1']) },
      'NONE',
    ]);
  }
  it.each(table)('%s, %s → %s', (role, _situation, over, expected) => {
    expect(dossierAccess(actor(role, over), dossier)).toBe(expected);
    expect(can(actor(role, over), 'read', dossier)).toBe(expected === 'FULL');
    expect(can(actor(role, over), 'read-public', dossier)).toBe(expected !== 'NONE');
  });
});

describe('the public part', () => {
  const full = {
    id: 'p1',
    unitId: 'u',
    unitName: 'Trường Tiểu học',
    subjectKind: 'INDIVIDUAL',
    subjectName: 'Nguyễn Văn A',
    awardCode: 'LDTT',
    year: 2025,
    status: 'FORWARDED',
    achievement: 'Thành tích chi tiết',
    history: [1],
    version: 3,
  };
  it('keeps only the public fields; the achievement only once disclosed', () => {
    expect(publicDossier(full, false)).toEqual({
      id: 'p1',
      unitId: 'u',
      unitName: 'Trường Tiểu học',
      subjectKind: 'INDIVIDUAL',
      subjectName: 'Nguyễn Văn A',
      awardCode: 'LDTT',
      year: 2025,
      status: 'FORWARDED',
      achievement: null,
      access: 'PUBLIC',
    });
    expect(publicDossier(full, true).achievement).toBe('Thành tích chi tiết');
    expect(Object.keys(publicDossier(full, true))).not.toContain('history');
  });
});
