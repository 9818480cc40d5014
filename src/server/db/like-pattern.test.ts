import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesApi } from '../../contract/examples';
import { movementsApi } from '../../contract/movements';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { escapeLike } from './like-pattern';

let w: World;
let officer: Client;
beforeAll(async () => {
  w = await startWorld();
  officer = w.officer;
  // ordinary names, an example and a movement, so that a search matching everything would show
  for (let i = 0; i < 8; i++)
    await w.person({ unitId: w.units.village, fullName: `Người Dân Thôn ${i + 1}` });
  await w.example();
  await w.movement();
});
afterAll(async () => {
  await w?.close();
});

const names = async (q?: string) =>
  (await officer.api.call(organisationsApi.listPeople, { query: q === undefined ? {} : { q } })).map(
    (p) => p.fullName,
  );

describe('searches take % and _ literally', () => {
  it('escapes the wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('finds only people whose name holds the character, on people, examples and movements', async () => {
    for (const fullName of ['Nhóm 100% tình nguyện', 'Đội_Thanh niên', 'Tổ a\\b']) {
      const created = await officer.attempt(organisationsApi.createPerson, {
        body: { fullName, gender: 'NAM', category: 'NGUOI_DAN', unitId: w.units.village },
      });
      expect(created.status).toBe(201);
    }
    expect((await names()).length).toBeGreaterThan(10);
    expect(await names('%')).toEqual(['Nhóm 100% tình nguyện']);
    expect(await names('_')).toEqual(['Đội_Thanh niên']);
    expect(await names('\\')).toEqual(['Tổ a\\b']);
    expect(await names('thanh')).toContain('Đội_Thanh niên');
    expect((await officer.api.call(examplesApi.listExamples, { query: {} })).length).toBeGreaterThan(0);
    expect(await officer.api.call(examplesApi.listExamples, { query: { q: '_' } })).toEqual([]);
    expect((await officer.attempt(proposalsApi.listProposals, { query: { q: '_' } })).status).toBe(200);
    expect((await officer.api.call(movementsApi.listMovements, { query: {} })).length).toBeGreaterThan(0);
    expect(await officer.api.call(movementsApi.listMovements, { query: { q: '%' } })).toEqual([]);
  });
});
