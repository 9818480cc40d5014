/**
 * Every route × every role × another commune, against one table of expectations (ROUTES below), and the
 * dossier access rule on every route that returns dossier data. Runs on SQLite and PostgreSQL.
 *
 * Adding a route: add its row to ROUTES ("METHOD /api/path/{param}" as in the OpenAPI document), giving
 * for each role, in the order ADMIN, CAN_BO_TDKT, CHU_TICH, THANH_VIEN_HD, TRUONG_DON_VI, XEM:
 *   '+' allowed (a GET answers 2xx; a change is not refused with 401/403),
 *   '-' refused (403, or 404 where the route hides what exists),
 *   's' scoped to the unit head's own unit (refused, or answered without another unit's dossier),
 * and `pub` when it needs no login. Every route is also called by each role of another commune: it must
 * answer 4xx when it names a record of the first commune, and never show that commune's data.
 * If the route returns a proposal's dossier, declare `config.dossier` on it (see dossier-guard.ts).
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/auth/roles';
import { daysFromToday, today } from '../db/test-db';
import { pdfBytes } from '../testing/sample-files';
import { type AuthzWorld, buildAuthzWorld, ROLE_ORDER } from './authz-world';
import { installDossierGuard, namesProposal } from './dossier-guard';
import {
  type BuiltRequest,
  type OpenApiDocument,
  type OpenApiOperation,
  requestFor,
  responseText,
  routeKey,
} from './route-requests';
import { type Client, startTestApp, TEST_ORIGIN, type TestApp } from './test-app';

interface Row {
  /** One character per role, in ROLE_ORDER: '+' allowed, '-' refused, 's' scoped to the own unit. */
  roles: string;
  /** Needs no login: anonymous and every commune get an answer (public data by design). */
  pub?: boolean;
  /** Query, body or path parameters to use instead of the ones made from the schema. */
  query?: Record<string, string>;
  body?: (w: AuthzWorld) => unknown;
  params?: Record<string, string>;
  /** Run after the other routes (1: it changes what others read; 2: it ends the session). */
  last?: 1 | 2;
  /** Statuses that also count as "allowed" for a GET (a document refused for missing data, 422). */
  ok?: number[];
  /** Statuses anonymous may get on a public route besides 2xx (a public vote without a valid token). */
  anon?: number[];
}
const r = (roles: string, more: Omit<Row, 'roles'> = {}): Row => ({ roles, ...more });
/** Bodies the schema alone cannot make valid (or that need a working login or a subject with records). */
const LOGIN = (w: AuthzWorld) => w.login;
const EVALUATE = (w: AuthzWorld) => ({
  awardCode: 'GK_XA_REGULAR',
  subjectKind: 'INDIVIDUAL',
  personId: w.ids.person,
  year: 2025,
});
const DISCLOSURE = (w: AuthzWorld) => ({
  title: 'Công khai danh sách kiểm thử',
  startsOn: today(),
  endsOn: daysFromToday(10),
  proposalIds: [w.ids.disclosedProposal],
});
const CALENDAR_DAY = () => ({
  code: `ngay-kiem-thu-${Math.random().toString(36).slice(2, 8)}`,
  monthDay: '09-15',
  name: 'Ngày kiểm thử phân quyền',
  kind: 'NGAY_KY_NIEM',
});
const NEW_USER = () => ({
  username: `kiem-thu-${Math.random().toString(36).slice(2, 8)}`,
  displayName: 'Người Kiểm Thử Quyền',
  role: 'XEM',
});
// into the commune itself: refused (not a unit) after the permission check, changes nothing
const MERGE = (w: AuthzWorld) => ({
  unitIds: [w.ids.units],
  intoId: w.tenantA,
  effectiveDate: w.today,
});
const pub = (more: Omit<Row, 'roles'> = {}): Row => ({ roles: '++++++', pub: true, ...more });
const ALL = '++++++';

// biome-ignore format: one row per route reads best as a table
const ROUTES: Record<string, Row> = {
  // API documentation (hidden from the OpenAPI document itself)
  'GET /api/docs':                                      pub(),
  'GET /api/docs/static/index.html':                    pub({ ok: [302] }),
  'GET /api/docs/static/swagger-initializer.js':        pub(),
  'GET /api/docs/json':                                 pub(),
  'GET /api/docs/yaml':                                 pub(),
  'GET /api/docs/static/*':                             pub(),
  // sign-in
  'POST /api/auth/login':                               pub({ body: LOGIN }),
  'POST /api/auth/logout':                              pub({ last: 2 }),
  'GET /api/auth/me':                                   r(ALL),
  'POST /api/auth/password':                            r(ALL), // the sampled current password is wrong: 400, not refused
  'GET /api/public/instance':                           pub(),
  'POST /api/setup':                                    pub(), // 409 once an account exists
  'GET /api/users':                                     r('+-----'),
  'POST /api/users/{id}/reset-password':                r('+-----', { last: 1 }),
  'POST /api/users/{id}/deactivate':                    r('+-----', { last: 1 }),
  'POST /api/users/{id}/reactivate':                    r('+-----', { last: 1 }),
  'POST /api/users':                                    r('+-----', { body: NEW_USER }),
  'PUT /api/users/{id}':                                r('+-----', { last: 1 }),
  // organisation and people
  'GET /api/units':                                     r(ALL),
  'GET /api/units/{id}':                                r(ALL),
  'GET /api/units/{id}/awards':                         r(ALL),
  'POST /api/units':                                    r('++----'),
  'PUT /api/units/{id}':                                r('++----', { last: 1 }),
  'POST /api/units/{id}/deactivate':                    r('++----', { last: 1 }),
  'POST /api/units/merge':                              r('++----', { last: 1, body: MERGE }),
  'POST /api/units/{id}/split':                         r('++----', { last: 1 }),
  'GET /api/commune/profile':                           r(ALL),
  'PUT /api/commune/profile':                           r('+-----'),
  'GET /api/people':                                    r('++++s+'),
  'POST /api/people':                                   r('++--s-'),
  'GET /api/households':                                r('++++s+'),
  'GET /api/people/search':                             r('++++s+'),
  'GET /api/people/{id}':                               r('++++s+'),
  'PUT /api/people/{id}':                               r('++--s-', { last: 1 }),
  'POST /api/people/{id}/deactivate':                   r('++--s-', { last: 1 }),
  'POST /api/people/{id}/reactivate':                   r('++--s-', { last: 1 }),
  'GET /api/households/{id}':                           r('++++s+'),
  'POST /api/households':                               r('++--s-'),
  'PUT /api/households/{id}':                           r('++--s-'),
  'POST /api/households/{id}/members':                  r('++--s-'),
  'DELETE /api/households/{id}/members/{personId}':     r('++--s-'),
  'POST /api/households/{id}/contributions':            r('++--s-'),
  'PUT /api/households/{id}/contributions/{itemId}':    r('++--s-'),
  'DELETE /api/households/{id}/contributions/{itemId}': r('++--s-'),
  'POST /api/households/{id}/violations':               r('++--s-'),
  'PUT /api/households/{id}/violations/{itemId}':       r('++--s-'),
  'DELETE /api/households/{id}/violations/{itemId}':    r('++--s-'),
  // movements, registrations, reviews, inbox, calendar, dashboard
  'GET /api/movements':                                 r(ALL),
  'POST /api/movements':                                r('++----'),
  'GET /api/movements/catalogue':                       r(ALL),
  'GET /api/movements/{id}':                            r(ALL),
  'PUT /api/movements/{id}':                            r('++----'),
  'POST /api/movements/{id}/transitions':               r('++----'),
  'POST /api/movements/{id}/launch':                    r('++----'),
  'GET /api/movements/{id}/registrations':              r('++++s+'),
  'POST /api/movements/{id}/registrations':             r('++--s-'),
  'PUT /api/registrations/{id}':                        r('++--s-'),
  'POST /api/movements/{id}/reminders':                 r('++----'),
  'GET /api/reviews':                                   r(ALL),
  'POST /api/reviews':                                  r('++----'),
  'GET /api/reviews/{id}':                              r('++++s+'),
  'PUT /api/reviews/{id}/scores':                       r('++--s-'),
  'POST /api/reviews/{id}/proposals':                   r('++----'),
  'POST /api/reviews/{id}/lock':                        r('+++---'),
  'PUT /api/reviews/{id}/assessment':                   r('++----'),
  'PUT /api/reviews/{id}/units/{unitId}/assessment':    r('++--s-'),
  'GET /api/inbox':                                     r('++++s+'),
  'GET /api/inbox/count':                               r('++++s+'),
  'GET /api/inbox/deadlines':                           r('++++s+'),
  'POST /api/inbox/{id}/done':                          r('++--s-'),
  'GET /api/calendar-days':                             r(ALL),
  'GET /api/deadlines':                                 r(ALL),
  'POST /api/calendar-days':                            r('++----', { body: CALENDAR_DAY }),
  'GET /api/calendar-days/suggestions':                 r(ALL),
  'PUT /api/calendar-days/{id}':                        r('++----', { body: CALENDAR_DAY }),
  'DELETE /api/calendar-days/{id}':                     r('++----'),
  'POST /api/calendar-days/defaults':                   r('++----'),
  'GET /api/dashboard':                                 r('++++s+'),
  // proposals (dossiers) and the law
  'GET /api/proposals':                                 r('++++s+'),
  'POST /api/proposals':                                r('++--s-'),
  'GET /api/proposals/{id}':                            r('++++s+'),
  'PUT /api/proposals/{id}':                            r('++--s-'),
  'POST /api/proposals/{id}/actions/{action}':          r('++--s-'),
  'GET /api/proposals/{id}/law':                        r('++++s+'),
  'POST /api/proposals/{id}/law-override':              r('+++-s-'),
  'GET /api/proposals/{id}/quota':                      r('++++s+'),
  'POST /api/law/evaluate':                             r('++++s+', { body: EVALUATE }),
  'GET /api/law/quota-check':                           r('++++s+'),
  // the commune's counts only, no names: every role (the unit head sees the room left before submitting)
  'GET /api/law/quota-status':                          r(ALL),
  'GET /api/law/suggestions':                           r('++++s+'),
  'GET /api/law/settings':                              r(ALL),
  'PUT /api/law/settings':                              r('+-----'),
  'POST /api/law/base-salaries':                        r('+-----'),
  // a commune's history: lookup, award card, entries
  'GET /api/history/subjects':                          r('++++s+'),
  'GET /api/history/{kind}/{id}':                       r('++++s+'),
  'GET /api/history/{kind}/{id}/eligibility':           r('++++s+'),
  'GET /api/history/{kind}/{id}/card.docx':             r('++++s+'),
  'GET /api/history/{kind}/{id}/card.xlsx':             r('++++s+'),
  'POST /api/history/awards':                           r('++--s-'),
  'PUT /api/history/awards/{id}':                       r('++--s-'),
  'DELETE /api/history/awards/{id}':                    r('++--s-'),
  'POST /api/history/initiatives':                      r('++--s-'),
  'PUT /api/history/initiatives/{id}':                  r('++--s-'),
  'DELETE /api/history/initiatives/{id}':               r('++--s-'),
  'POST /api/history/disciplines':                      r('++--s-'),
  'PUT /api/history/disciplines/{id}':                  r('++--s-'),
  'DELETE /api/history/disciplines/{id}':               r('++--s-'),
  'POST /api/history/pending-matters':                  r('++--s-'),
  'PUT /api/history/pending-matters/{id}':              r('++--s-'),
  'POST /api/history/pending-matters/{id}/close':       r('++--s-'),
  'DELETE /api/history/pending-matters/{id}':           r('++--s-'),
  // decisions, awards, certificates, fund
  'GET /api/decisions':                                 r(ALL),
  'POST /api/decisions':                                r('--+---'),
  'GET /api/decisions/{id}':                            r(ALL),
  'GET /api/awards':                                    r(ALL),
  'POST /api/decisions/preview':                        r(ALL),
  'POST /api/decisions/{id}/revoke':                    r('--+---', { last: 1 }),
  'GET /api/revocation-grounds':                        pub(),
  'GET /api/decisions/{id}/certificates.pdf':           r(ALL),
  'GET /api/awards/{id}/certificate.pdf':               r(ALL),
  'GET /api/funds/{year}':                              r(ALL),
  'PUT /api/funds/{year}':                              r('+++---'),
  // documents
  'GET /api/plans/{id}/document.docx':                  r(ALL),
  'GET /api/decisions/{id}/document.docx':              r(ALL),
  'GET /api/decisions/{id}/awardees.xlsx':              r(ALL),
  'GET /api/decisions/{id}/certificates-preview.pdf':   r(ALL),
  'GET /api/proposals/{id}/report.docx':                r('++++s+'),
  'GET /api/proposals/memo.docx':                       r('++++-+'),
  'GET /api/meetings/{id}/memo.docx':                   r('++++s+', { ok: [422] }),
  'GET /api/meetings/{id}/minutes.docx':                r('++++s+', { ok: [422] }),
  'GET /api/reports/year-end.docx':                     r('++++-+'),
  'GET /api/reports/statistics.xlsx':                   r('++++-+'),
  'GET /api/audit':                                     r('+++---'),
  // public disclosure (officer side)
  'GET /api/disclosures':                               r(ALL),
  'POST /api/disclosures':                              r('++----', { body: DISCLOSURE }),
  'GET /api/disclosures/{id}':                          r('++++s+'),
  'POST /api/objections/{id}/resolve':                  r('++----'),
  // council, meetings, ballots
  'GET /api/council/members':                           r(ALL),
  'POST /api/council/members':                          r('+++---'),
  'POST /api/council/members/{id}/end':                 r('+++---', { last: 1 }),
  'GET /api/council/voting-accounts':                   r('+++---'),
  'PUT /api/council/members/{id}/user':                 r('+++---', { last: 1 }),
  'GET /api/meetings':                                  r(ALL),
  'POST /api/meetings':                                 r('++----'),
  'GET /api/meetings/{id}':                             r('++++s+'),
  'GET /api/meetings/{id}/version':                     r('++++s+'),
  'PUT /api/meetings/{id}/attendance':                  r('++----'),
  'POST /api/meetings/{id}/open':                       r('+++---'),
  'POST /api/meetings/{id}/current':                    r('+++---'),
  'POST /api/meetings/{id}/conflicts':                  r('++----'),
  'POST /api/meetings/{id}/items/{proposalId}/outcome': r('+++---'),
  'POST /api/meetings/{id}/close':                      r('+++---'),
  'POST /api/meetings/{id}/ballots':                    r('+++---'),
  'POST /api/ballots/{id}/token':                       r('---+--'),
  'POST /api/ballots/{id}/paper-voters':                r('++----'),
  'POST /api/ballots/{id}/paper-votes':                 r('++----'),
  'POST /api/ballots/{id}/written-votes':               r('++----'),
  'POST /api/ballots/{id}/close':                       r('+++---'),
  // targets, plans, ratings
  'GET /api/targets':                                   r(ALL),
  'POST /api/targets':                                  r('++----'),
  'PUT /api/targets/{id}':                              r('++----'),
  'POST /api/targets/{id}/progress':                    r('++--s-'),
  'DELETE /api/targets/{id}/progress/{entryId}':        r('++--s-'),
  'GET /api/plans':                                     r(ALL),
  'POST /api/plans':                                    r('++----'),
  'GET /api/plans/{id}':                                r(ALL),
  'PUT /api/plans/{id}':                                r('++----'),
  'POST /api/plans/{id}/issue':                         r('+++---'),
  'POST /api/plans/{id}/reopen':                        r('+++---'),
  'GET /api/ratings':                                   r('++++s+'),
  'PUT /api/ratings':                                   r('++--s-'),
  'GET /api/ratings/template.xlsx':                     r('++++s+'),
  'POST /api/ratings/import':                           r('++--s-'),
  // Excel intake of a commune's data
  'GET /api/intake/{kind}/template.xlsx':                r('++----', { params: { kind: 'people' } }),
  'POST /api/intake/{kind}/import':                     r('++----', { params: { kind: 'people' } }),
  'GET /api/intake/jobs/{id}':                          r('++----', { ok: [404] }),
  // typical examples
  'GET /api/examples':                                  r('++++s+'),
  'POST /api/examples':                                 r('++--s-'),
  'GET /api/examples/{id}':                             r('++++s+'),
  'PUT /api/examples/{id}':                             r('++----'),
  'POST /api/examples/{id}/transitions':                r('++----'),
  'POST /api/examples/{id}/evidence':                   r('++----'),
  'POST /api/examples/{id}/media':                      r('++----'),
  'POST /api/examples/{id}/nurturing':                  r('++----'),
  'POST /api/examples/{id}/replications':               r('++----'),
  'POST /api/examples/{id}/awards':                     r('++----'),
  'POST /api/examples/{id}/propose':                    r('++----'),
  // no login: certificate check, public disclosure, ballot receipts and casting, typical examples
  'GET /api/public/verify/{code}':                      pub(),
  'GET /api/public/disclosures':                        pub(),
  'GET /api/public/disclosures/{id}':                   pub(),
  'POST /api/public/disclosures/{id}/objections':       pub(),
  'GET /api/public/ballots/{id}':                       pub(),
  'GET /api/public/ballots/{id}/recount':               pub({ ok: [409], anon: [409] }), // the world's ballot is open: counted only after close
  'POST /api/public/ballots/{id}/votes':                pub({ anon: [403, 409] }),
  'GET /api/public/examples':                           pub(),
  // files attached to records (here: the test proposal's; the record's own rule narrows the role's)
  'GET /api/attachments':                               r('++++s+'),
  'POST /api/attachments':                              r('++--s-', { body: () => Buffer.from(pdfBytes()) }),
  'GET /api/attachments/{id}/content':                  r('++++s+'),
  'DELETE /api/attachments/{id}':                       r('++--s-', { last: 1 }),
};

let t: TestApp;
let w: AuthzWorld;
let doc: OpenApiDocument;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
  w = await buildAuthzWorld(t);
  doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).body) as OpenApiDocument;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const operation = (method: string, url: string): OpenApiOperation | undefined =>
  doc.paths[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];

function pathIds(segment: string, param: string): string {
  const byParam: Record<string, string | undefined> = {
    code: w.ids.verify,
    year: w.ids.year,
    unitId: w.ids.reviewUnit,
    entryId: w.ids.progress,
    proposalId: w.proposal,
    action: 'submit',
    kind: 'person',
  };
  const value =
    param === 'id'
      ? (w.ids[segment === 'members' ? 'council/members' : segment === ':kind' ? 'person' : segment] ??
        'absent')
      : (byParam[param] ?? 'absent');
  return value ?? 'absent';
}

const bodyIds = () => ({
  proposalId: w.proposal,
  proposalIds: [w.proposal],
  personId: w.ids.person ?? '',
  unitId: w.ids.units ?? '',
  unitIds: [w.ids.units ?? ''],
  ids: w.proposal,
  disclosedProposal: w.ids.disclosedProposal ?? '',
  subjectUnitId: w.ids.units ?? '',
  memberId: w.ids.member ?? '',
  movementId: w.ids.movements ?? '',
  awardCode: 'GK_XA_REGULAR',
  ownerId: w.proposal,
  subjectId: w.ids.person ?? '',
});

function build(method: string, url: string, row: Row | undefined): BuiltRequest {
  const { body, ...rest } = row ?? {};
  return requestFor(method, url, operation(method, url), pathIds, bodyIds(), w.today, {
    ...rest,
    ...(body ? { body: body(w) } : {}),
  });
}

interface Answer {
  status: number;
  text: string;
  json: unknown;
}

async function call(client: Client | null, req: BuiltRequest): Promise<Answer> {
  const res = await t.app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers: {
      origin: TEST_ORIGIN,
      ...(client?.cookie ? { cookie: client.cookie } : {}),
      // a file's bytes (an upload route's body)
      ...(Buffer.isBuffer(req.body) ? { 'content-type': 'application/octet-stream' } : {}),
    },
    ...(req.body === undefined ? {} : { payload: req.body as object }),
  });
  const text = await responseText(String(res.headers['content-type'] ?? ''), res.rawPayload);
  let json: unknown = null;
  try {
    json = JSON.parse(res.body);
  } catch {
    json = null;
  }
  return { status: res.statusCode, text, json };
}

const found = (text: string, markers: readonly string[]) => markers.filter((m) => text.includes(m));

describe('the dossier access rule, on every route that returns dossier data', () => {
  it('a route whose path names a proposal declares how it applies the rule, or the server does not start', async () => {
    const undeclared = t.app.routeInventory.filter(
      (x) => namesProposal(x.url) && !(x.dossier && 'param' in x.dossier),
    );
    expect(undeclared.map((x) => `${x.method} ${x.url}`)).toEqual([]);
    expect(t.app.routeInventory.filter((x) => namesProposal(x.url)).length).toBeGreaterThanOrEqual(7);

    const bare = Fastify();
    installDossierGuard(bare, t.handle.db);
    expect(() => bare.get('/proposals/:id/new-view', async () => ({}))).toThrow(
      /GET \/proposals\/:id\/new-view names a proposal but does not declare config\.dossier/,
    );
    await bare.close();
  });

  it('a member or officer with a declared conflict gets the public part only; a colleague without one gets the full dossier', async () => {
    const declared = t.app.routeInventory.filter((x) => x.dossier);
    const failures: string[] = [];
    for (const route of declared.sort(
      (x, y) => (x.method === 'GET' ? 0 : 1) - (y.method === 'GET' ? 0 : 1),
    )) {
      const key = routeKey(route.method, route.url);
      const req = build(route.method, route.url, ROUTES[key]);
      for (const [who, client] of [
        ['conflicted member', w.conflictedMember],
        ['conflicted officer', w.conflictedOfficer],
      ] as const) {
        const a = await call(client, req);
        const leaked = found(a.text, w.privateMarkers);
        if (leaked.length) failures.push(`${key} as ${who}: shows the private part (${leaked.join(' | ')})`);
        if (a.status >= 500) failures.push(`${key} as ${who}: ${a.status}`);
        if (
          route.dossier &&
          'param' in route.dossier &&
          route.dossier.param &&
          req.url.includes(w.proposal)
        ) {
          const body = a.json as { access?: string; code?: string } | null;
          if (
            route.dossier.part === 'full-only' &&
            body?.code !== 'CONFLICT_OF_INTEREST' &&
            !(a.status === 403 && body?.code === 'FORBIDDEN')
          ) {
            failures.push(
              `${key} as ${who}: expected 403 CONFLICT_OF_INTEREST, got ${a.status} ${a.text.slice(0, 120)}`,
            );
          }
          if (route.dossier.part === 'public-view' && route.method === 'GET' && body?.access !== 'PUBLIC') {
            failures.push(
              `${key} as ${who}: expected the public part (access PUBLIC), got ${a.status} ${a.text.slice(0, 120)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);

    // The same readers without a conflict see the private part where the dossier shows it.
    const fullReads: [Client, string][] = [
      [w.a.THANH_VIEN_HD, `/api/proposals/${w.proposal}`],
      [w.a.THANH_VIEN_HD, '/api/proposals'],
      [w.a.THANH_VIEN_HD, `/api/meetings/${w.ids.meetings}`],
      [w.a.THANH_VIEN_HD, `/api/proposals/${w.proposal}/report.docx`],
      [w.a.CAN_BO_TDKT, `/api/proposals/memo.docx?ids=${w.proposal}`],
      [w.a.CAN_BO_TDKT, `/api/audit?entityType=proposal&entityId=${w.proposal}`],
    ];
    for (const [client, url] of fullReads) {
      const full = await call(client, { method: 'GET', url, namesIds: true });
      expect({ url, status: full.status, shows: found(full.text, w.privateMarkers).length > 0 }).toEqual({
        url,
        status: 200,
        shows: true,
      });
      for (const conflicted of [w.conflictedMember, w.conflictedOfficer]) {
        const part = await call(conflicted, { method: 'GET', url, namesIds: true });
        expect({ url, leaked: found(part.text, w.privateMarkers) }).toEqual({ url, leaked: [] });
      }
    }
    const verdict = await call(w.a.THANH_VIEN_HD, {
      method: 'GET',
      url: `/api/proposals/${w.proposal}/law`,
      namesIds: true,
    });
    expect(verdict.status).toBe(200);
    const detail = (
      await call(w.conflictedMember, { method: 'GET', url: `/api/proposals/${w.proposal}`, namesIds: true })
    ).json as Record<string, unknown>;
    expect(Object.keys(detail).sort()).toEqual([
      'access',
      'achievement',
      'actions',
      'awardCode',
      'id',
      'note',
      'status',
      'subjectKind',
      'subjectName',
      'unitId',
      'unitName',
      'year',
    ]);
    expect(detail.note).toMatch(/xung đột lợi ích/);
  });

  it('the law is not re-run for a conflicted reader on the subject of that dossier (any route), but is for the others', async () => {
    const body = { awardCode: 'LDTT', subjectKind: 'INDIVIDUAL', personId: w.ids.person, year: 2025 };
    for (const c of [w.conflictedMember, w.conflictedOfficer]) {
      const res = await call(c, { method: 'POST', url: '/api/law/evaluate', body, namesIds: true });
      expect({ status: res.status, code: (res.json as { code?: string }).code }).toEqual({
        status: 403,
        code: 'CONFLICT_OF_INTEREST',
      });
      const s = await call(c, {
        method: 'GET',
        url: `/api/law/suggestions?year=2025&unitId=${w.ids.units}`,
        namesIds: true,
      });
      expect(s.status).toBe(200);
      expect(s.text).not.toContain(w.ids.person);
    }
    expect(
      (await call(w.a.THANH_VIEN_HD, { method: 'POST', url: '/api/law/evaluate', body, namesIds: true }))
        .status,
    ).toBe(200);
  });

  it('no route at all shows the private part of the dossier to a conflicted reader (GET routes, every one)', async () => {
    const failures: string[] = [];
    for (const route of t.app.routeInventory.filter((x) => x.method === 'GET' && x.url.startsWith('/api/'))) {
      const key = routeKey(route.method, route.url);
      const req = build(route.method, route.url, ROUTES[key]);
      for (const c of [w.conflictedMember, w.conflictedOfficer]) {
        const leaked = found((await call(c, req)).text, w.privateMarkers);
        if (leaked.length)
          failures.push(
            `${key} returns dossier data to a conflicted reader: declare config.dossier and apply the rule (${leaked.join(' | ')})`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('route inventory: every route × every role × another commune', () => {
  it('every registered route has a row, and every row a route', () => {
    const keys = new Set(t.app.routeInventory.map((x) => routeKey(x.method, x.url)));
    const missing = [...keys]
      .filter((k) => !ROUTES[k])
      .map((k) => `add a row to ROUTES in src/server/http/route-inventory.test.ts for "${k}"`);
    const stale = Object.keys(ROUTES)
      .filter((k) => !keys.has(k))
      .map((k) => `remove the row "${k}": no such route any more`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it('each role gets what its row says; anonymous 401; another commune gets nothing of this one', async () => {
    const failures: string[] = [];
    let requests = 0;
    const routes = [...t.app.routeInventory].sort((x, y) => {
      const rank = (r: { method: string; url: string }) =>
        2 + (ROUTES[routeKey(r.method, r.url)]?.last ?? (r.method === 'GET' ? -2 : -1));
      return rank(x) - rank(y);
    });
    for (const route of routes) {
      const key = routeKey(route.method, route.url);
      const row = ROUTES[key] ?? (process.env.DISCOVER ? r('??????') : undefined);
      if (!row) continue; // reported by the test above
      const req = build(route.method, route.url, row);
      const fail = (who: string, a: Answer, what: string) =>
        failures.push(
          `${key} as ${who}: ${what} (got ${a.status} ${a.text.slice(0, 160).replace(/\s+/g, ' ')})`,
        );

      requests++;
      const anon = await call(null, req);
      if (anon.status >= 500) fail('anonymous', anon, 'no 5xx');
      else if (!row.pub && anon.status !== 401) fail('anonymous', anon, 'expected 401');
      else if (row.pub && (anon.status === 401 || anon.status === 403) && !row.anon?.includes(anon.status))
        fail('anonymous', anon, 'public route refused');

      for (const role of ROLE_ORDER) {
        requests++;
        const a = await call(w.b[role], req);
        if (a.status >= 500) fail(`${role} of another commune`, a, 'no 5xx');
        else if (!row.pub) {
          // 409 would say the record exists (a state conflict on it): only "not found", refused or invalid.
          if (req.namesIds && ![400, 403, 404, 422].includes(a.status))
            fail(
              `${role} of another commune`,
              a,
              "expected 404 (or 403/400/422): the request names the first commune's records",
            );
          const seen = found(a.text, w.communeMarkers);
          if (seen.length)
            fail(`${role} of another commune`, a, `shows the first commune's data: ${seen.join(', ')}`);
        }
      }

      const order = ROLE_ORDER.map((role, i) => [role, row.roles[i] ?? '?'] as const).sort(
        (x, y) => (x[1] === '+' ? 1 : 0) - (y[1] === '+' ? 1 : 0),
      );
      for (const [role, expect] of order) {
        requests++;
        const a = await call(w.a[role as Role], req);
        if (process.env.DISCOVER)
          console.log(`DISCOVER ${key} ${role} ${a.status} ${a.text.slice(0, 100).replace(/\s+/g, ' ')}`);
        if (a.status >= 500) fail(role, a, 'no 5xx');
        else if (expect === '+') {
          if (route.method === 'GET' && (a.status < 200 || a.status > 299) && !row.ok?.includes(a.status))
            fail(role, a, 'expected 2xx');
          if (a.status === 401 || a.status === 403) fail(role, a, 'expected allowed');
        } else if (expect === '-') {
          if (a.status !== 403 && a.status !== 404) fail(role, a, 'expected 403 or 404');
        } else if (expect === 's') {
          if (a.status === 401) fail(role, a, 'expected an answer scoped to the own unit');
          const seen = found(a.text, [w.proposal, ...w.privateMarkers]);
          if (a.status < 400 && seen.length)
            fail(role, a, `shows another unit's dossier: ${seen.join(', ')}`);
        } else fail(role, a, `unknown expectation "${expect}" in the row`);
      }
    }
    console.log(
      `route inventory: ${routes.length} routes, ${requests} requests (anonymous + ${ROLE_ORDER.length} roles × 2 communes each)`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
