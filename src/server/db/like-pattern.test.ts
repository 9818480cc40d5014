import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { escapeLike } from './like-pattern';

let t: TestApp;
let officer: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
});
afterAll(async () => {
  await t?.close();
});

const names = async (url: string) => (await officer.get<{ fullName?: string; name?: string }[]>(url)).body;

describe('searches take % and _ literally', () => {
  it('escapes the wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('finds only people whose name holds the character, on people, examples and movements', async () => {
    const units = (await officer.get<{ id: string }[]>('/api/units')).body;
    for (const fullName of ['Nhóm 100% tình nguyện', 'Đội_Thanh niên', 'Tổ a\\b']) {
      expect(
        (
          await officer.post('/api/people', {
            fullName,
            gender: 'NAM',
            category: 'NGUOI_DAN',
            unitId: units[0]?.id,
          })
        ).status,
      ).toBe(201);
    }
    expect((await names('/api/people')).length).toBeGreaterThan(10);
    expect((await names('/api/people?q=%25')).map((p) => p.fullName)).toEqual(['Nhóm 100% tình nguyện']);
    expect((await names('/api/people?q=_')).map((p) => p.fullName)).toEqual(['Đội_Thanh niên']);
    expect((await names('/api/people?q=%5C')).map((p) => p.fullName)).toEqual(['Tổ a\\b']);
    expect((await names('/api/people?q=thanh')).map((p) => p.fullName)).toContain('Đội_Thanh niên');
    expect((await officer.get<unknown[]>('/api/examples')).body.length).toBeGreaterThan(0);
    expect((await officer.get<unknown[]>('/api/examples?q=_')).body).toEqual([]);
    expect((await officer.get<unknown[]>('/api/proposals?q=_')).status).toBe(200);
    expect((await officer.get<unknown[]>('/api/movements')).body.length).toBeGreaterThan(0);
    expect((await officer.get<unknown[]>('/api/movements?q=%25')).body).toEqual([]);
  });
});
