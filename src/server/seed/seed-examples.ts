import { foldVietnamese } from '../../core/text';
import { isoNow, systemClock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';

type Stage = 'DISCOVERED' | 'NURTURING' | 'SUMMED_UP' | 'REPLICATING';

interface SeedExample {
  subject:
    | { kind: 'INDIVIDUAL'; person: string }
    | { kind: 'COLLECTIVE'; unit: string }
    | { kind: 'HOUSEHOLD'; head: string };
  field: string;
  title: string;
  model: string;
  source: 'NOMINATED' | 'RANKING' | 'FIELD_VISIT' | 'PRESS';
  discoveryNote: string;
  stages: { to: Stage; on: string; note?: string }[];
  nurturing?: { date: string; content: string; byWhom: string }[];
  evidence?: { date: string; content: string }[];
  media?: { date: string; outlet: string; content: string; link: string }[];
  summary?: string;
  replications?: { unit: string; adoptedOn: string; result: string }[];
  internalNote?: string;
}

/** Fictitious typical examples of xã Tân Việt at every stage of Law Art. 17(4); one replicated in two thôn. */
const EXAMPLES: SeedExample[] = [
  {
    subject: { kind: 'INDIVIDUAL', person: 'Phan Thị Mận' },
    field: 'Nông nghiệp',
    title: 'Mô hình trồng rau an toàn theo tiêu chuẩn VietGAP ở thôn Bình An',
    model:
      'Trồng rau trong nhà lưới theo quy trình VietGAP, ghi nhật ký đồng ruộng, dùng chế phẩm sinh học thay thuốc hóa học; liên kết tiêu thụ với bếp ăn các trường học trong xã.',
    source: 'RANKING',
    discoveryNote:
      'Đứng đầu bảng chấm điểm phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi" 6 tháng đầu năm.',
    stages: [
      { to: 'DISCOVERED', on: '2024-03-05' },
      { to: 'NURTURING', on: '2024-03-20', note: 'Hội Nông dân xã nhận hỗ trợ, theo dõi' },
      { to: 'SUMMED_UP', on: '2024-08-15', note: 'Hội nghị tổng kết mô hình tại nhà văn hóa thôn Bình An' },
      { to: 'REPLICATING', on: '2024-09-10' },
    ],
    nurturing: [
      {
        date: '2024-04-02',
        content: 'Tập huấn quy trình VietGAP và ghi nhật ký sản xuất (2 buổi)',
        byWhom: 'Hội Nông dân xã',
      },
      {
        date: '2024-05-10',
        content: 'Hỗ trợ vay vốn Quỹ hỗ trợ nông dân 50 triệu đồng để làm nhà lưới',
        byWhom: 'Hội Nông dân xã',
      },
    ],
    evidence: [{ date: '2024-07-30', content: 'Giấy chứng nhận VietGAP cho 0,5 ha rau ăn lá (bản sao)' }],
    media: [
      {
        date: '2024-08-20',
        outlet: 'Đài Truyền thanh xã Tân Việt',
        content: 'Rau sạch Bình An vào bếp ăn trường học',
        link: 'https://example.org/tan-viet/rau-sach-binh-an',
      },
    ],
    summary:
      'Sau 5 tháng, 0,5 ha rau của chị Phan Thị Mận được chứng nhận VietGAP, năng suất tăng 20%, thu nhập bình quân 12 triệu đồng/tháng. Cách làm: nhà lưới, nhật ký đồng ruộng, chế phẩm sinh học và hợp đồng bao tiêu với ba bếp ăn trường học. Mô hình dễ học, vốn ban đầu vừa phải, phù hợp các hộ có đất vườn.',
    replications: [
      {
        unit: 'Thôn Hòa Bình',
        adoptedOn: '2024-09-15',
        result: '5 hộ làm theo trên 1,2 ha; 2 hộ đã bán rau cho bếp ăn trường Mầm non.',
      },
      {
        unit: 'Thôn Phú Xuân',
        adoptedOn: '2024-10-01',
        result: '3 hộ làm nhà lưới, đang hoàn thiện hồ sơ chứng nhận VietGAP.',
      },
    ],
    internalNote: 'Cân nhắc đề nghị Giấy khen cuối năm.',
  },
  {
    subject: { kind: 'COLLECTIVE', unit: 'Trường Tiểu học Tân Việt' },
    field: 'Giáo dục',
    title: 'Trường học xanh - sạch - đẹp - an toàn',
    model:
      'Mỗi lớp nhận chăm một bồn cây và một đoạn sân trường, phân loại rác tại nguồn, đổi giấy vụn lấy sách; "Ngày thứ Bảy xanh" mỗi tháng có phụ huynh cùng tham gia.',
    source: 'FIELD_VISIT',
    discoveryNote:
      'Đoàn kiểm tra của Hội đồng TĐKT xã ghi nhận khi khảo sát phong trào thi đua của các trường.',
    stages: [
      { to: 'DISCOVERED', on: '2024-02-26' },
      { to: 'NURTURING', on: '2024-03-15' },
      { to: 'SUMMED_UP', on: '2024-06-05', note: 'Tổng kết năm học 2023-2024' },
    ],
    nurturing: [
      {
        date: '2024-04-10',
        content: 'Hỗ trợ 30 thùng rác phân loại và cây xanh cho sân trường',
        byWhom: 'UBND xã, Đoàn Thanh niên xã',
      },
    ],
    summary:
      'Trong năm học 2023-2024, 100% lớp học của Trường Tiểu học Tân Việt nhận chăm sóc bồn cây; rác thải nhựa giảm khoảng 60%; đổi được 1,2 tấn giấy vụn lấy 400 đầu sách cho thư viện. Điểm mới là cách giao việc nhỏ, rõ cho từng lớp và rủ phụ huynh cùng làm mỗi tháng.',
  },
  {
    subject: { kind: 'COLLECTIVE', unit: 'Hội Liên hiệp Phụ nữ xã Tân Việt' },
    field: 'Giảm nghèo, an sinh xã hội',
    title: 'Tổ phụ nữ tiết kiệm, giúp nhau phát triển kinh tế',
    model:
      'Mỗi hội viên góp tiết kiệm 100.000 đồng/tháng, cho hội viên khó khăn vay luân phiên không lãi để chăn nuôi, buôn bán nhỏ; sinh hoạt tổ hằng tháng chia sẻ kinh nghiệm làm ăn.',
    source: 'NOMINATED',
    discoveryNote: 'Hội LHPN xã giới thiệu tại hội nghị sơ kết 6 tháng.',
    stages: [
      { to: 'DISCOVERED', on: '2024-07-08' },
      { to: 'NURTURING', on: '2024-07-25' },
    ],
    nurturing: [
      {
        date: '2024-08-12',
        content: 'Hướng dẫn lập sổ theo dõi góp vốn, quy chế hoạt động của tổ',
        byWhom: 'Hội LHPN xã, Ngân hàng Chính sách xã hội',
      },
    ],
    evidence: [
      { date: '2024-09-30', content: 'Sổ theo dõi: 25 hội viên, 7 lượt vay, chưa có khoản quá hạn' },
    ],
  },
  {
    subject: { kind: 'HOUSEHOLD', head: 'Âu Thị Nở' },
    field: 'Nông nghiệp',
    title: 'Chăn nuôi lợn an toàn sinh học, xử lý chất thải bằng đệm lót',
    model:
      'Nuôi lợn trên đệm lót sinh học, không xả thải ra môi trường, tận dụng chất thải ủ phân bón cho vườn cây.',
    source: 'PRESS',
    discoveryNote: 'Báo tỉnh đăng tin về hộ gia đình.',
    stages: [{ to: 'DISCOVERED', on: '2025-03-12' }],
    media: [
      {
        date: '2025-03-10',
        outlet: 'Báo Thái An (dữ liệu mẫu)',
        content: 'Nuôi lợn không mùi ở Tân Lập',
        link: 'https://example.org/bao-thai-an/nuoi-lon-khong-mui',
      },
    ],
  },
];

/** Seed the demo commune's typical examples (điển hình tiên tiến). */
export async function seedDemoExamples(db: Db, tenantId: string): Promise<void> {
  const officer = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', tenantId)
    .where('username', '=', 'canbo')
    .executeTakeFirst();
  const actorId = officer?.id ?? 'seed';
  const actorName = officer?.display_name ?? 'Hệ thống';
  const units = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'level', 'parent_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const unitId = (name: string) => {
    const u = units.find((x) => x.name === name);
    if (!u) throw new Error(`seed-examples: no unit ${name}`);
    return u.id;
  };
  const now = isoNow(systemClock);
  await db.transaction().execute(async (trx) => {
    for (const x of EXAMPLES) {
      let subject: {
        person_id: string | null;
        subject_unit_id: string | null;
        household_id: string | null;
        name: string;
        unit_id: string;
      };
      if (x.subject.kind === 'INDIVIDUAL') {
        const p = await trx
          .selectFrom('people')
          .select(['id', 'full_name', 'unit_id'])
          .where('tenant_id', '=', tenantId)
          .where('full_name', '=', x.subject.person)
          .executeTakeFirstOrThrow();
        subject = {
          person_id: p.id,
          subject_unit_id: null,
          household_id: null,
          name: p.full_name,
          unit_id: p.unit_id,
        };
      } else if (x.subject.kind === 'COLLECTIVE') {
        const id = unitId(x.subject.unit);
        subject = {
          person_id: null,
          subject_unit_id: id,
          household_id: null,
          name: x.subject.unit,
          unit_id: id,
        };
      } else {
        const h = await trx
          .selectFrom('households')
          .select(['id', 'head_name', 'unit_id'])
          .where('tenant_id', '=', tenantId)
          .where('head_name', '=', x.subject.head)
          .executeTakeFirstOrThrow();
        subject = {
          person_id: null,
          subject_unit_id: null,
          household_id: h.id,
          name: `Hộ gia đình ông/bà ${h.head_name}`,
          unit_id: h.unit_id,
        };
      }
      const id = newId();
      const first = x.stages[0];
      const last = x.stages[x.stages.length - 1];
      if (!first || !last) continue;
      await trx
        .insertInto('typical_examples')
        .values({
          id,
          tenant_id: tenantId,
          unit_id: subject.unit_id,
          subject_kind: x.subject.kind,
          person_id: subject.person_id,
          subject_unit_id: subject.subject_unit_id,
          household_id: subject.household_id,
          subject_name: subject.name,
          movement_id: null,
          field: x.field,
          title: x.title,
          model: x.model,
          discovery_source: x.source,
          discovery_note: x.discoveryNote,
          discovered_on: first.on,
          year: Number(first.on.slice(0, 4)),
          stage: last.to,
          stage_on: last.on,
          summary_text: x.summary ?? null,
          internal_note: x.internalNote ?? null,
          drop_reason: null,
          search_text: foldVietnamese(`${subject.name} ${x.title} ${x.model} ${x.field}`),
          version: 1,
          created_by: actorId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      let from: Stage | null = null;
      for (const s of x.stages) {
        await trx
          .insertInto('typical_example_stages')
          .values({
            id: newId(),
            tenant_id: tenantId,
            example_id: id,
            from_stage: from,
            to_stage: s.to,
            on_date: s.on,
            note: s.note ?? null,
            actor_id: actorId,
            actor_name: actorName,
            created_at: now,
          })
          .execute();
        from = s.to;
      }
      const entries = [
        ...(x.nurturing ?? []).map((n) => ({
          kind: 'NURTURING' as const,
          date: n.date,
          content: n.content,
          outlet: null,
          link: null,
          byWhom: n.byWhom,
        })),
        ...(x.evidence ?? []).map((n) => ({
          kind: 'EVIDENCE' as const,
          date: n.date,
          content: n.content,
          outlet: null,
          link: null,
          byWhom: null,
        })),
        ...(x.media ?? []).map((n) => ({
          kind: 'MEDIA' as const,
          date: n.date,
          content: n.content,
          outlet: n.outlet,
          link: n.link,
          byWhom: null,
        })),
      ];
      for (const e of entries) {
        await trx
          .insertInto('typical_example_entries')
          .values({
            id: newId(),
            tenant_id: tenantId,
            example_id: id,
            kind: e.kind,
            entry_date: e.date,
            content: e.content,
            outlet: e.outlet,
            link: e.link,
            by_whom: e.byWhom,
            created_by: actorId,
            created_at: now,
          })
          .execute();
      }
      for (const r of x.replications ?? []) {
        await trx
          .insertInto('typical_example_replications')
          .values({
            id: newId(),
            tenant_id: tenantId,
            example_id: id,
            unit_id: unitId(r.unit),
            adopted_on: r.adoptedOn,
            result: r.result,
            created_by: actorId,
            created_at: now,
          })
          .execute();
      }
    }
  });
}
