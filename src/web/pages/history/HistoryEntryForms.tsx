import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  type HistoryAward,
  type HistoryDiscipline,
  type HistoryInitiative,
  type HistoryPendingMatter,
  historyApi,
  type SubjectHistory,
} from '../../../contract/history';
import {
  ACHIEVEMENT_NATURE_LABELS,
  ACHIEVEMENT_NATURES,
  DISCIPLINE_KIND_LABELS,
  DISCIPLINE_KINDS,
  ISSUING_LEVEL_LABELS,
  ISSUING_LEVELS,
  PENDING_MATTER_KINDS,
  PENDING_MATTER_LABELS,
} from '../../../core/history/history-terms';
import { AWARDS, INITIATIVE_LEVELS } from '../../../core/law';
import { type ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n } from '../../i18n/i18n';
import { showFieldErrors } from './field-errors';

export const INITIATIVE_LEVEL_LABELS: Record<(typeof INITIATIVE_LEVELS)[number], string> = {
  CO_SO: 'Cấp cơ sở',
  TINH: 'Cấp tỉnh',
  TOAN_QUOC: 'Toàn quốc',
};

export type EntryKind = 'award' | 'initiative' | 'discipline' | 'matter';
export type EditingEntry =
  | { kind: 'award'; row: HistoryAward | null }
  | { kind: 'initiative'; row: HistoryInitiative | null }
  | { kind: 'discipline'; row: HistoryDiscipline | null }
  | { kind: 'matter'; row: HistoryPendingMatter | null };

const TITLES: Record<EntryKind, [string, string]> = {
  award: ['Nhập khen thưởng đã nhận', 'Sửa khen thưởng'],
  initiative: ['Nhập sáng kiến, đề tài', 'Sửa sáng kiến, đề tài'],
  discipline: ['Nhập kỷ luật', 'Sửa kỷ luật'],
  matter: ['Ghi việc đang xem xét', 'Sửa việc đang xem xét'],
};

const FIELDS: Record<EntryKind, string[]> = {
  award: [
    'awardCode',
    'issuingLevel',
    'issuingBody',
    'decisionNumber',
    'decisionDate',
    'year',
    'nature',
    'note',
  ],
  initiative: ['kind', 'title', 'year', 'recognizedOn', 'level', 'scope', 'recognitionRef'],
  discipline: ['kind', 'from', 'to', 'decisionRef', 'note'],
  matter: ['kind', 'since', 'closedOn', 'note'],
};

const day = (iso: string | null | undefined) => (iso ? dayjs(iso) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const DATE = 'DD/MM/YYYY';

/** Add or change one history entry of the subject; the form shows the server's messages beside the fields. */
export function HistoryEntryModal(props: {
  history: SubjectHistory;
  editing: EditingEntry | null;
  onClose(): void;
  onSaved(h: SubjectHistory): void;
}) {
  const { t } = useI18n();
  // biome-ignore lint/suspicious/noExplicitAny: the form's values differ by kind of entry
  const [form] = Form.useForm<any>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { editing, history } = props;
  const subject = history.subject;
  useEffect(() => {
    if (!editing) return;
    setError(null);
    form.resetFields();
    if (editing.kind === 'award')
      form.setFieldsValue(
        editing.row
          ? { ...editing.row, decisionDate: day(editing.row.decisionDate) }
          : { issuingLevel: 'XA', nature: 'THUONG_XUYEN' },
      );
    if (editing.kind === 'initiative')
      form.setFieldsValue(
        editing.row
          ? { ...editing.row, recognizedOn: day(editing.row.recognizedOn) }
          : { kind: 'SANG_KIEN', level: 'CO_SO' },
      );
    if (editing.kind === 'discipline')
      form.setFieldsValue(
        editing.row ? { ...editing.row, from: day(editing.row.from), to: day(editing.row.to) } : {},
      );
    if (editing.kind === 'matter')
      form.setFieldsValue(
        editing.row
          ? { ...editing.row, since: day(editing.row.since), closedOn: day(editing.row.closedOn) }
          : {},
      );
  }, [editing, form]);
  if (!editing) return null;

  const submit = async (v: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      let h: SubjectHistory;
      const id = editing.row?.id;
      if (editing.kind === 'award') {
        const body = {
          subjectKind: subject.kind,
          subjectId: subject.id,
          awardCode: String(v.awardCode ?? ''),
          issuingLevel: v.issuingLevel as HistoryAward['issuingLevel'],
          issuingBody: String(v.issuingBody ?? ''),
          decisionNumber: String(v.decisionNumber ?? ''),
          decisionDate: iso(v.decisionDate as Dayjs) ?? '',
          year: Number(v.year),
          nature: v.nature as HistoryAward['nature'],
          note: (v.note as string) || null,
        };
        h = id
          ? await api.call(historyApi.updateAward, { params: { id }, body })
          : await api.call(historyApi.createAward, { body });
      } else if (editing.kind === 'initiative') {
        const body = {
          personId: subject.id,
          kind: v.kind as HistoryInitiative['kind'],
          title: String(v.title ?? ''),
          year: Number(v.year),
          recognizedOn: iso(v.recognizedOn as Dayjs),
          level: v.level as HistoryInitiative['level'],
          scope: (v.scope as HistoryInitiative['scope']) ?? null,
          recognitionRef: (v.recognitionRef as string) || null,
        };
        h = id
          ? await api.call(historyApi.updateInitiative, { params: { id }, body })
          : await api.call(historyApi.createInitiative, { body });
      } else if (editing.kind === 'discipline') {
        const body = {
          personId: subject.id,
          kind: v.kind as HistoryDiscipline['kind'],
          from: iso(v.from as Dayjs) ?? '',
          to: iso(v.to as Dayjs),
          decisionRef: (v.decisionRef as string) || null,
          note: (v.note as string) || null,
        };
        h = id
          ? await api.call(historyApi.updateDiscipline, { params: { id }, body })
          : await api.call(historyApi.createDiscipline, { body });
      } else {
        const body = {
          subjectKind: subject.kind === 'COLLECTIVE' ? ('COLLECTIVE' as const) : ('INDIVIDUAL' as const),
          subjectId: subject.id,
          kind: v.kind as HistoryPendingMatter['kind'],
          since: iso(v.since as Dayjs) ?? '',
          closedOn: iso(v.closedOn as Dayjs),
          note: (v.note as string) || null,
        };
        h = id
          ? await api.call(historyApi.updatePendingMatter, { params: { id }, body })
          : await api.call(historyApi.createPendingMatter, { body });
      }
      props.onSaved(h);
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, FIELDS[editing.kind])) setError(err);
    } finally {
      setBusy(false);
    }
  };

  const required = (message: string) => [{ required: true, message: t(message) }];
  const date = (name: string, label: string, must = false, extra?: string) => (
    <Form.Item
      name={name}
      label={t(label)}
      rules={must ? required('Chọn ngày') : []}
      extra={extra ? t(extra) : undefined}
    >
      <DatePicker format={DATE} aria-label={t(label)} style={{ width: '100%' }} />
    </Form.Item>
  );
  const year = (label: string) => (
    <Form.Item name="year" label={t(label)} rules={required('Nhập năm')}>
      <InputNumber aria-label={t(label)} min={1945} max={2100} style={{ width: '100%' }} />
    </Form.Item>
  );
  const note = (
    <Form.Item name="note" label={t('Ghi chú')}>
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={`${t(TITLES[editing.kind][editing.row ? 1 : 0])} — ${subject.name}`}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        {editing.kind === 'award' && (
          <>
            <Form.Item
              name="awardCode"
              label={t('Danh hiệu, hình thức khen thưởng')}
              rules={required('Chọn danh hiệu, hình thức khen thưởng')}
            >
              <Select
                {...vietnameseSearch}
                options={AWARDS.filter((a) => a.subjects.includes(subject.kind)).map((a) => ({
                  value: a.code,
                  label: a.name,
                }))}
              />
            </Form.Item>
            {year('Năm thành tích')}
            <Form.Item name="nature" label={t('Loại thành tích')} rules={required('Chọn loại thành tích')}>
              <Select
                options={ACHIEVEMENT_NATURES.map((n) => ({
                  value: n,
                  label: t(ACHIEVEMENT_NATURE_LABELS[n]),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="issuingLevel"
              label={t('Cấp khen thưởng')}
              rules={required('Chọn cấp khen thưởng')}
            >
              <Select
                options={ISSUING_LEVELS.map((l) => ({ value: l, label: t(ISSUING_LEVEL_LABELS[l]) }))}
              />
            </Form.Item>
            <Form.Item
              name="issuingBody"
              label={t('Cơ quan ra quyết định')}
              rules={required('Ghi cơ quan ra quyết định')}
            >
              <Input placeholder="Ủy ban nhân dân huyện …" />
            </Form.Item>
            <Form.Item name="decisionNumber" label={t('Số quyết định')} rules={required('Ghi số quyết định')}>
              <Input placeholder="123/QĐ-UBND" />
            </Form.Item>
            {date('decisionDate', 'Ngày quyết định', true)}
            {note}
          </>
        )}
        {editing.kind === 'initiative' && (
          <>
            <Form.Item name="kind" label={t('Loại')} rules={required('Chọn loại')}>
              <Select
                options={[
                  { value: 'SANG_KIEN', label: t('Sáng kiến') },
                  { value: 'DE_TAI', label: t('Đề tài nghiên cứu khoa học') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('Tên sáng kiến, đề tài')}
              rules={required('Ghi tên sáng kiến, đề tài')}
            >
              <Input />
            </Form.Item>
            {year('Năm công nhận')}
            {date(
              'recognizedOn',
              'Ngày công nhận',
              false,
              'Sáng kiến công nhận trong thời hạn kỷ luật không được tính; từ ngày sau ngày cuối thời hạn thì được tính.',
            )}
            <Form.Item name="level" label={t('Cấp công nhận')} rules={required('Chọn cấp công nhận')}>
              <Select
                options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: t(INITIATIVE_LEVEL_LABELS[l]) }))}
              />
            </Form.Item>
            <Form.Item name="scope" label={t('Phạm vi ảnh hưởng')}>
              <Select
                allowClear
                options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: t(INITIATIVE_LEVEL_LABELS[l]) }))}
              />
            </Form.Item>
            <Form.Item name="recognitionRef" label={t('Quyết định công nhận')}>
              <Input />
            </Form.Item>
          </>
        )}
        {editing.kind === 'discipline' && (
          <>
            <Form.Item name="kind" label={t('Hình thức kỷ luật')} rules={required('Chọn hình thức kỷ luật')}>
              <Select
                options={DISCIPLINE_KINDS.map((k) => ({ value: k, label: t(DISCIPLINE_KIND_LABELS[k]) }))}
              />
            </Form.Item>
            {date('from', 'Từ ngày', true)}
            {date(
              'to',
              'Đến ngày (hết thời hạn)',
              false,
              'Ngày cuối cùng của thời hạn kỷ luật (vẫn trong thời hạn); thành tích được tính từ ngày hôm sau.',
            )}
            <Form.Item name="decisionRef" label={t('Quyết định kỷ luật')}>
              <Input />
            </Form.Item>
            {note}
          </>
        )}
        {editing.kind === 'matter' && (
          <>
            <Form.Item name="kind" label={t('Việc đang xem xét')} rules={required('Chọn loại việc')}>
              <Select
                options={PENDING_MATTER_KINDS.map((k) => ({ value: k, label: t(PENDING_MATTER_LABELS[k]) }))}
              />
            </Form.Item>
            {date('since', 'Bắt đầu từ ngày', true)}
            {date('closedOn', 'Kết thúc ngày')}
            {note}
          </>
        )}
      </Form>
    </Modal>
  );
}

/** Delete an entry, giving the reason (kept in the audit log with the entry's data). */
export function DeleteEntryModal(props: {
  target: { kind: EntryKind; id: string; label: string } | null;
  onClose(): void;
  onDeleted(h: SubjectHistory): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { target } = props;
  useEffect(() => {
    if (!target) return;
    setError(null);
    form.resetFields();
  }, [target, form]);
  if (!target) return null;
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    const input = { params: { id: target.id }, query: { reason } };
    try {
      const e =
        target.kind === 'award'
          ? historyApi.deleteAward
          : target.kind === 'initiative'
            ? historyApi.deleteInitiative
            : target.kind === 'discipline'
              ? historyApi.deleteDiscipline
              : historyApi.deletePendingMatter;
      props.onDeleted(await api.call(e, input));
    } catch (e) {
      const err = e as ApiError;
      const details = Array.isArray(err.details) ? (err.details as { path: string; message: string }[]) : [];
      const r = details.find((d) => d.path === 'reason');
      if (r) form.setFields([{ name: 'reason', errors: [r.message] }]);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${t('Xóa')}: ${target.label}`}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Xóa')}
      okButtonProps={{ danger: true }}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('Lý do xóa')}
          rules={[{ required: true, min: 5, message: t('Cần nêu lý do xóa (ít nhất 5 ký tự)') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Close a matter under consideration on a day. */
export function CloseMatterModal(props: {
  matter: HistoryPendingMatter | null;
  onClose(): void;
  onClosed(h: SubjectHistory): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ closedOn: Dayjs }>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { matter } = props;
  if (!matter) return null;
  const submit = async (v: { closedOn: Dayjs }) => {
    setBusy(true);
    setError(null);
    try {
      props.onClosed(
        await api.call(historyApi.closePendingMatter, {
          params: { id: matter.id },
          body: { closedOn: iso(v.closedOn) ?? '' },
        }),
      );
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, ['closedOn'])) setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('Kết thúc việc đang xem xét')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="closedOn"
          label={t('Kết thúc ngày')}
          rules={[{ required: true, message: t('Chọn ngày') }]}
        >
          <DatePicker format={DATE} aria-label={t('Kết thúc ngày')} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
