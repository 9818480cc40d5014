/**
 * A test's own world: an empty commune (as at a first start) filled through the API and the use cases with a
 * few units, one signed-in user per role, a council and people, plus factories that build records in a named
 * state. Tests find records by the ids made here, never by the demo seed's names.
 *
 *   const w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
 *   const id = await w.person({ unitId: w.units.school });
 *   const p = await w.proposal({ personId: id, state: 'FORWARDED' });
 */

import { randomUUID } from 'node:crypto';
import { authApi } from '../../contract/accounts';
import { councilApi } from '../../contract/council';
import { decisionsApi } from '../../contract/decisions';
import type { Input } from '../../contract/endpoint';
import { examplesApi, type NewExample } from '../../contract/examples';
import { movementsApi } from '../../contract/movements';
import { type NewPerson, organisationsApi } from '../../contract/organisations';
import { type ProposalBody, type ProposalDetail, proposalsApi } from '../../contract/proposals';
import { ratingsApi } from '../../contract/ratings';
import { type TargetInput, targetsApi } from '../../contract/targets';
import type { Role } from '../../core/auth/roles';
import type { CouncilRole } from '../../core/council/council-terms';
import type { InitiativeLevel, RatingCode } from '../../core/law';
import type { OrgKind } from '../../core/people/org-kinds';
import type { PersonCategory } from '../../core/people/person-categories';
import { foldVietnamese } from '../../core/text';
import { hashPassword } from '../auth/passwords';
import { type Clock, fixedClock, isoNow, todayIn } from '../clock';
import { newId } from '../db/ids';
import type { SecurityOptions } from '../http/security-options';
import { type Client, client, startTestApp, type TestApp } from '../http/test-app';

/** Every account of the world signs in with this password. */
export const WORLD_PASSWORD = 'Thu-nghiem-2026!';
export const WORLD_COMMUNE = 'Xã Thử Nghiệm';

export type ProposalState = 'DRAFT' | 'SUBMITTED' | 'FORWARDED' | 'APPROVED' | 'DECIDED';

export interface PersonSpec {
  unitId?: string;
  fullName?: string;
  category?: PersonCategory;
  gender?: 'NAM' | 'NU';
  birthYear?: number | null;
  position?: string | null;
  isLeader?: boolean;
  /** Số định danh cá nhân (12 digits) and the rest of the full record. */
  citizenId?: string | null;
  birthDate?: string | null;
  ethnicity?: NewPerson['ethnicity'];
  leaderTier?: NewPerson['leaderTier'];
  directWorker?: boolean;
  householdId?: string | null;
}

export interface UnitSpec {
  name?: string;
  kind?: OrgKind;
  /** The parent unit; the commune by default. */
  parentId?: string;
  members?: number | null;
  /** A unit merged away on this date (inactive since). */
  inactiveSince?: string;
  /** The units this one succeeds (a merger), recorded on `inactiveSince` of each or this date. */
  predecessorIds?: string[];
  mergedOn?: string;
}

export interface ProposalSpec {
  state?: ProposalState;
  /** An individual (the default: a new person of `unitId`) … */
  personId?: string;
  /** … or a collective: this unit. */
  subjectUnitId?: string;
  /** The proposing unit (the subject's own by default). */
  unitId?: string;
  awardCode?: string;
  year?: number;
  achievement?: string;
  movementId?: string | null;
  /** Who drafts and moves it (the officer by default). */
  by?: Client;
  decisionDate?: string;
}

/** A proposal built by the world: its id, state and (when decided) its decision. */
export interface MadeProposal {
  id: string;
  status: ProposalDetail['status'];
  unitId: string;
  decisionId: string | null;
}

export interface World {
  t: TestApp;
  tenantId: string;
  clock: Clock;
  /** The commune's name and its units, by role in the tests. */
  commune: { id: string; name: string };
  units: {
    /** A village (thôn). */
    village: string;
    /** A school, the unit head's unit. */
    school: string;
    /** A mass organisation (hội). */
    association: string;
    /** A small collective inside the school (tổ). */
    collective: string;
  };
  admin: Client;
  officer: Client;
  chair: Client;
  member: Client;
  unitHead: Client;
  viewer: Client;
  anonymous: Client;
  /** The user ids of the role clients and the people linked to them. */
  ids: Record<'admin' | 'officer' | 'chair' | 'member' | 'unitHead' | 'viewer', string>;
  people: { officer: string; chair: string; member: string; unitHead: string };
  /** Council member ids (chair, officer as standing member, member). */
  council: { chair: string; officer: string; member: string };
  /** Today by the world's clock (Vietnam's date). */
  today(): string;
  person(spec?: PersonSpec): Promise<string>;
  unit(spec?: UnitSpec): Promise<string>;
  /** A new account of `role` (with a person when `personId`), signed in. */
  user(
    role: Role,
    spec?: { unitId?: string | null; personId?: string | null; username?: string; displayName?: string },
  ): Promise<{ client: Client; id: string; username: string }>;
  /** A council member (a new person and account unless `personId`). */
  councilMember(spec?: {
    role?: CouncilRole;
    personId?: string;
    termFrom?: string;
    /** The account's role (a council member by default; an officer may sit on the council too). */
    userRole?: Role;
    /** The account's unit (for a unit head who sits on the council). */
    unitId?: string;
    fullName?: string;
  }): Promise<{ id: string; personId: string; client: Client; userId: string }>;
  /** A council member with no account (votes on paper). */
  paperMember(spec?: { role?: CouncilRole; fullName?: string }): Promise<{ id: string; personId: string }>;
  /**
   * A second commune in the same database (as a multi-commune installation holds), with an officer, a
   * chairman and one unit; its rows are inserted (setup makes only the first commune).
   */
  secondCommune(): Promise<{ tenantId: string; unitId: string; officer: Client; chair: Client }>;
  rating(personId: string, year: number, rating: RatingCode): Promise<void>;
  /** A recognised initiative (sáng kiến) of a person (no route records them: inserted). */
  initiative(personId: string, year: number, level?: InitiativeLevel): Promise<void>;
  /** A target of a year (the village responsible by default) with its progress reports, through the API. */
  target(
    spec: Partial<TargetInput> & { year: number; code: string; planned: number },
    progress?: { date: string; value: number }[],
  ): Promise<string>;
  movement(
    spec?: Partial<Input<typeof movementsApi.createMovement>['body']> & {
      state?: 'DRAFT' | 'LAUNCHED';
    },
  ): Promise<string>;
  proposal(spec?: ProposalSpec): Promise<MadeProposal>;
  /**
   * A typical example (điển hình) of a new person of the village by default, through the API, moved to
   * `stage`: discovered on 2024-03-05, nurtured on 2024-03-20, summed up on 2024-08-15 (shown to citizens).
   */
  example(spec?: Partial<NewExample> & { stage?: 'DISCOVERED' | 'NURTURING' | 'SUMMED_UP' }): Promise<string>;
  signIn(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

let seq = 0;
const tag = () => `${randomUUID().slice(0, 4)}${(++seq).toString(36)}`;

/** Starts a server on an empty commune and builds the world in it. */
export async function startWorld(
  opts: { clock?: Clock; security?: SecurityOptions; logger?: object; maxUploadBytes?: number } = {},
): Promise<World> {
  const clock = opts.clock ?? fixedClock('2026-03-02T02:00:00Z');
  const t = await startTestApp({
    demo: false,
    clock,
    ...(opts.security ? { security: opts.security } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.maxUploadBytes ? { maxUploadBytes: opts.maxUploadBytes } : {}),
  });
  const db = t.handle.db;
  const hash = await hashPassword(WORLD_PASSWORD);

  const signIn = async (username: string, password = WORLD_PASSWORD): Promise<Client> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
    return client(t.app, String(res.headers['set-cookie'] ?? '').split(';')[0]);
  };

  // First start: the commune and its administrator, through the setup use case's route.
  const setup = await t.anonymous.api.call(authApi.setup, {
    body: {
      communeName: WORLD_COMMUNE,
      communeCode: 'X-THUNGHIEM',
      username: 'quantri',
      displayName: 'Quản trị xã',
      password: WORLD_PASSWORD,
      passwordConfirm: WORLD_PASSWORD,
    },
  });
  const tenantId = setup.tenantId;
  (t as { tenantId: string }).tenantId = tenantId;

  // Units and accounts inserted directly (faster than the administration routes, which have their own tests).
  const unit = async (spec: UnitSpec = {}): Promise<string> => {
    const id = newId();
    const name = spec.name ?? `Đơn vị thử ${tag()}`;
    const kind = spec.kind ?? 'DOAN_THE';
    await db
      .insertInto('organisations')
      .values({
        id,
        tenant_id: tenantId,
        parent_id: spec.parentId ?? tenantId,
        level: kind === 'TO' ? 'TO' : 'DON_VI',
        kind,
        code: `TN-${tag().toUpperCase()}`,
        name,
        short_name: null,
        search_text: foldVietnamese(name),
        member_count: spec.members === undefined ? 10 : spec.members,
        active_from: null,
        active_to: spec.inactiveSince ?? null,
        created_at: isoNow(clock),
      })
      .execute();
    for (const pre of spec.predecessorIds ?? []) {
      await db
        .insertInto('org_lineage')
        .values({
          id: newId(),
          tenant_id: tenantId,
          successor_id: id,
          predecessor_id: pre,
          effective_date: spec.mergedOn ?? todayIn(clock),
          basis: 'Nghị quyết sáp nhập (thử nghiệm)',
        })
        .execute();
    }
    return id;
  };

  const user: World['user'] = async (role, spec = {}) => {
    const id = newId();
    const username = spec.username ?? `u-${role.toLowerCase()}-${tag()}`;
    await db
      .insertInto('users')
      .values({
        id,
        tenant_id: tenantId,
        username,
        password_hash: hash,
        display_name: spec.displayName ?? username,
        role,
        unit_id: spec.unitId ?? null,
        person_id: spec.personId ?? null,
        active: 1,
        created_at: isoNow(clock),
      })
      .execute();
    return { client: await signIn(username), id, username };
  };

  const admin = await signIn('quantri');
  const units = {
    village: await unit({ name: 'Thôn Thử Nghiệm', kind: 'THON', members: 300 }),
    school: await unit({ name: 'Trường Tiểu học Thử Nghiệm', kind: 'TRUONG', members: 31 }),
    association: await unit({ name: 'Hội Nông dân Thử Nghiệm', kind: 'DOAN_THE', members: 12 }),
    collective: '',
  };
  units.collective = await unit({
    name: 'Tổ chuyên môn Thử Nghiệm',
    kind: 'TO',
    parentId: units.school,
    members: 8,
  });

  // People through the API (the administrator may add people).
  const person = async (spec: PersonSpec = {}): Promise<string> =>
    (
      await admin.api.call(organisationsApi.createPerson, {
        body: {
          fullName: spec.fullName ?? `Người Thử ${tag()}`,
          gender: spec.gender ?? 'NAM',
          birthYear: spec.birthYear === undefined ? (spec.birthDate ? null : 1985) : spec.birthYear,
          position: spec.position === undefined ? 'Chuyên viên' : spec.position,
          category: spec.category ?? 'CONG_CHUC',
          unitId: spec.unitId ?? units.association,
          ...(spec.isLeader !== undefined ? { isLeader: spec.isLeader } : {}),
          ...(spec.citizenId !== undefined ? { citizenId: spec.citizenId } : {}),
          ...(spec.birthDate !== undefined ? { birthDate: spec.birthDate } : {}),
          ...(spec.ethnicity !== undefined ? { ethnicity: spec.ethnicity } : {}),
          ...(spec.leaderTier !== undefined ? { leaderTier: spec.leaderTier } : {}),
          ...(spec.directWorker !== undefined ? { directWorker: spec.directWorker } : {}),
          ...(spec.householdId !== undefined ? { householdId: spec.householdId } : {}),
        },
      })
    ).id;

  const people = {
    officer: await person({ fullName: 'Cán Bộ Thi Đua Thử', gender: 'NU', category: 'CONG_CHUC' }),
    chair: await person({ fullName: 'Chủ Tịch Thử Nghiệm', category: 'CAN_BO', isLeader: true }),
    member: await person({ fullName: 'Ủy Viên Hội Đồng Thử', category: 'CAN_BO' }),
    unitHead: await person({
      fullName: 'Hiệu Trưởng Thử Nghiệm',
      category: 'VIEN_CHUC',
      unitId: units.school,
      isLeader: true,
    }),
  };
  const officerU = await user('CAN_BO_TDKT', {
    username: 'canbo-tn',
    displayName: 'Cán Bộ Thi Đua Thử',
    personId: people.officer,
  });
  const chairU = await user('CHU_TICH', {
    username: 'chutich-tn',
    displayName: 'Chủ Tịch Thử Nghiệm',
    personId: people.chair,
  });
  const memberU = await user('THANH_VIEN_HD', {
    username: 'hoidong-tn',
    displayName: 'Ủy Viên Hội Đồng Thử',
    personId: people.member,
  });
  const headU = await user('TRUONG_DON_VI', {
    username: 'truong-tn',
    displayName: 'Hiệu Trưởng Thử Nghiệm',
    personId: people.unitHead,
    unitId: units.school,
  });
  const viewerU = await user('XEM', { username: 'xem-tn', displayName: 'Người Xem Thử' });
  const officer = officerU.client;

  const addMember = async (personId: string, role: CouncilRole, termFrom = '2024-01-01') =>
    (await officer.api.call(councilApi.addMember, { body: { personId, role, termFrom } })).id;
  const council = {
    chair: await addMember(people.chair, 'CHU_TICH'),
    officer: await addMember(people.officer, 'THUONG_TRUC'),
    member: await addMember(people.member, 'UY_VIEN'),
  };
  const adminId = setup.userId;

  const proposal: World['proposal'] = async (spec = {}) => {
    const by = spec.by ?? officer;
    const state = spec.state ?? 'DRAFT';
    const collective = spec.subjectUnitId !== undefined;
    const personId = collective ? null : (spec.personId ?? (await person({ unitId: spec.unitId })));
    let unitId = spec.unitId ?? spec.subjectUnitId;
    if (!unitId && personId) {
      const p = await db
        .selectFrom('people')
        .select('unit_id')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow();
      unitId = p.unit_id ?? units.association;
    }
    const body: ProposalBody = {
      unitId,
      awardCode: spec.awardCode ?? 'GK_XA_REGULAR',
      subjectKind: collective ? 'COLLECTIVE' : 'INDIVIDUAL',
      ...(collective ? { subjectUnitId: spec.subjectUnitId } : { personId }),
      year: spec.year ?? Number(todayIn(clock).slice(0, 4)) - 1,
      achievement: spec.achievement ?? `Hoàn thành xuất sắc nhiệm vụ (hồ sơ thử ${tag()})`,
      ...(spec.movementId !== undefined ? { movementId: spec.movementId } : {}),
    };
    let p = await by.api.call(proposalsApi.createProposal, { body });
    const act = async (c: Client, action: string) =>
      (p = await c.api.call(proposalsApi.actOnProposal, { params: { id: p.id, action }, body: {} }));
    const made = (decisionId: string | null = null): MadeProposal => ({
      id: p.id,
      status: p.status,
      unitId: p.unitId,
      decisionId,
    });
    if (state === 'DRAFT') return made();
    await act(by, 'submit');
    if (state === 'SUBMITTED') return made();
    await act(officer, 'forward');
    if (state === 'FORWARDED') return made();
    await act(chairU.client, 'approve');
    if (state === 'APPROVED') return made();
    const d = await chairU.client.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [p.id], decisionDate: spec.decisionDate ?? todayIn(clock) },
    });
    p = await officer.api.call(proposalsApi.getProposal, { params: { id: p.id } });
    return made(d.id);
  };

  return {
    t,
    tenantId,
    clock,
    commune: { id: tenantId, name: WORLD_COMMUNE },
    units,
    admin,
    officer,
    chair: chairU.client,
    member: memberU.client,
    unitHead: headU.client,
    viewer: viewerU.client,
    anonymous: t.anonymous,
    ids: {
      admin: adminId,
      officer: officerU.id,
      chair: chairU.id,
      member: memberU.id,
      unitHead: headU.id,
      viewer: viewerU.id,
    },
    people,
    council,
    today: () => todayIn(clock),
    person,
    unit,
    user,
    async councilMember(spec = {}) {
      const personId =
        spec.personId ??
        (await person({ category: 'CAN_BO', ...(spec.fullName ? { fullName: spec.fullName } : {}) }));
      const u = await user(spec.userRole ?? 'THANH_VIEN_HD', { personId, unitId: spec.unitId ?? null });
      const id = await addMember(personId, spec.role ?? 'UY_VIEN', spec.termFrom);
      return { id, personId, client: u.client, userId: u.id };
    },
    async paperMember(spec = {}) {
      const personId = await person({
        category: 'CAN_BO',
        ...(spec.fullName ? { fullName: spec.fullName } : {}),
      });
      return { id: await addMember(personId, spec.role ?? 'UY_VIEN'), personId };
    },
    async secondCommune() {
      const other = newId();
      const now = isoNow(clock);
      const org = (id: string, parent: string | null, name: string) =>
        db
          .insertInto('organisations')
          .values({
            id,
            tenant_id: other,
            parent_id: parent,
            level: parent ? 'DON_VI' : 'XA',
            kind: parent ? 'DOAN_THE' : 'XA',
            code: `XK-${tag().toUpperCase()}`,
            name,
            short_name: null,
            search_text: foldVietnamese(name),
            member_count: null,
            active_from: null,
            active_to: null,
            created_at: now,
          })
          .execute();
      await org(other, null, 'Xã Bình Minh');
      const unitId = newId();
      await org(unitId, other, 'Hội Nông dân xã Bình Minh');
      const clients: Client[] = [];
      for (const role of ['CAN_BO_TDKT', 'CHU_TICH'] as const) {
        const username = `${role === 'CHU_TICH' ? 'chutich' : 'canbo'}-${tag()}`;
        await db
          .insertInto('users')
          .values({
            id: newId(),
            tenant_id: other,
            username,
            password_hash: hash,
            display_name: username,
            role,
            unit_id: null,
            person_id: null,
            active: 1,
            created_at: now,
          })
          .execute();
        clients.push(await signIn(username));
      }
      const [officer2, chair2] = clients as [Client, Client];
      return { tenantId: other, unitId, officer: officer2, chair: chair2 };
    },
    async rating(personId, year, rating) {
      await officer.api.call(ratingsApi.setRating, { body: { personId, year, rating } });
    },
    async initiative(personId, year, level = 'CO_SO') {
      await db
        .insertInto('initiatives')
        .values({
          id: newId(),
          tenant_id: tenantId,
          person_id: personId,
          year,
          title: `Sáng kiến thử nghiệm năm ${year}`,
          level,
          recognition_ref: 'QĐ công nhận sáng kiến (thử nghiệm)',
          created_at: isoNow(clock),
        })
        .execute();
    },
    async target(spec, progress = []) {
      const { id } = await officer.api.call(targetsApi.createTarget, {
        body: {
          name: `Chỉ tiêu ${spec.code}`,
          field: 'KINH_TE',
          unit: '%',
          direction: 'AT_LEAST',
          responsibleUnitId: units.village,
          ...spec,
        },
      });
      for (const p of progress)
        await officer.api.call(targetsApi.addProgress, {
          params: { id },
          body: { ...p, evidence: `Báo cáo số liệu ngày ${p.date}` },
        });
      return id;
    },
    async movement(spec = {}) {
      const { state, ...rest } = spec;
      const year = Number(todayIn(clock).slice(0, 4));
      const { id } = await officer.api.call(movementsApi.createMovement, {
        body: {
          name: `Phong trào thử nghiệm ${tag()}`,
          type: 'THUONG_XUYEN',
          year,
          startDate: `${year}-01-01`,
          endDate: `${year}-12-31`,
          description: 'Thi đua hoàn thành xuất sắc nhiệm vụ (thử nghiệm)',
          participantUnitIds: [units.village, units.school, units.association],
          criteria: [{ name: 'Hoàn thành nhiệm vụ được giao', weight: 1, minScore: 0, maxScore: 10 }],
          ...rest,
        } as Input<typeof movementsApi.createMovement>['body'],
      });
      if (state === 'LAUNCHED') await officer.api.call(movementsApi.launch, { params: { id } });
      return id;
    },
    proposal,
    async example(spec = {}) {
      const { stage = 'DISCOVERED', ...rest } = spec;
      const body: NewExample = {
        subjectKind: 'INDIVIDUAL',
        ...(rest.subjectKind && rest.subjectKind !== 'INDIVIDUAL'
          ? {}
          : { personId: rest.personId ?? (await person({ unitId: units.village, category: 'NONG_DAN' })) }),
        field: 'Nông nghiệp',
        title: `Mô hình trồng rau an toàn thử nghiệm ${tag()}`,
        model: 'Trồng rau trong nhà lưới theo quy trình VietGAP, ghi nhật ký đồng ruộng.',
        discoverySource: 'FIELD_VISIT',
        discoveredOn: '2024-03-05',
        ...rest,
      };
      const { id } = await officer.api.call(examplesApi.createExample, { body });
      const move = (action: 'nurture' | 'sumUp', on: string) =>
        officer.api.call(examplesApi.moveExample, { params: { id }, body: { action, on } });
      if (stage === 'DISCOVERED') return id;
      await move('nurture', '2024-03-20');
      if (stage === 'NURTURING') return id;
      await officer.api.call(examplesApi.addNurturing, {
        params: { id },
        body: { date: '2024-04-02', content: 'Tập huấn, hướng dẫn cách làm', byWhom: 'Hội Nông dân xã' },
      });
      const d = await officer.api.call(examplesApi.getExample, { params: { id } });
      await officer.api.call(examplesApi.updateExample, {
        params: { id },
        body: {
          version: d.version,
          title: d.title,
          model: d.model,
          field: d.field,
          summaryText:
            'Bài tổng kết mô hình (thử nghiệm): cách làm hay được ghi lại từng bước, kết quả đạt được sau một ' +
            'vụ sản xuất, những khó khăn đã gặp và khả năng nhân rộng ra các thôn khác trong xã.',
        },
      });
      await move('sumUp', '2024-08-15');
      return id;
    },
    signIn,
    close: () => t.close(),
  };
}
