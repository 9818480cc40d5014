import { Alert, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { type UserRow, usersApi } from '../../../contract/accounts';
import { organisationsApi } from '../../../contract/organisations';
import { ROLE_LABELS, ROLES, type Role } from '../../../core/auth/roles';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { useMe } from '../../auth/auth';
import { showFieldErrors } from '../../components/field-errors';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import '../../i18n/en-units';
import { useI18n } from '../../i18n/i18n';
import { newPasswordRules, PASSWORD_HINT } from './password-field';

interface Fields {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  personId?: string | null;
  password?: string;
}

const FIELDS = ['username', 'displayName', 'role', 'unitId', 'personId', 'password'] as const;

/**
 * Create an account (`user` null) or edit one: name, role, unit (a unit head's only), the person it belongs
 * to. A new account's password is typed or a temporary one is made and shown once (`onCreated`).
 */
export function UserFormModal({
  open,
  user,
  onClose,
  onSaved,
  onCreated,
}: {
  open: boolean;
  user: UserRow | null;
  onClose: () => void;
  onSaved: (u: UserRow) => void;
  onCreated: (u: UserRow, temporaryPassword: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const errorText = useErrorText();
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<'generate' | 'type'>('generate');
  const role = Form.useWatch('role', form);
  const units = useData(
    () => (open ? api.call(organisationsApi.listUnits, {}) : Promise.resolve([])),
    [open],
  );
  const people = useData(
    () => (open ? api.call(organisationsApi.listPeople, {}) : Promise.resolve([])),
    [open],
  );
  useEffect(() => {
    if (!open) return;
    setError(null);
    setMode('generate');
    form.resetFields();
    if (user)
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.unitId,
        personId: user.personId,
      });
    else form.setFieldsValue({ role: 'XEM' });
  }, [open, user, form]);

  const save = async () => {
    const v = await form.validateFields();
    const scope = {
      displayName: v.displayName,
      role: v.role,
      unitId: v.role === 'TRUONG_DON_VI' ? (v.unitId ?? null) : null,
      personId: v.personId ?? null,
    };
    setBusy(true);
    setError(null);
    try {
      if (user) onSaved(await api.call(usersApi.updateUser, { params: { id: user.id }, body: scope }));
      else {
        const r = await api.call(usersApi.createUser, {
          body: { ...scope, username: v.username, ...(mode === 'type' ? { password: v.password } : {}) },
        });
        onCreated(r.user, r.temporaryPassword);
      }
    } catch (e) {
      const text = errorText(e);
      if (!showFieldErrors(form, e, text, FIELDS)) setError(text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={user ? `${t('Sửa tài khoản')}: ${user.username}` : t('Tạo tài khoản')}
      okText={user ? t('Lưu') : t('Tạo tài khoản')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark={false}>
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
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('Họ tên')}
          rules={[{ required: true, message: t('Chưa nhập họ tên') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('Vai trò')}
          extra={user?.self ? t('Không thể tự đổi vai trò của chính mình.') : undefined}
        >
          <Select
            disabled={user?.self}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang === 'en' ? 'en' : 'vi'] }))}
          />
        </Form.Item>
        {role === 'TRUONG_DON_VI' && (
          <Form.Item
            name="unitId"
            label={t('Đơn vị')}
            rules={[{ required: true, message: t('Trưởng đơn vị phải được gắn với đơn vị của mình') }]}
          >
            <Select
              {...vietnameseSearch}
              options={(units.data ?? [])
                .filter((u) => u.active && u.id !== me.tenantId)
                .map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="personId" label={t('Cá nhân (không bắt buộc)')}>
          <Select
            {...vietnameseSearch}
            allowClear
            placeholder={t('Gõ tên để tìm (không cần dấu)')}
            options={(people.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.fullName} — ${p.unitName}`,
            }))}
          />
        </Form.Item>
        {!user && (
          <>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} style={{ marginBottom: 12 }}>
              <Space direction="vertical">
                <Radio value="generate">{t('Tạo mật khẩu tạm (hiện một lần)')}</Radio>
                <Radio value="type">{t('Tự nhập mật khẩu tạm')}</Radio>
              </Space>
            </Radio.Group>
            {mode === 'type' && (
              <Form.Item
                name="password"
                label={t('Mật khẩu tạm')}
                extra={t(PASSWORD_HINT)}
                rules={newPasswordRules(t, () => ({
                  username: form.getFieldValue('username'),
                  displayName: form.getFieldValue('displayName'),
                }))}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
