import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { type Decision, decisionsApi, type Revocation } from '../../../contract/decisions';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n/i18n';

/** The chairman cancels awards of a decision (hủy bỏ, thu hồi) with the legal ground; history is kept. */
export function RevokeButton({ decision, update }: { decision: Decision; update: (d: Decision) => void }) {
  const may = useCan();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [grounds, setGrounds] = useState<{ code: string; label: string }[]>([]);
  const [form] = Form.useForm<Revocation>();
  if (!may('decision.revoke') || decision.status !== 'SIGNED') return null;
  const start = async () => {
    setGrounds(await api.call(decisionsApi.revocationGrounds, {}));
    setOpen(true);
  };
  const submit = async (v: Revocation) => {
    setError(null);
    try {
      const r = await api.call(decisionsApi.revokeDecision, { params: { id: decision.id }, body: v });
      message.success(t('Đã thu hồi {n} giấy khen.', { n: r.revoked }));
      setOpen(false);
      update(r.decision);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return (
    <>
      <Button danger onClick={start}>
        {t('Hủy bỏ, thu hồi')}
      </Button>
      <Modal
        open={open}
        title={t('Hủy bỏ quyết định, thu hồi giấy khen và tiền thưởng')}
        okText={t('Thu hồi')}
        okButtonProps={{ danger: true }}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ApiErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="ground"
            label={t('Căn cứ')}
            rules={[{ required: true, message: t('Chọn căn cứ') }]}
          >
            <Select options={grounds.map((g) => ({ value: g.code, label: `${g.code}) ${g.label}` }))} />
          </Form.Item>
          <Form.Item name="awardIds" label={t('Giấy khen bị thu hồi (để trống: tất cả)')}>
            <Select
              mode="multiple"
              allowClear
              options={decision.awards
                .filter((a) => !a.revokedAt)
                .map((a) => ({ value: a.id, label: `${a.registerNumber}. ${a.subjectName}` }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('Lý do, kết luận của cơ quan có thẩm quyền')}
            rules={[{ required: true, min: 10, message: t('Cần ghi rõ lý do (ít nhất 10 ký tự)') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
