import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Badge, Button, Grid, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { inboxApi } from '../../contract/inbox';
import { api } from '../api/client';
import { useAuth, useMe } from '../auth/auth';
import { useCan } from '../auth/use-can';
import { useI18n } from '../i18n/i18n';
import { DemoBanner } from '../pages/accounts/DemoBanner';
import type { MenuEntry } from '../routes';
import { INBOX_CHANGED } from './inbox-events';
import { LanguageSwitch } from './LanguageSwitch';

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

/** The signed-in frame: the side menu (the entries of `routes.tsx` the user may see), the header, the page. */
export function AppLayout({ menu }: { menu: MenuEntry[] }) {
  const me = useMe();
  const may = useCan();
  const { logout } = useAuth();
  const { t } = useI18n();
  const nav = useNavigate();
  const loc = useLocation();
  const inboxOpen = useInboxCount(loc.pathname);
  const items = menu
    .filter((e) => e.access === 'signed-in' || (e.access !== 'public' && may(e.access)))
    .map((e) => ({ key: e.path, label: e.menu.label, icon: e.menu.icon }));
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
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
