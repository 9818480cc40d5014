import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { authApi } from '../../../contract/accounts';
import { ApiError, api } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import '../../i18n/en-accounts';
import { useErrorText } from '../../api/error-text';
import { useI18n } from '../../i18n/i18n';
import { confirmRule, newPasswordRules, PASSWORD_HINT } from './password-field';

interface SetupForm {
  communeName: string;
  communeCode?: string;
  username: string;
  displayName: string;
  password: string;
  passwordConfirm: string;
}

/** First run (no account yet): the commune and its first administrator, then sign in. */
export function SetupPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { login, reload } = useAuth();
  const nav = useNavigate();
  const [form] = Form.useForm<SetupForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: SetupForm) => {
    setBusy(true);
    setError(null);
    try {
      await api.call(authApi.setup, { body: { ...v, communeCode: v.communeCode?.trim() || undefined } });
      await login(v.username.trim(), v.password);
      await reload();
      nav('/');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SETUP_DONE') await reload();
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 16,
        background: 'linear-gradient(135deg,#fff5f5,#fffbe6)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <div style={{ textAlign: 'right' }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={3} style={{ color: '#b71c1c', marginBottom: 0 }}>
          ★ Thi Đua — {t('Thiết lập lần đầu')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t(
            'Chưa có tài khoản nào. Hãy nhập tên xã và tạo quản trị viên đầu tiên; sau đó quản trị viên tạo tài khoản cho cán bộ.',
          )}
        </Typography.Paragraph>
        {error && (
          <Alert type="error" showIcon message={t(error)} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="communeName"
            label={t('Tên xã')}
            rules={[{ required: true, message: t('Chưa nhập tên xã') }]}
          >
            <Input placeholder={t('Ví dụ: Xã Hòa Bình')} autoFocus />
          </Form.Item>
          <Form.Item name="communeCode" label={t('Mã xã (mã đơn vị hành chính, nếu có)')}>
            <Input placeholder="12345" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('Họ tên quản trị viên')}
            rules={[{ required: true, message: t('Chưa nhập họ tên') }]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('Tên đăng nhập')}
            rules={[
              { required: true, message: t('Chưa nhập tên đăng nhập') },
              {
                pattern: /^[A-Za-z0-9._-]{3,50}$/,
                message: t('Tên đăng nhập từ 3 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch'),
              },
            ]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('Mật khẩu')}
            extra={t(PASSWORD_HINT)}
            rules={newPasswordRules(t, () => ({
              username: form.getFieldValue('username'),
              displayName: form.getFieldValue('displayName'),
            }))}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="passwordConfirm"
            label={t('Nhập lại mật khẩu')}
            dependencies={['password']}
            rules={[{ required: true, message: t('Chưa nhập lại mật khẩu') }, confirmRule(t, 'password')]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('Tạo xã và quản trị viên')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
