import { Alert, Button, Card, Descriptions, Form, Input, message, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type CommuneProfile, communeApi } from '../../../contract/commune';
import { formatDateTimeVi } from '../../../core/text';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from '../../components/field-errors';
import { useData } from '../../components/use-data';
import '../../i18n/en-units';
import { useI18n } from '../../i18n/i18n';

type Fields = Omit<CommuneProfile, 'communeName' | 'version' | 'updatedAt'>;

const FIELDS: readonly (keyof Fields)[] = [
  'agencyName',
  'parentAgencyName',
  'placeName',
  'provinceName',
  'address',
  'phone',
  'email',
  'chairmanName',
  'chairmanTitle',
];

/**
 * "Thông tin xã": the names, address and signer the commune's documents are written with (header,
 * "Tân Việt, ngày … tháng … năm …", seal's text). Everyone reads it; the administrator edits it.
 */
export function CommuneProfilePage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const edit = useCan()('commune.manage');
  const profile = useData(() => api.call(communeApi.getProfile, {}), []);
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (profile.data) form.setFieldsValue(profile.data);
  }, [profile.data, form]);

  const save = async (v: Fields) => {
    if (!profile.data) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api.call(communeApi.saveProfile, { body: { ...v, version: profile.data.version } });
      profile.setData(saved);
      message.success(t('Đã lưu thông tin xã.'));
    } catch (e) {
      const text = errorText(e);
      if (!showFieldErrors(form, e, text, FIELDS)) setError(text);
    } finally {
      setBusy(false);
    }
  };

  const p = profile.data;
  const text = (label: string, name: keyof Fields, extra?: string, required?: string) => (
    <Form.Item
      name={name}
      label={t(label)}
      extra={extra ? t(extra) : undefined}
      rules={required ? [{ required: true, whitespace: true, message: t(required) }] : []}
    >
      <Input maxLength={300} />
    </Form.Item>
  );
  return (
    <div style={{ maxWidth: 760 }}>
      <Typography.Title level={3}>{t('Thông tin xã')}</Typography.Title>
      <ApiErrorAlert error={profile.error} />
      {p && p.version === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('Chưa lưu thông tin xã: các văn bản đang dùng giá trị suy ra từ tên xã.')}
        />
      )}
      {p && !edit && (
        <Card size="small">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('Tên cơ quan (như trên con dấu)')}>{p.agencyName}</Descriptions.Item>
            <Descriptions.Item label={t('Cơ quan cấp trên')}>{p.parentAgencyName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('Địa danh')}>{p.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('Tỉnh')}>{p.provinceName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('Địa chỉ')}>{p.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('Điện thoại')}>{p.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('Thư điện tử')}>{p.email ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('Chủ tịch UBND')}>{p.chairmanName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('Chức danh người ký')}>{p.chairmanTitle ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {p && edit && (
        <Card size="small">
          {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" requiredMark={false} onFinish={save}>
            {text(
              'Tên cơ quan (như trên con dấu)',
              'agencyName',
              'Ví dụ: ỦY BAN NHÂN DÂN XÃ TÂN VIỆT',
              'Chưa nhập tên cơ quan (như trên con dấu)',
            )}
            {text(
              'Cơ quan cấp trên',
              'parentAgencyName',
              'In phía trên tên cơ quan ở đầu văn bản; để trống nếu không có.',
            )}
            {text(
              'Địa danh',
              'placeName',
              'Dùng ở dòng ngày tháng của văn bản: "<địa danh>, ngày … tháng … năm …"',
              'Chưa nhập địa danh',
            )}
            {text('Tỉnh', 'provinceName')}
            {text('Địa chỉ', 'address')}
            {text('Điện thoại', 'phone')}
            {text('Thư điện tử', 'email')}
            {text('Chủ tịch UBND', 'chairmanName')}
            {text('Chức danh người ký', 'chairmanTitle', 'Ví dụ: CHỦ TỊCH hoặc KT. CHỦ TỊCH')}
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('Lưu')}
            </Button>
            {p.updatedAt && (
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {t('Cập nhật lần cuối: {d}', { d: formatDateTimeVi(p.updatedAt) })}
              </Typography.Text>
            )}
          </Form>
        </Card>
      )}
    </div>
  );
}
