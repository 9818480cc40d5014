import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography, theme } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useErrorText } from '../api/error-text';
import { useAuth } from '../auth/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useI18n } from '../i18n/i18n';
import { DemoBanner } from './accounts/DemoBanner';

export function LoginPage() {
  const { login } = useAuth();
  const { t } = useI18n();
  const errorText = useErrorText();
  const nav = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { token } = theme.useToken();
  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      nav('/');
    } catch (e) {
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
        background: 'linear-gradient(135deg,#fff5f5,#fffbe6)',
      }}
    >
      {/* a card drawn by hand: antd's Card brings its tabs and skeleton into the first load */}
      <div
        style={{
          width: 400,
          maxWidth: '100%',
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <div style={{ textAlign: 'right' }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={3} style={{ color: '#b71c1c', marginBottom: 0 }}>
          ★ Thi Đua
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('Quản lý thi đua, khen thưởng cấp xã')}
        </Typography.Paragraph>
        <DemoBanner inline />
        {error && (
          <Alert type="error" showIcon message={t(error)} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('Tên đăng nhập')}
            rules={[{ required: true, message: t('Chưa nhập tên đăng nhập') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('Mật khẩu')}
            rules={[{ required: true, message: t('Chưa nhập mật khẩu') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('Đăng nhập')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('Xác minh giấy khen không cần đăng nhập:')} <a href="/xac-minh">/xac-minh</a>
        </Typography.Paragraph>
      </div>
    </div>
  );
}
