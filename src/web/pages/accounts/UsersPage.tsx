import {
  Alert,
  Button,
  Form,
  Input,
  Modal,
  message,
  Popconfirm,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type UserRow, usersApi } from '../../../contract/accounts';
import { ApiError, api } from '../../api/client';
import { useData } from '../../components/use-data';
import '../../i18n/en-accounts';
import { formatDateTimeVi } from '../../../core/text';
import { useErrorText } from '../../api/error-text';
import { useI18n } from '../../i18n/i18n';
import { newPasswordRules, PASSWORD_HINT } from './password-field';
import { UserFormModal } from './UserFormModal';

/** An instant in the browser's local time, dd/mm/yyyy hh:mm. */
const when = (iso: string | null) => (iso ? formatDateTimeVi(iso) : '—');

/**
 * "Người dùng" (administrator): the commune's accounts; create one (password typed or a temporary one
 * shown once), edit name, role, unit and person, reset a password, deactivate and reactivate.
 */
export function UsersPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { data, error, loading, setData } = useData(() => api.call(usersApi.listUsers, {}), []);
  /** Show an account as the server answered it after a change. */
  const replace = (row: UserRow) => setData((list) => list?.map((x) => (x.id === row.id ? row : x)));
  const [resetFor, setResetFor] = useState<UserRow | null>(null);
  const [mode, setMode] = useState<'generate' | 'type'>('generate');
  const [shown, setShown] = useState<{ user: UserRow; password: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<{ password?: string }>();
  /** The account being edited; 'new' while creating one. */
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);

  const act = async (u: UserRow, action: 'deactivate' | 'reactivate') => {
    try {
      replace(await api.call(usersApi[action], { params: { id: u.id } }));
      message.success(
        t(
          action === 'deactivate'
            ? 'Đã ngừng tài khoản; các phiên đăng nhập của người này đã kết thúc.'
            : 'Đã mở lại tài khoản.',
        ),
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const reset = async () => {
    if (!resetFor) return;
    setBusy(true);
    setFormError(null);
    try {
      const body = mode === 'type' ? { password: (await form.validateFields()).password } : {};
      const r = await api.call(usersApi.resetPassword, { params: { id: resetFor.id }, body });
      replace(r.user);
      if (r.temporaryPassword) setShown({ user: resetFor, password: r.temporaryPassword });
      else message.success(t('Đã đặt lại mật khẩu; người dùng phải đổi khi đăng nhập.'));
      setResetFor(null);
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError) setFormError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Người dùng')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('Tạo tài khoản')}
        </Button>
      </Space>
      {error && (
        <Alert type="error" showIcon role="alert" message={errorText(error)} style={{ marginBottom: 16 }} />
      )}
      <Table<UserRow>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('Tên đăng nhập'), dataIndex: 'username' },
          { title: t('Họ tên'), dataIndex: 'displayName' },
          { title: t('Vai trò'), render: (_, u) => t(u.roleLabel) },
          { title: t('Đơn vị'), render: (_, u) => u.unitName ?? '—' },
          { title: t('Cá nhân'), render: (_, u) => u.personName ?? '—' },
          {
            title: t('Trạng thái'),
            render: (_, u) => (
              <Space size={4} wrap>
                {u.active ? <Tag color="green">{t('Đang hoạt động')}</Tag> : <Tag>{t('Đã ngừng')}</Tag>}
                {u.mustChangePassword && <Tag color="orange">{t('Phải đổi mật khẩu')}</Tag>}
              </Space>
            ),
          },
          { title: t('Đăng nhập gần nhất'), render: (_, u) => when(u.lastLoginAt) },
          {
            title: '',
            render: (_, u) =>
              u.self ? (
                <Space wrap>
                  <Button size="small" onClick={() => setEditing(u)}>
                    {t('Sửa')}
                  </Button>
                  <Typography.Text type="secondary">{t('Tài khoản của bạn')}</Typography.Text>
                </Space>
              ) : (
                <Space wrap>
                  <Button size="small" onClick={() => setEditing(u)}>
                    {t('Sửa')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      setMode('generate');
                      setFormError(null);
                      setResetFor(u);
                    }}
                  >
                    {t('Đặt lại mật khẩu')}
                  </Button>
                  {u.active ? (
                    <Popconfirm
                      title={t('Ngừng tài khoản này? Người dùng bị đăng xuất ngay.')}
                      onConfirm={() => act(u, 'deactivate')}
                      okText={t('Ngừng')}
                      cancelText={t('Hủy')}
                    >
                      <Button size="small" danger>
                        {t('Ngừng')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button size="small" onClick={() => act(u, 'reactivate')}>
                      {t('Mở lại')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <UserFormModal
        open={editing !== null}
        user={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(u) => {
          replace(u);
          setEditing(null);
          message.success(t('Đã lưu tài khoản.'));
        }}
        onCreated={(u, password) => {
          setData((list) => [...(list ?? []), u].sort((a, b) => a.username.localeCompare(b.username)));
          setEditing(null);
          if (password) setShown({ user: u, password });
          else message.success(t('Đã tạo tài khoản; người dùng phải đổi mật khẩu khi đăng nhập.'));
        }}
      />
      <Modal
        open={resetFor !== null}
        title={`${t('Đặt lại mật khẩu')}: ${resetFor?.displayName ?? ''}`}
        okText={t('Đặt lại')}
        cancelText={t('Hủy')}
        confirmLoading={busy}
        onOk={reset}
        onCancel={() => setResetFor(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('Người dùng bị đăng xuất khỏi mọi nơi và phải đổi mật khẩu khi đăng nhập lần sau.')}
        </Typography.Paragraph>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} style={{ marginBottom: 16 }}>
          <Space direction="vertical">
            <Radio value="generate">{t('Tạo mật khẩu tạm (hiện một lần)')}</Radio>
            <Radio value="type">{t('Tự nhập mật khẩu tạm')}</Radio>
          </Space>
        </Radio.Group>
        {formError && (
          <Alert type="error" showIcon message={t(formError)} style={{ marginBottom: 16 }} role="alert" />
        )}
        {mode === 'type' && (
          <Form form={form} layout="vertical" requiredMark={false}>
            <Form.Item
              name="password"
              label={t('Mật khẩu tạm')}
              extra={t(PASSWORD_HINT)}
              rules={newPasswordRules(t, () => ({
                username: resetFor?.username,
                displayName: resetFor?.displayName,
              }))}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Form>
        )}
      </Modal>
      <Modal
        open={shown !== null}
        title={t('Mật khẩu tạm')}
        onOk={() => setShown(null)}
        onCancel={() => setShown(null)}
        okText={t('Đã ghi lại')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Typography.Paragraph>
          {t('Mật khẩu tạm của')} <b>{shown?.user.displayName}</b> ({shown?.user.username}):
        </Typography.Paragraph>
        <Typography.Paragraph
          copyable
          style={{ fontSize: 20, fontFamily: 'monospace' }}
          data-testid="temporary-password"
        >
          {shown?.password}
        </Typography.Paragraph>
        <Alert
          type="warning"
          showIcon
          message={t(
            'Mật khẩu này chỉ hiện một lần. Hãy trao tận tay người dùng; họ phải đổi ngay khi đăng nhập.',
          )}
        />
      </Modal>
    </>
  );
}
