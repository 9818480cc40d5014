/**
 * Records in a named state, built through the API, so each browser test starts from the state it is
 * about (an example already summed up, a proposal already forwarded) and no test relies on another one's
 * clicks. Each builder makes new records; tests give them names of their own.
 */
import { organisationsApi } from '../src/contract/organisations';
import { type Api, apiAs } from './api';

const officer = () => apiAs('canbo');

/** A unit of the demo commune by its name. */
export async function unitNamed(name: string, api: Api = officer()) {
  const unit = (await api.call(organisationsApi.listUnits, {})).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit "${name}" in the demo commune`);
  return unit;
}

/** A person of the demo commune by full name. */
export async function personNamed(fullName: string, api: Api = officer()) {
  const person = (await api.call(organisationsApi.listPeople, { query: { q: fullName } })).find(
    (p) => p.fullName === fullName,
  );
  if (!person) throw new Error(`no person "${fullName}" in the demo commune`);
  return person;
}

// ---------------------------------------------------------------- typical examples (điển hình tiên tiến)

type ExampleStage = 'NURTURING' | 'SUMMED_UP' | 'REPLICATING';
const EXAMPLE_ORDER: ExampleStage[] = ['NURTURING', 'SUMMED_UP', 'REPLICATING'];

export const EXAMPLE_SUMMARY =
  'Sau hơn một năm, tổ có 25 hội viên góp vốn đều đặn, 7 lượt vay không lãi giúp 4 hộ có thêm nguồn thu từ chăn nuôi, buôn bán nhỏ; chưa có khoản nào quá hạn.';

/**
 * A typical example of the Women's Union (a collective) at `stage`, with what each stage needs before it:
 * a nurturing activity, the summing-up text (only from SUMMED_UP on, unless `summary`), a replication.
 */
export async function exampleAt(
  stage: ExampleStage,
  title: string,
  opts: { summary?: boolean } = {},
): Promise<string> {
  const api = officer();
  const union = await unitNamed('Hội Liên hiệp Phụ nữ xã Tân Việt', api);
  const reach = (s: ExampleStage) => EXAMPLE_ORDER.indexOf(stage) >= EXAMPLE_ORDER.indexOf(s);
  const { id } = await api.post<{ id: string }>('/api/examples', {
    subjectKind: 'COLLECTIVE',
    subjectUnitId: union.id,
    field: 'Giảm nghèo, an sinh xã hội',
    title,
    model:
      'Mỗi hội viên góp tiết kiệm 100.000 đồng/tháng, cho hội viên khó khăn vay luân phiên không lãi để chăn nuôi, buôn bán nhỏ.',
    discoverySource: 'FIELD_VISIT',
    discoveredOn: '2025-03-03',
  });
  const move = (action: string, on: string) => api.post(`/api/examples/${id}/transitions`, { action, on });
  await move('nurture', '2025-03-10');
  await api.post(`/api/examples/${id}/nurturing`, {
    date: '2025-03-20',
    content: 'Hướng dẫn lập sổ theo dõi góp vốn, quy chế hoạt động của tổ',
    byWhom: 'Hội LHPN xã',
  });
  if (reach('SUMMED_UP') || opts.summary) {
    const e = await api.get<{ version: number; field: string; title: string; model: string }>(
      `/api/examples/${id}`,
    );
    await api.put(`/api/examples/${id}`, {
      version: e.version,
      field: e.field,
      title: e.title,
      model: e.model,
      summaryText: EXAMPLE_SUMMARY,
    });
  }
  if (reach('SUMMED_UP')) await move('sumUp', '2025-06-02');
  if (reach('REPLICATING')) {
    const village = await unitNamed('Thôn Phú Xuân', api);
    await api.post(`/api/examples/${id}/replications`, {
      unitId: village.id,
      adoptedOn: '2025-07-01',
      result: 'Chi hội phụ nữ thôn lập tổ tiết kiệm 12 hội viên.',
    });
    await move('replicate', '2025-08-01');
  }
  return id;
}
