import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { type ExampleDetail, examplesApi } from '../../../contract/examples';
import { vietnamDate } from '../../../core/calendar/iso-date';
import { EXAMPLE_ACTION_LABELS, type ExampleAction, MIN_SUMMARY_LENGTH } from '../../../core/examples';
import { AWARDS } from '../../../core/law';
import { type ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n } from '../../i18n/i18n';
import { EXAMPLE_FIELDS } from './example-labels';
import '../../i18n/en-examples';

/** Run an async step, keep its error for display; true when it succeeded. */
function useStep() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      return true;
    } catch (e) {
      setError(e as ApiError);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const reset = useCallback(() => setError(null), []);
  return { busy, error, run, reset };
}

/** Move an example to the next stage (or drop it) on a date, with a note or the reason. */
export function StageDialog(props: {
  example: ExampleDetail;
  action: ExampleAction | null;
  onClose: () => void;
  /** The example after the move. */
  onDone: (next: ExampleDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const step = useStep();
  const [form] = Form.useForm<{ on: Dayjs; note?: string; reason?: string }>();
  const a = props.action;
  // A new move starts clean when the dialog opens, not when its opening animation ends: a quick click on
  // "Xác nhận" during the animation used to have its answer (or its refusal) wiped by that late reset.
  const { reset } = step;
  useEffect(() => {
    if (a) reset();
  }, [a, reset]);
  const submit = async (v: { on: Dayjs; note?: string; reason?: string }) => {
    if (!a) return;
    let next: ExampleDetail | null = null;
    const ok = await step.run(async () => {
      next = await api.call(examplesApi.moveExample, {
        params: { id: props.example.id },
        body: {
          action: a,
          on: v.on.format('YYYY-MM-DD'),
          note: v.note || undefined,
          reason: v.reason || undefined,
        },
      });
    });
    if (ok && next) {
      message.success(t('Đã thực hiện: {a}', { a: t(EXAMPLE_ACTION_LABELS[a]) }));
      props.onClose();
      props.onDone(next);
    }
  };
  return (
    <Modal
      open={a !== null}
      title={a ? t(EXAMPLE_ACTION_LABELS[a]) : ''}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Xác nhận')}
      cancelText={t('Hủy')}
      confirmLoading={step.busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={step.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ on: dayjs(vietnamDate(new Date())) }}
      >
        <Form.Item
          name="on"
          label={t('Ngày chuyển khâu')}
          rules={[{ required: true, message: t('Chọn ngày') }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {a === 'drop' ? (
          <Form.Item
            name="reason"
            label={t('Lý do dừng theo dõi')}
            rules={[{ required: true, min: 10, message: t('Cần ghi rõ lý do (ít nhất 10 ký tự)') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        ) : (
          <Form.Item name="note" label={t('Ghi chú')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {a === 'sumUp' && !props.example.summaryText && (
          <div style={{ color: '#b26a00' }}>
            {t('Cần viết bài tổng kết (ít nhất {n} ký tự) trước khi tổng kết.', { n: MIN_SUMMARY_LENGTH })}
          </div>
        )}
      </Form>
    </Modal>
  );
}

/** "Đề nghị khen thưởng": a DRAFT proposal in the proposals workflow, then open it. */
export function ProposeDialog(props: { example: ExampleDetail; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const step = useStep();
  const [form] = Form.useForm<{ awardCode: string; year: number; achievement?: string }>();
  const options = AWARDS.filter((a) => a.subjects.includes(props.example.subjectKind)).map((a) => ({
    value: a.code,
    label: a.name,
  }));
  const submit = async (v: { awardCode: string; year: number; achievement?: string }) => {
    let id = '';
    const ok = await step.run(async () => {
      id = (
        await api.call(examplesApi.proposeExample, {
          params: { id: props.example.id },
          body: { awardCode: v.awardCode, year: v.year, achievement: v.achievement || undefined },
        })
      ).proposalId;
    });
    if (ok) navigate(`/de-nghi/${id}`);
  };
  return (
    <Modal
      open={props.open}
      title={t('Đề nghị khen thưởng điển hình')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Lập đề nghị (dự thảo)')}
      cancelText={t('Hủy')}
      confirmLoading={step.busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={step.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          year: dayjs().year(),
          achievement: `Điển hình tiên tiến "${props.example.title}": ${props.example.model}`,
        }}
      >
        <Form.Item
          name="awardCode"
          label={t('Hình thức khen thưởng')}
          rules={[{ required: true, message: t('Chọn hình thức khen thưởng') }]}
        >
          <Select {...vietnameseSearch} options={options} />
        </Form.Item>
        <Form.Item name="year" label={t('Năm thành tích')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="achievement" label={t('Tóm tắt thành tích')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EditValues {
  title: string;
  model: string;
  field: string;
  discoveryNote?: string;
  summaryText?: string;
  internalNote?: string;
}

/** Edit the example's content and its summing-up text (bài tổng kết). */
export function EditDialog(props: {
  example: ExampleDetail;
  open: boolean;
  onClose: () => void;
  /** The example as saved. */
  onDone: (next: ExampleDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const step = useStep();
  const [form] = Form.useForm<EditValues>();
  const e = props.example;
  const submit = async (v: EditValues) => {
    let next: ExampleDetail | null = null;
    const ok = await step.run(async () => {
      next = await api.call(examplesApi.updateExample, {
        params: { id: e.id },
        body: { version: e.version, movementId: e.movementId, ...v },
      });
    });
    if (ok && next) {
      message.success(t('Đã lưu điển hình.'));
      props.onClose();
      props.onDone(next);
    }
  };
  return (
    <Modal
      open={props.open}
      title={t('Sửa điển hình, bài tổng kết')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      width={820}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={step.busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={step.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: e.title,
          model: e.model,
          field: e.field,
          discoveryNote: e.discoveryNote ?? '',
          summaryText: e.summaryText ?? '',
          internalNote: e.internalNote ?? '',
        }}
      >
        <Form.Item name="title" label={t('Tên điển hình')} rules={[{ required: true, min: 5 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="model" label={t('Mô hình, cách làm hay')} rules={[{ required: true, min: 10 }]}>
          <Input.TextArea rows={3} maxLength={3000} />
        </Form.Item>
        <Form.Item name="field" label={t('Lĩnh vực')} rules={[{ required: true }]}>
          <Select
            options={[...new Set([...EXAMPLE_FIELDS, e.field])].map((f) => ({ value: f, label: t(f) }))}
          />
        </Form.Item>
        <Form.Item
          name="summaryText"
          label={t('Bài tổng kết')}
          extra={t(
            'Bài tổng kết được công bố trên trang điển hình cho người dân; cần ít nhất {n} ký tự trước khi tổng kết.',
            { n: MIN_SUMMARY_LENGTH },
          )}
        >
          <Input.TextArea rows={7} maxLength={20000} showCount />
        </Form.Item>
        <Form.Item name="discoveryNote" label={t('Ghi chú về việc phát hiện')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="internalNote" label={t('Ghi chú nội bộ (không công bố)')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
