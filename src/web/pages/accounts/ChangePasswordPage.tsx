import { Alert, Button, Card, Form, Input, message, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { authApi } from '../../../contract/accounts';
import { api } from '../../api/client';
import { useAuth, useMe } from '../../auth/auth';
import '../../i18n/en-accounts';
import { useErrorText } from '../../api/error-text';
import { useI18n } from '../../i18n/i18n';
import { confirmRule, newPasswordRules, PASSWORD_HINT } from './password-field';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * "Đổi mật khẩu": from the header for everyone; the only page a user sees after an administrator's reset
 * (`forced`) until they have chosen a new password.
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const me = useMe();
  const { reload, logout } = useAuth();
  const { t } = useI18n();
  const errorText = useErrorText();
  const nav = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.call(authApi.changePassword, {
        body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
      });
      message.success(t('Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.'));
      form.resetFields();
      await reload();
      if (forced) nav('/');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const card = (
    <Card style={{ width: '100%', maxWidth: 480 }}>
      <Typography.Title level={forced ? 3 : 4} style={{ marginTop: 0 }}>
        {t('Đổi mật khẩu')}
      </Typography.Title>
      {forced && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t(
            'Bạn đang đăng nhập bằng mật khẩu tạm do quản trị viên cấp (khi tạo tài khoản hoặc đặt lại mật khẩu). Hãy đặt mật khẩu mới để tiếp tục.',
          )}
        />
      )}
      {error && <Alert type="error" showIcon message={t(error)} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t(forced ? 'Mật khẩu tạm' : 'Mật khẩu hiện tại')}
          rules={[{ required: true, message: t('Chưa nhập mật khẩu hiện tại') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('Mật khẩu mới')}
          extra={t(PASSWORD_HINT)}
          rules={newPasswordRules(t, () => ({ username: me.username, displayName: me.displayName }))}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('Nhập lại mật khẩu mới')}
          dependencies={['newPassword']}
          rules={[{ required: true, message: t('Chưa nhập lại mật khẩu') }, confirmRule(t, 'newPassword')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={forced}>
          {t('Đổi mật khẩu')}
        </Button>
        {forced && (
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            onClick={async () => {
              await logout();
              nav('/dang-nhap');
            }}
          >
            {t('Đăng xuất')}
          </Button>
        )}
      </Form>
    </Card>
  );
  if (!forced) return card;
  return <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16 }}>{card}</div>;
}
