/**
 * A world for authorization tests, on an empty database (`startTestApp({ demo: false })`): commune A with
 * this fixture's own units, people, one user per role and the records every route names (proposals, a
 * meeting with a declared conflict of interest, a decision, a disclosure with an objection, a ballot, a
 * review, a plan, a launched movement with a registration, a target with progress, a typical example, a
 * commemoration day); commune B with one user per role. Records are found by the ids made here.
 */

import { authApi } from '../../contract/accounts';
import { attachmentsApi } from '../../contract/attachments';
import { calendarApi } from '../../contract/calendar';
import { councilApi } from '../../contract/council';
import { examplesApi } from '../../contract/examples';
import { movementsApi } from '../../contract/movements';
import { plansApi } from '../../contract/plans';
import { registrationsApi } from '../../contract/registrations';
import { targetsApi } from '../../contract/targets';
import type { Role } from '../../core/auth/roles';
import { addDays } from '../../core/calendar/iso-date';
import type { OrgKind } from '../../core/people/org-kinds';
import { hashPassword } from '../auth/passwords';
import { isoNow, todayIn } from '../clock';
import { newId } from '../db/ids';
import { DEMO_PASSWORD } from '../seed/demo-people';
import { pdfBytes } from '../testing/sample-files';
import type { Client, TestApp } from './test-app';

export const ROLE_ORDER: readonly Role[] = [
  'ADMIN',
  'CAN_BO_TDKT',
  'CHU_TICH',
  'THANH_VIEN_HD',
  'TRUONG_DON_VI',
  'XEM',
];

export interface AuthzWorld {
  tenantA: string;
  tenantB: string;
  /** One client per role in commune A (the council member has no conflict; the unit head heads unit Y). */
  a: Record<Role, Client>;
  /** One client per role in commune B. */
  b: Record<Role, Client>;
  /** A council member and an officer (also a council member) who declared a conflict with `proposal`. */
  conflictedMember: Client;
  conflictedOfficer: Client;
  /** Ids of commune A's records, by the name a route's path or body uses. */
  ids: Record<string, string>;
  /** The dossier (unit X) the conflicts are declared on, not publicly disclosed. */
  proposal: string;
  /** Text found only in the private part of `proposal` (achievement, return reason). */
  privateMarkers: string[];
  /** Text that identifies commune A: must never reach a user of commune B. */
  communeMarkers: string[];
  /** A login of commune A that works (for the login route's row). */
  login: { username: string; password: string };
  /** Today by the test app's clock (the date requests use). */
  today: string;
}

const SETUP_PASSWORD = 'Rung-tram-song-nuoc-2026!';
const nonce = () => Math.random().toString(36).slice(2, 8).toUpperCase();

async function ok<T>(
  r: Promise<{ status: number; body: T }>,
  what: string,
  expected = [200, 201],
): Promise<T> {
  const res = await r;
  if (!expected.includes(res.status)) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function buildAuthzWorld(t: TestApp): Promise<AuthzWorld> {
  const db = t.handle.db;
  const now = isoNow(t.clock);
  const today = todayIn(t.clock);
  const hash = await hashPassword(DEMO_PASSWORD);
  const tag = nonce().toLowerCase();
  const tenantB = `xa-b-${tag.toLowerCase()}`;

  const org = async (tenant: string, parent: string | null, name: string, kind: OrgKind = 'DOAN_THE') => {
    const id = tenant === tenantB && parent === null ? tenantB : newId();
    await db
      .insertInto('organisations')
      .values({
        id,
        tenant_id: tenant,
        parent_id: parent,
        level: parent ? 'DON_VI' : 'XA',
        kind: parent ? kind : 'XA',
        code: `AUTHZ-${nonce()}`,
        name,
        short_name: null,
        search_text: name.toLowerCase(),
        member_count: 12,
        active_from: null,
        active_to: null,
        created_at: now,
      })
      .execute();
    return id;
  };
  const person = async (tenant: string, unitId: string, fullName: string) => {
    const id = newId();
    await db
      .insertInto('people')
      .values({
        id,
        tenant_id: tenant,
        unit_id: unitId,
        household_id: null,
        full_name: fullName,
        search_text: fullName.toLowerCase(),
        gender: 'NAM',
        birth_year: 1985,
        position: 'Chuyên viên',
        category: 'CONG_CHUC',
        is_leader: 0,
        citizen_id: null,
        created_at: now,
      })
      .execute();
    return id;
  };
  const user = async (
    tenant: string,
    username: string,
    role: Role,
    unitId: string | null,
    personId: string | null,
  ) => {
    const id = newId();
    await db
      .insertInto('users')
      .values({
        id,
        tenant_id: tenant,
        username,
        password_hash: hash,
        display_name: username,
        role,
        unit_id: unitId,
        person_id: personId,
        active: 1,
        created_at: now,
      })
      .execute();
    return id;
  };
  const member = async (personId: string, userId: string) => {
    const id = newId();
    await db
      .insertInto('council_members')
      .values({
        id,
        tenant_id: tenantA,
        person_id: personId,
        user_id: userId,
        role: 'UY_VIEN',
        term_from: '2024-01-01',
        term_to: null,
        created_at: now,
      })
      .execute();
    return id;
  };

  // Commune A, made by the first-run setup (with its administrator, whom no test signs in as).
  if (!t.tenantId) {
    const setup = await t.anonymous.api.call(authApi.setup, {
      body: {
        communeName: `Xã Kiểm Thử Phân Quyền ${tag}`,
        communeCode: `XA-KT-${tag.toUpperCase()}`,
        username: `a-setup-${tag}`,
        displayName: 'Quản trị xã kiểm thử',
        password: SETUP_PASSWORD,
        passwordConfirm: SETUP_PASSWORD,
      },
    });
    (t as { tenantId: string }).tenantId = setup.tenantId;
  }
  const tenantA = t.tenantId;
  // Two units of our own; one user per role; two council members who will declare a conflict.
  const unitX = await org(tenantA, tenantA, `Chi hội Kiểm thử Hồ sơ ${tag}`);
  const unitY = await org(tenantA, tenantA, `Tổ Kiểm thử Phân quyền ${tag}`);
  const nominee = await person(tenantA, unitX, `Người Được Đề Nghị ${tag}`);
  const nominee2 = await person(tenantA, unitX, `Người Được Khen ${tag}`);
  const nominee3 = await person(tenantA, unitX, `Người Được Công Khai ${tag}`);
  const nominee4 = await person(tenantA, unitX, `Người Được Bỏ Phiếu ${tag}`);
  const household = newId();
  await db
    .insertInto('households')
    .values({
      id: household,
      tenant_id: tenantA,
      unit_id: unitX,
      head_name: `Hộ Kiểm Thử ${tag}`,
      address: null,
      search_text: `ho kiem thu ${tag}`,
      created_at: now,
    })
    .execute();
  const roleUsers: Record<Role, [string, string | null]> = {
    ADMIN: ['a-admin', null],
    CAN_BO_TDKT: ['a-officer', null],
    CHU_TICH: ['a-chair', null],
    THANH_VIEN_HD: ['a-member', null],
    TRUONG_DON_VI: ['a-head', unitY],
    XEM: ['a-viewer', null],
  };
  const memberPerson = await person(tenantA, unitY, `Thành Viên Không Xung Đột ${tag}`);
  const conflictedPerson = await person(tenantA, unitY, `Thành Viên Xung Đột ${tag}`);
  const conflictedOfficerPerson = await person(tenantA, unitY, `Cán Bộ Xung Đột ${tag}`);
  for (const role of ROLE_ORDER) {
    const [name, unit] = roleUsers[role];
    const uid = await user(
      tenantA,
      `${name}-${tag}`,
      role,
      unit,
      role === 'THANH_VIEN_HD' ? memberPerson : null,
    );
    if (role === 'THANH_VIEN_HD') await member(memberPerson, uid);
  }
  const conflictedMemberId = await member(
    conflictedPerson,
    await user(tenantA, `a-member-cf-${tag}`, 'THANH_VIEN_HD', null, conflictedPerson),
  );
  const conflictedOfficerMemberId = await member(
    conflictedOfficerPerson,
    await user(tenantA, `a-officer-cf-${tag}`, 'CAN_BO_TDKT', null, conflictedOfficerPerson),
  );

  // Commune B: its own commune row, a unit and one user per role.
  await org(tenantB, null, `Xã Kiểm Thử Khác ${tag}`);
  const unitB = await org(tenantB, tenantB, `Đơn vị xã khác ${tag}`);
  for (const role of ROLE_ORDER)
    await user(
      tenantB,
      `b-${role.toLowerCase()}-${tag}`,
      role,
      role === 'TRUONG_DON_VI' ? unitB : null,
      null,
    );

  const a = {} as Record<Role, Client>;
  const b = {} as Record<Role, Client>;
  for (const role of ROLE_ORDER) {
    a[role] = await t.as(`${roleUsers[role][0]}-${tag}`);
    b[role] = await t.as(`b-${role.toLowerCase()}-${tag}`);
  }
  const officer = a.CAN_BO_TDKT;
  const chair = a.CHU_TICH;

  // The dossiers.
  const achievement = `Thành tích riêng tư ${tag}: dẫn đầu phong trào, sáng kiến cấp cơ sở`;
  const returnReason = `Lý do trả lại riêng tư ${tag}`;
  const create = async (personId: string, text: string) =>
    (
      await ok(
        officer.post<{ id: string }>('/api/proposals', {
          unitId: unitX,
          awardCode: 'GK_XA_REGULAR',
          subjectKind: 'INDIVIDUAL',
          personId,
          year: 2025,
          achievement: text,
        }),
        'create proposal',
      )
    ).id;
  const act = (id: string, action: string, body: object = {}) =>
    ok(officer.post(`/api/proposals/${id}/actions/${action}`, body), `${action} ${id}`);
  const proposal = await create(nominee, achievement);
  await act(proposal, 'submit');
  await act(proposal, 'return', { reason: returnReason, missing: ['Bản sao sổ theo dõi'] });
  await act(proposal, 'submit');
  await act(proposal, 'forward');
  const decided = await create(nominee2, `Hoàn thành xuất sắc nhiệm vụ năm 2025 ${tag}`);
  const disclosed = await create(nominee3, `Thành tích công khai ${tag}`);
  const balloted = await create(nominee4, `Thành tích bỏ phiếu ${tag}`);
  for (const id of [decided, disclosed, balloted]) {
    await act(id, 'submit');
    await act(id, 'forward');
  }
  await ok(chair.post(`/api/proposals/${decided}/actions/approve`), 'approve');
  const decision = await ok(
    chair.post<{ id: string; awards: { id: string; verifyCode: string }[] }>('/api/decisions', {
      proposalIds: [decided],
      decisionDate: today,
    }),
    'decision',
  );

  // A meeting with the conflicts declared, and a second one with an open ballot.
  const meeting = (
    await ok(
      officer.post<{ id: string }>('/api/meetings', {
        title: `Họp Hội đồng kiểm thử ${tag}`,
        meetingDate: today,
        place: 'Hội trường',
        proposalIds: [proposal],
      }),
      'meeting',
    )
  ).id;
  for (const memberId of [conflictedMemberId, conflictedOfficerMemberId]) {
    await ok(
      officer.post(`/api/meetings/${meeting}/conflicts`, {
        proposalId: proposal,
        memberId,
        reason: 'Cùng đơn vị với người được đề nghị',
      }),
      'conflict',
    );
  }
  const meeting2 = (
    await ok(
      officer.post<{ id: string }>('/api/meetings', {
        title: `Họp bỏ phiếu kiểm thử ${tag}`,
        meetingDate: today,
        place: 'Hội trường',
        proposalIds: [balloted],
      }),
      'meeting 2',
    )
  ).id;
  for (const m of await ok(officer.get<{ id: string }[]>('/api/council/members'), 'council')) {
    await ok(
      officer.put(`/api/meetings/${meeting2}/attendance`, { memberId: m.id, present: true }),
      'attendance',
    );
  }
  await ok(officer.post(`/api/meetings/${meeting2}/open`), 'open meeting');
  const ballot = (
    await ok(
      officer.post<{ id: string }>(`/api/meetings/${meeting2}/ballots`, { proposalId: balloted }),
      'ballot',
    )
  ).id;

  // A disclosure (of another dossier) with one objection.
  const disclosure = (
    await ok(
      officer.post<{ id: string }>('/api/disclosures', {
        title: `Công khai kiểm thử ${tag}`,
        startsOn: today,
        endsOn: addDays(today, 10),
        proposalIds: [disclosed],
      }),
      'disclosure',
    )
  ).id;
  const objection = (
    await ok(
      t.anonymous.post<{ id: string }>(`/api/public/disclosures/${disclosure}/objections`, {
        proposalId: disclosed,
        kind: 'PHAN_ANH',
        content: 'Đề nghị làm rõ thành tích đã nêu.',
      }),
      'objection',
    )
  ).id;

  // A review with a self-scoring task per unit.
  const review = (
    await ok(
      officer.post<{ id: string }>('/api/reviews', {
        kind: 'TONG_KET',
        year: 2025,
        unitIds: [unitX, unitY],
        criteria: [{ name: 'Hoàn thành nhiệm vụ', weight: 1, minScore: 0, maxScore: 10 }],
      }),
      'review',
    )
  ).id;

  // A plan, a launched movement with one registration, a target with progress, a typical example, a day.
  const year = Number(today.slice(0, 4));
  const plan = await officer.api.call(plansApi.createPlan, { body: { year } });
  await officer.api.call(plansApi.savePlan, {
    params: { id: plan.id },
    body: {
      version: plan.version,
      content: {
        ...plan.content,
        number: '01',
        date: `${year}-01-15`,
        theme: 'Đoàn kết, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ',
        purposes: ['Động viên cán bộ, nhân dân thi đua hoàn thành nhiệm vụ.'],
        requirements: ['Thi đua thiết thực, hiệu quả, tránh hình thức.'],
        sections: [
          {
            number: 'I',
            heading: 'Nội dung thi đua',
            blocks: [{ kind: 'paragraph', text: 'Thi đua hoàn thành các chỉ tiêu của năm.' }],
            children: [],
          },
        ],
        recipients: ['UBND huyện', 'Các đơn vị trực thuộc', 'Lưu: VT'],
        signer: { title: 'CHỦ TỊCH', name: 'Chủ Tịch Kiểm Thử' },
      },
    },
  });
  // The council's chairman (the memo's signer).
  await officer.api.call(councilApi.addMember, {
    body: {
      personId: await person(tenantA, unitY, `Chủ Tịch Hội Đồng Kiểm Thử ${tag}`),
      role: 'CHU_TICH',
      termFrom: '2024-01-01',
    },
  });
  const movement = (
    await officer.api.call(movementsApi.createMovement, {
      body: {
        name: `Phong trào kiểm thử phân quyền ${tag}`,
        type: 'THUONG_XUYEN',
        scope: 'XA',
        fields: [],
        year,
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
        participantUnitIds: [unitX, unitY],
        criteria: [{ name: 'Hoàn thành nhiệm vụ', weight: 1, minScore: 0, maxScore: 10 }],
      },
    })
  ).id;
  await officer.api.call(movementsApi.launch, { params: { id: movement } });
  await officer.api.call(registrationsApi.register, {
    params: { id: movement },
    body: { subjectKind: 'UNIT', subjectId: unitX, titles: ['TTLDTT'] },
  });
  const targetId = (
    await officer.api.call(targetsApi.createTarget, {
      body: {
        year: 2025,
        code: `KT-${tag}`,
        name: `Chỉ tiêu kiểm thử ${tag}`,
        field: 'KINH_TE',
        unit: '%',
        direction: 'AT_LEAST',
        planned: 90,
        responsibleUnitId: unitX,
      },
    })
  ).id;
  await officer.api.call(targetsApi.addProgress, {
    params: { id: targetId },
    body: { date: '2025-06-30', value: 45, evidence: 'Báo cáo sơ kết 6 tháng' },
  });
  await officer.api.call(examplesApi.createExample, {
    body: {
      subjectKind: 'INDIVIDUAL',
      personId: nominee,
      field: 'Nông nghiệp',
      title: `Mô hình kiểm thử phân quyền ${tag}`,
      model: 'Trồng rau trong nhà lưới, ghi nhật ký đồng ruộng.',
      discoverySource: 'FIELD_VISIT',
      discoveredOn: '2025-03-05',
    },
  });
  await officer.api.call(calendarApi.createDay, {
    body: {
      code: `ngay-kt-${tag}`,
      monthDay: '09-15',
      name: 'Ngày kiểm thử phân quyền',
      kind: 'NGAY_KY_NIEM',
    },
  });

  const first = async (
    table:
      | 'plans'
      | 'movements'
      | 'registrations'
      | 'calendar_days'
      | 'targets'
      | 'typical_examples'
      | 'inbox_tasks'
      | 'target_progress',
  ) => {
    const r = await db
      .selectFrom(table)
      .select('id')
      .where('tenant_id', '=', tenantA)
      .orderBy('id')
      .executeTakeFirst();
    return r?.id ?? 'absent';
  };
  // A file attached to the proposal (the attachment routes read, download and delete it).
  const attachment = await officer.api.call(attachmentsApi.uploadAttachment, {
    query: { ownerKind: 'PROPOSAL', ownerId: proposal, name: 'Biên bản kiểm thử.pdf' },
    body: pdfBytes('Kiem thu phan quyen'),
  });
  // An account of commune A that no test signs in with: the user-administration routes act on it.
  const spareUser = await user(tenantA, `a-spare-${tag}`, 'XEM', null, null);
  const target = await first('targets');
  const progress = await db
    .selectFrom('target_progress')
    .select('id')
    .where('target_id', '=', target)
    .executeTakeFirst();
  const award = decision.awards[0];
  const communeA = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', tenantA)
    .executeTakeFirstOrThrow();

  const ids: Record<string, string> = {
    proposals: proposal,
    decisions: decision.id,
    awards: award?.id ?? 'absent',
    verify: award?.verifyCode ?? 'absent',
    meetings: meeting,
    ballots: ballot,
    disclosures: disclosure,
    objections: objection,
    reviews: review,
    reviewUnit: unitX,
    units: unitX,
    people: nominee,
    person: nominee,
    households: household,
    member: conflictedMemberId,
    'council/members': conflictedMemberId,
    plans: await first('plans'),
    movements: await first('movements'),
    registrations: await first('registrations'),
    'calendar-days': await first('calendar_days'),
    targets: target,
    progress: progress?.id ?? 'absent',
    examples: await first('typical_examples'),
    users: spareUser,
    inbox: await first('inbox_tasks'),
    year: '2025',
    disclosedProposal: disclosed,
    attachments: attachment.id,
  };
  const absent = Object.keys(ids).filter((k) => ids[k] === 'absent');
  if (absent.length) throw new Error(`authz world: no record for ${absent.join(', ')}`);
  return {
    tenantA,
    tenantB,
    a,
    b,
    ids,
    proposal,
    conflictedMember: await t.as(`a-member-cf-${tag}`),
    conflictedOfficer: await t.as(`a-officer-cf-${tag}`),
    privateMarkers: [achievement, returnReason],
    login: { username: `a-viewer-${tag}`, password: DEMO_PASSWORD },
    today,
    communeMarkers: [
      tenantA,
      communeA.name,
      unitX,
      unitY,
      proposal,
      decided,
      disclosed,
      balloted,
      meeting,
      decision.id,
      `Người Được Đề Nghị ${tag}`,
      `Người Được Khen ${tag}`,
      achievement,
    ],
  };
}
