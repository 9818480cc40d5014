import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsApi } from '../../contract/organisations';
import { startWorld, type World } from '../testing/test-world';
import { jsonDeeperThan, parseJsonBody } from './json-body';
import { type Client, TEST_ORIGIN, type TestApp } from './test-app';

let w: World;
let t: TestApp;
let officer: Client;
beforeAll(async () => {
  w = await startWorld();
  t = w.t;
  officer = w.officer;
});
afterAll(async () => {
  await w?.close();
});

const VOTE_URL = '/api/public/ballots/khong-co/votes';
/** Nothing but brackets: what an anonymous visitor can post to a public route. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('JSON bodies: depth, size, UTF-8, NFC', () => {
  it('counts depth outside strings only', () => {
    expect(jsonDeeperThan('{"a":[[1]]}', 3)).toBe(false);
    expect(jsonDeeperThan('{"a":[[[1]]]}', 3)).toBe(true);
    expect(jsonDeeperThan('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
  });

  it('refuses a deeply nested body on a public route before parsing it', async () => {
    // 250 arrays nested 1 900 deep: under 1 MB, and JSON.parse spends some 0.5 s of CPU building it
    const body = `[${Array(250).fill(nested(1900)).join(',')}]`;
    const res = await t.app.inject({
      method: 'POST',
      url: VOTE_URL,
      payload: body,
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'JSON_TOO_DEEP',
      message: expect.stringContaining('lồng nhau quá sâu'),
    });
    // CPU time, not wall time, so a busy test machine does not decide the result
    const before = process.cpuUsage();
    for (let i = 0; i < 5; i++) expect(() => parseJsonBody(Buffer.from(body))).toThrow('lồng nhau quá sâu');
    const used = process.cpuUsage(before);
    const cpuMs = (used.user + used.system) / 1000 / 5;
    console.info(`[json-body] refusing a 1 MB body nested 1 900 deep: ${cpuMs.toFixed(1)} ms CPU`);
    expect(cpuMs).toBeLessThan(100);
    const normal = await officer.attempt(organisationsApi.listUnits, {});
    expect(normal.status).toBe(200);
  });

  it('keeps a 1 MB limit on JSON bodies of ordinary routes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
      payload: JSON.stringify({ username: 'x'.repeat(1024 * 1024 + 10), password: 'y' }),
    });
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body).code).toBe('TOO_LARGE');
  });

  it('refuses invalid UTF-8 in bodies and query strings instead of storing replacement characters', async () => {
    const unitId = w.units.village;
    const json = Buffer.concat([
      Buffer.from('{"fullName":"Nguy'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`n Văn A","gender":"NAM","category":"CONG_CHUC","unitId":"${unitId}"}`),
    ]);
    const cookie = officer.cookie ?? '';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      payload: json,
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'BAD_ENCODING',
      message: 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.',
    });
    const people = await officer.api.call(organisationsApi.listPeople, {});
    expect(people.some((p) => p.fullName.includes('\uFFFD'))).toBe(false);
    const query = await t.app.inject({
      method: 'GET',
      url: '/api/people?q=Nguy%C3%28n',
      headers: { cookie },
    });
    expect(query.statusCode).toBe(400);
    expect(JSON.parse(query.body).code).toBe('BAD_ENCODING');
  });

  it('stores a name typed in NFD (macOS) as NFC, so both spellings are one text and one search', async () => {
    const nfc = 'Lê Thị Ngọc Ánh';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const created = await officer.attempt(organisationsApi.createPerson, {
      body: { fullName: nfd, gender: 'NU', category: 'CONG_CHUC', unitId: w.units.village },
    });
    expect(created.status).toBe(201);
    const byNfc = await officer.api.call(organisationsApi.listPeople, { query: { q: nfc } });
    expect(byNfc.map((p) => p.id)).toEqual([created.body.id]);
    expect(byNfc[0]?.fullName).toBe(nfc);
    const byNfd = await officer.api.call(organisationsApi.listPeople, { query: { q: nfd } });
    expect(byNfd.map((p) => p.id)).toEqual([created.body.id]);
  });
});
