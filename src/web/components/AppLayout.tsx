import {
  AuditOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FlagOutlined,
  LockOutlined,
  LogoutOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Badge, Button, Grid, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { inboxApi } from '../../contract/inbox';
import type { Action } from '../../core/auth/policy';
import type { Role } from '../../core/auth/roles';
import { api } from '../api/client';
import { useAuth, useMe } from '../auth/auth';
import { useCan } from '../auth/use-can';
import { EXTRA_ROUTES } from '../extra-routes';
import { type Lang, useI18n } from '../i18n/i18n';
import { DemoBanner } from '../pages/accounts/DemoBanner';
import { INBOX_CHANGED } from './inbox-events';

interface Item {
  key: string;
  label: string;
  icon?: ReactNode;
  roles?: Role[];
  /** Shown only to those the permission policy allows this action. */
  action?: Action;
  order: number;
}

const BASE_ITEMS: Item[] = [
  { key: '/', label: 'Tổng quan', icon: <DashboardOutlined />, order: 0 },
  { key: '/phong-trao', label: 'Phong trào thi đua', icon: <FlagOutlined />, order: 20 },
  { key: '/de-nghi', label: 'Đề nghị khen thưởng', icon: <SolutionOutlined />, order: 40 },
  { key: '/quyet-dinh', label: 'Quyết định, giấy khen', icon: <FileDoneOutlined />, order: 60 },
  { key: '/don-vi', label: 'Đơn vị và cá nhân', icon: <TeamOutlined />, order: 80 },
  {
    key: '/nhat-ky',
    label: 'Nhật ký thao tác',
    icon: <AuditOutlined />,
    action: 'audit.read',
    order: 90,
  },
];

export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <Segmented
      size="small"
      value={lang}
      options={[
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(v) => setLang(v as Lang)}
      aria-label="Ngôn ngữ / Language"
    />
  );
}

const INBOX_KEY = '/viec-can-lam';

/** Open tasks in "Việc cần làm" for the signed-in user, refreshed on every page change and on INBOX_CHANGED. */
function useInboxCount(path: string): number {
  const [open, setOpen] = useState(0);
  useEffect(() => {
    let alive = true;
    const load = () => {
      api.call(inboxApi.inboxCount, {}).then(
        (r) => {
          if (alive) setOpen(r.open);
        },
        () => undefined,
      );
    };
    void path;
    load();
    window.addEventListener(INBOX_CHANGED, load);
    return () => {
      alive = false;
      window.removeEventListener(INBOX_CHANGED, load);
    };
  }, [path]);
  return open;
}

export function AppLayout() {
  const me = useMe();
  const may = useCan();
  const { logout } = useAuth();
  const { t } = useI18n();
  const nav = useNavigate();
  const loc = useLocation();
  const inboxOpen = useInboxCount(loc.pathname);
  const items = [
    ...BASE_ITEMS,
    ...EXTRA_ROUTES.filter((r) => r.menu).map((r) => ({
      key: `/${r.path}`,
      ...(r.menu as NonNullable<typeof r.menu>),
    })),
  ]
    .filter((i) => (!i.roles || i.roles.includes(me.role)) && (!i.action || may(i.action)))
    .sort((a, b) => a.order - b.order);
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const wide = Boolean(screens.xxl);
  const selected = items
    .filter((i) => (i.key === '/' ? loc.pathname === '/' : loc.pathname.startsWith(i.key)))
    .map((i) => i.key);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        width={240}
        theme="light"
        style={{ borderRight: '1px solid #eee' }}
      >
        <div style={{ padding: '16px 20px', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            ★ Thi Đua
          </Typography.Title>
          <Typography.Text type="secondary">{me.tenantName}</Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={selected}
          items={items.map((i) => ({
            key: i.key,
            icon: i.icon,
            label:
              i.key === INBOX_KEY && inboxOpen > 0 ? (
                <span data-testid="menu-inbox-count">
                  {t(i.label)}{' '}
                  <Badge
                    count={inboxOpen}
                    overflowCount={99}
                    size="small"
                    title={`${inboxOpen} ${t('việc chưa làm')}`}
                  />
                </span>
              ) : (
                t(i.label)
              ),
          }))}
          onClick={(e) => nav(e.key)}
        />
      </Layout.Sider>
      <Layout>
        {/* On a phone the header wraps onto several lines (clear of the menu button at the top left) instead of overflowing. */}
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            borderBottom: '1px solid #eee',
            ...(narrow
              ? { padding: '8px 12px 8px 56px', height: 'auto', lineHeight: 1.5, flexWrap: 'wrap', gap: 8 }
              : { padding: '0 24px' }),
          }}
        >
          <DemoBanner />
          <Space size={narrow ? 'small' : 'middle'} wrap={narrow}>
            <LanguageSwitch />
            {/* The unit's name only where it fits on the line; otherwise it is the tooltip of the user's name. */}
            <span
              data-testid="current-user"
              title={me.unitName ?? undefined}
              style={narrow ? undefined : { whiteSpace: 'nowrap' }}
            >
              <b>{me.displayName}</b> <Tag color="red">{t(me.roleLabel)}</Tag>
              {me.unitName && (narrow || wide) && (
                <Typography.Text type="secondary">{me.unitName}</Typography.Text>
              )}
            </span>
            <Button
              icon={<LockOutlined />}
              aria-label={t('Đổi mật khẩu')}
              title={t('Đổi mật khẩu')}
              onClick={() => nav('/doi-mat-khau')}
            />
            <Button
              icon={<LogoutOutlined />}
              onClick={async () => {
                await logout();
                nav('/dang-nhap');
              }}
            >
              {t('Đăng xuất')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
