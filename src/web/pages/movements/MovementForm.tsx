import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { MovementInput, MovementView } from '../../../contract/movements';
import {
  MOVEMENT_SCOPES,
  MOVEMENT_TYPES,
  type MovementScope,
  type MovementType,
} from '../../../core/movements';
import { useI18n, useLabel } from '../../i18n/i18n';
import { MOVEMENT_TYPE_LABELS, SCOPE_LABELS } from '../../labels';
import type { UnitTreeNode } from './unit-tree';
import '../../i18n/en-cycle';

export interface CriterionValues {
  name: string;
  group?: string;
  weight: number;
  minScore: number;
  maxScore: number;
}

export interface MovementFormValues {
  name: string;
  type: MovementType;
  scope: MovementScope;
  fields?: string[];
  basis?: string;
  description?: string;
  launchedBy?: string;
  period?: [Dayjs, Dayjs];
  registrationDeadline?: Dayjs;
  participantUnitIds?: string[];
  criteria?: CriterionValues[];
  catalogueCode?: string;
}

/** A starting criteria set the officer edits (weights are relative; each criterion scored 0–10). */
export const DEFAULT_CRITERIA: CriterionValues[] = [
  {
    name: 'Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao',
    group: 'Thực hiện nhiệm vụ',
    weight: 4,
    minScore: 0,
    maxScore: 10,
  },
  {
    name: 'Tổ chức, hưởng ứng phong trào thi đua',
    group: 'Công tác thi đua',
    weight: 3,
    minScore: 0,
    maxScore: 10,
  },
  {
    name: 'Điển hình tiên tiến, mô hình hay',
    group: 'Công tác thi đua',
    weight: 3,
    minScore: 0,
    maxScore: 10,
  },
];

export function defaultMovementValues(): Partial<MovementFormValues> {
  const today = dayjs();
  const end = today.endOf('year');
  // two weeks to register, but never after the movement ends (late December: the last day of the year)
  const deadline = today.add(14, 'day');
  return {
    type: 'CHUYEN_DE',
    scope: 'XA',
    launchedBy: 'Chủ tịch UBND xã',
    period: [today, end],
    registrationDeadline: deadline.isAfter(end) ? end : deadline,
    criteria: DEFAULT_CRITERIA,
  };
}

/** Turns the form into the API body (dates as YYYY-MM-DD). */
export function movementBody(v: MovementFormValues, withPlan: boolean): z.input<typeof MovementInput> {
  return {
    name: v.name,
    type: v.type,
    scope: v.scope,
    fields: v.fields ?? [],
    basis: v.basis || null,
    description: v.description || null,
    launchedBy: v.launchedBy || null,
    catalogueCode: v.catalogueCode || null,
    startDate: v.period?.[0].format('YYYY-MM-DD') ?? null,
    endDate: v.period?.[1].format('YYYY-MM-DD') ?? null,
    registrationDeadline: v.registrationDeadline?.format('YYYY-MM-DD') ?? null,
    ...(withPlan ? { participantUnitIds: v.participantUnitIds ?? [], criteria: v.criteria ?? [] } : {}),
  };
}

/** The fields of a movement: identity, time, launching authority, participants and weighted criteria. */
export function MovementFormFields({ tree, planEditable }: { tree: UnitTreeNode[]; planEditable: boolean }) {
  const { t } = useI18n();
  const label = useLabel();
  return (
    <>
      <Form.Item name="catalogueCode" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('Tên phong trào')}
        rules={[{ required: true, min: 5, message: t('Nhập tên phong trào (ít nhất 5 ký tự)') }]}
      >
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name="type" label={t('Hình thức')}>
          <Select
            style={{ width: 160 }}
            options={MOVEMENT_TYPES.map((value) => ({
              value,
              label: label(MOVEMENT_TYPE_LABELS[value], value),
            }))}
          />
        </Form.Item>
        <Form.Item name="scope" label={t('Phạm vi')}>
          <Select
            style={{ width: 140 }}
            options={MOVEMENT_SCOPES.map((value) => ({ value, label: label(SCOPE_LABELS[value], value) }))}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('Thời gian')}
          rules={[{ required: true, message: t('Chọn thời gian bắt đầu, kết thúc') }]}
        >
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="registrationDeadline" label={t('Hạn đăng ký thi đua')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name="launchedBy" label={t('Cấp phát động')}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="fields" label={t('Lĩnh vực')}>
          <Select mode="tags" style={{ width: 360 }} placeholder={t('Ví dụ: Nông thôn mới, Giáo dục')} />
        </Form.Item>
      </Space>
      <Form.Item name="basis" label={t('Căn cứ phát động')}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('Mục tiêu, nội dung')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {planEditable && (
        <>
          <Form.Item name="participantUnitIds" label={t('Đơn vị tham gia')}>
            <TreeSelect
              treeData={tree}
              multiple
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              placeholder={t('Chọn từ cây tổ chức')}
              style={{ width: '100%' }}
              maxTagCount={8}
            />
          </Form.Item>
          <CriteriaFields />
        </>
      )}
    </>
  );
}

/** The weighted criteria of a movement or of an annual review (name, group, weight, score range). */
export function CriteriaFields() {
  const { t } = useI18n();
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <b>{t('Tiêu chí chấm điểm')}</b>{' '}
        <span style={{ color: '#888' }}>({t('trọng số tương đối; tổng điểm quy về thang 100')})</span>
      </div>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <Space key={key} align="baseline" wrap data-testid="criterion-row">
                <Form.Item
                  name={[name, 'name']}
                  rules={[{ required: true, message: t('Nhập tên tiêu chí') }]}
                >
                  <Input
                    placeholder={t('Tên tiêu chí')}
                    style={{ width: 300 }}
                    aria-label={t('Tên tiêu chí')}
                  />
                </Form.Item>
                <Form.Item name={[name, 'group']}>
                  <Input placeholder={t('Nhóm')} style={{ width: 150 }} />
                </Form.Item>
                <Form.Item
                  name={[name, 'weight']}
                  label={t('Trọng số')}
                  rules={[{ required: true, message: t('Nhập trọng số') }]}
                >
                  <InputNumber min={0.1} max={1000} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item
                  name={[name, 'minScore']}
                  label={t('Điểm')}
                  rules={[{ required: true, message: t('Nhập điểm tối thiểu') }]}
                >
                  <InputNumber min={0} max={1000} style={{ width: 60 }} />
                </Form.Item>
                <Form.Item
                  name={[name, 'maxScore']}
                  label="–"
                  colon={false}
                  rules={[{ required: true, message: t('Nhập điểm tối đa') }]}
                >
                  <InputNumber min={1} max={1000} style={{ width: 60 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(name)} aria-label={t('Bỏ tiêu chí')} />
              </Space>
            ))}
            <Button
              type="dashed"
              onClick={() => add({ weight: 1, minScore: 0, maxScore: 10 })}
              icon={<PlusOutlined />}
            >
              {t('Thêm tiêu chí')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export function formValuesOf(m: MovementView): MovementFormValues {
  return {
    name: m.name,
    type: m.type,
    scope: m.scope,
    fields: m.fields,
    basis: m.basis ?? '',
    description: m.description ?? '',
    launchedBy: m.launchedBy ?? '',
    catalogueCode: m.catalogueCode ?? '',
    ...(m.startDate && m.endDate ? { period: [dayjs(m.startDate), dayjs(m.endDate)] as [Dayjs, Dayjs] } : {}),
    ...(m.registrationDeadline ? { registrationDeadline: dayjs(m.registrationDeadline) } : {}),
    participantUnitIds: m.participants.map((p) => p.id),
    criteria: m.criteria.map((c) => ({
      name: c.name,
      ...(c.group ? { group: c.group } : {}),
      weight: c.weight,
      minScore: c.minScore,
      maxScore: c.maxScore,
    })),
  };
}
