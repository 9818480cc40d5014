import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { NewExample } from '../../../contract/examples';
import type { Person, Unit } from '../../../contract/organisations';
import {
  DISCOVERY_SOURCE_LABELS,
  DISCOVERY_SOURCES,
  type DiscoverySource,
  EXAMPLE_SUBJECT_KIND_LABELS,
  type ExampleSubjectKind,
} from '../../../core/examples';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n } from '../../i18n/i18n';
import { EXAMPLE_FIELDS } from './example-labels';
import '../../i18n/en-examples';

export interface ExampleFormValues {
  subjectKind: ExampleSubjectKind;
  personId?: string;
  subjectUnitId?: string;
  householdId?: string;
  movementId?: string;
  field: string;
  title: string;
  model: string;
  discoverySource: DiscoverySource | undefined;
  discoveryNote?: string;
  discoveredOn: Dayjs;
  internalNote?: string;
}

import type { Household } from '../../../contract/organisations';

export type { Household };

/** Fields of a new typical example (phát hiện): the subject, the model, how it was discovered. */
export function ExampleFormFields(props: {
  people: Person[];
  units: Unit[];
  households: Household[];
  movements: { id: string; name: string }[];
  unitHead: boolean;
  /** A unit head's own unit: only it and its teams can be nominated as collectives. */
  ownUnitId?: string | null;
}) {
  const { t } = useI18n();
  const kind = Form.useWatch('subjectKind');
  const unitName = (id: string) => props.units.find((u) => u.id === id)?.name ?? '';
  return (
    <>
      <Form.Item name="subjectKind" label={t('Đối tượng')} rules={[{ required: true }]}>
        <Select
          options={Object.entries(EXAMPLE_SUBJECT_KIND_LABELS).map(([value, label]) => ({
            value,
            label: t(label),
          }))}
        />
      </Form.Item>
      {kind === 'INDIVIDUAL' && (
        <Form.Item
          name="personId"
          label={t('Cá nhân')}
          rules={[{ required: true, message: t('Chọn cá nhân') }]}
        >
          <Select
            {...vietnameseSearch}
            options={props.people.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }))}
          />
        </Form.Item>
      )}
      {kind === 'COLLECTIVE' && (
        <Form.Item
          name="subjectUnitId"
          label={t('Tập thể')}
          rules={[{ required: true, message: t('Chọn tập thể') }]}
        >
          <Select
            {...vietnameseSearch}
            options={props.units
              .filter(
                (u) =>
                  u.level !== 'XA' &&
                  u.level !== 'TINH' &&
                  u.active &&
                  (!props.unitHead || u.id === props.ownUnitId || u.parentId === props.ownUnitId),
              )
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      )}
      {kind === 'HOUSEHOLD' && (
        <Form.Item
          name="householdId"
          label={t('Hộ gia đình')}
          rules={[{ required: true, message: t('Chọn hộ gia đình') }]}
        >
          <Select
            {...vietnameseSearch}
            options={props.households.map((h) => ({
              value: h.id,
              label: `${h.headName}${unitName(h.unitId) ? ` — ${unitName(h.unitId)}` : ''}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('Tên điển hình')}
        rules={[{ required: true, min: 5, message: t('Tên điển hình cần ít nhất 5 ký tự') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="model"
        label={t('Mô hình, cách làm hay')}
        rules={[{ required: true, min: 10, message: t('Mô tả mô hình cần ít nhất 10 ký tự') }]}
      >
        <Input.TextArea rows={3} maxLength={3000} />
      </Form.Item>
      <Form.Item name="field" label={t('Lĩnh vực')} rules={[{ required: true, message: t('Chọn lĩnh vực') }]}>
        <Select options={EXAMPLE_FIELDS.map((f) => ({ value: f, label: t(f) }))} />
      </Form.Item>
      <Form.Item name="movementId" label={t('Phong trào thi đua (nếu có)')}>
        <Select
          allowClear
          {...vietnameseSearch}
          options={props.movements.map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      {!props.unitHead && (
        <Form.Item name="discoverySource" label={t('Cách phát hiện')} rules={[{ required: true }]}>
          <Select
            options={DISCOVERY_SOURCES.map((s) => ({ value: s, label: t(DISCOVERY_SOURCE_LABELS[s]) }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="discoveredOn"
        label={t('Ngày phát hiện')}
        rules={[{ required: true, message: t('Chọn ngày') }]}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="discoveryNote" label={t('Ghi chú về việc phát hiện')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {!props.unitHead && (
        <Form.Item name="internalNote" label={t('Ghi chú nội bộ (không công bố)')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}

export function exampleBody(v: ExampleFormValues): NewExample {
  return {
    subjectKind: v.subjectKind,
    personId: v.personId ?? null,
    subjectUnitId: v.subjectUnitId ?? null,
    householdId: v.householdId ?? null,
    movementId: v.movementId ?? null,
    field: v.field,
    title: v.title,
    model: v.model,
    discoverySource: v.discoverySource || 'NOMINATED',
    discoveryNote: v.discoveryNote ?? null,
    discoveredOn: v.discoveredOn.format('YYYY-MM-DD'),
    internalNote: v.internalNote ?? null,
  };
}
