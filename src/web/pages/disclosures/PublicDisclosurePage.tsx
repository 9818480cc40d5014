import { Alert, Button, Card, Form, Input, List, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { disclosuresApi, type NewObjection } from '../../../contract/disclosures';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';

/** Public page (no login): proposed lists under disclosure, and a form for comments or objections. */
export function PublicDisclosurePage() {
  const { id } = useParams();
  const { t } = useI18n();
  const lists = useData(() => api.call(disclosuresApi.publicDisclosures, {}), []);
  const detail = useData(
    () => (id ? api.call(disclosuresApi.publicDisclosure, { params: { id } }) : Promise.resolve(null)),
    [id],
  );
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<NewObjection>();
  const send = async (v: NewObjection) => {
    if (!id) return;
    setError(null);
    try {
      const r = await api.call(disclosuresApi.sendObjection, { params: { id }, body: v });
      setSent(r.message);
      form.resetFields();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return (
    <div style={{ maxWidth: 900, margin: '24px auto', padding: 16 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <Typography.Title level={3} style={{ color: '#b71c1c' }}>
          {t('Công khai danh sách đề nghị khen thưởng')}
        </Typography.Title>
        <LanguageSwitch />
      </div>
      <ApiErrorAlert error={lists.error ?? detail.error} />
      {!id && (
        <List
          bordered
          dataSource={lists.data ?? []}
          locale={{ emptyText: t('Hiện không có danh sách nào đang công khai.') }}
          renderItem={(d) => (
            <List.Item>
              <Link to={`/cong-khai/${d.id}`}>{d.title}</Link> — {d.commune}, {formatDateVi(d.startsOn)} –{' '}
              {formatDateVi(d.endsOn)}
              {d.open ? '' : ` (${t('đã kết thúc')})`}
            </List.Item>
          )}
        />
      )}
      {detail.data && (
        <>
          <Card
            size="small"
            title={`${detail.data.title} — ${detail.data.commune}`}
            extra={`${formatDateVi(detail.data.startsOn)} – ${formatDateVi(detail.data.endsOn)}`}
          >
            <List
              dataSource={detail.data.items}
              renderItem={(i) => (
                <List.Item>
                  <List.Item.Meta
                    title={`${i.subjectName} — ${i.unitName}`}
                    description={
                      <>
                        <b>{i.awardName}</b>
                        <div>{i.achievement}</div>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
          {detail.data.open ? (
            <Card size="small" title={t('Gửi góp ý hoặc phản ánh')} style={{ marginTop: 16 }}>
              {sent && <Alert type="success" showIcon message={t(sent)} style={{ marginBottom: 12 }} />}
              <ApiErrorAlert error={error} />
              <Form form={form} layout="vertical" onFinish={send} initialValues={{ kind: 'GOP_Y' }}>
                <Form.Item
                  name="proposalId"
                  label={t('Về người/tập thể')}
                  rules={[{ required: true, message: t('Chọn người/tập thể') }]}
                >
                  <Select
                    options={detail.data.items.map((i) => ({ value: i.proposalId, label: i.subjectName }))}
                  />
                </Form.Item>
                <Form.Item name="kind" label={t('Loại ý kiến')}>
                  <Radio.Group
                    options={[
                      { value: 'GOP_Y', label: t('Góp ý') },
                      { value: 'PHAN_ANH', label: t('Phản ánh (đề nghị xem xét lại)') },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name="content"
                  label={t('Nội dung')}
                  rules={[{ required: true, min: 10, message: t('Nội dung ý kiến cần ít nhất 10 ký tự') }]}
                >
                  <Input.TextArea rows={4} maxLength={3000} showCount />
                </Form.Item>
                <Form.Item name="authorName" label={t('Họ tên (không bắt buộc)')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item
                  name="authorContact"
                  label={t('Số điện thoại hoặc email để được trả lời (không bắt buộc)')}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t('Gửi ý kiến')}
                </Button>
              </Form>
            </Card>
          ) : (
            <Alert style={{ marginTop: 16 }} type="info" message={t('Thời gian nhận ý kiến đã kết thúc.')} />
          )}
          <Link to="/cong-khai">{t('← Tất cả danh sách')}</Link>
        </>
      )}
    </div>
  );
}
