import { NotificationOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../core/auth/roles';
import { DisclosuresPage } from './pages/disclosures/DisclosuresPage';
import { PublicDisclosurePage } from './pages/disclosures/PublicDisclosurePage';
import { MeetingPage } from './pages/council/MeetingPage';
import { MeetingsPage } from './pages/council/MeetingsPage';
import { MinutesPage } from './pages/council/MinutesPage';

/**
 * Feature pages beyond the foundation register here: a route, and optionally a menu entry.
 * Keeping them in one list lets features be added without touching the router or the layout.
 */
export interface ExtraRoute {
  path: string;
  element: ReactNode;
  public?: boolean;
  menu?: { label: string; icon?: ReactNode; roles?: Role[]; order: number };
}

export const EXTRA_ROUTES: ExtraRoute[] = [
  { path: 'hoi-dong', element: <MeetingsPage />, menu: { label: 'Hội đồng TĐKT', icon: <TeamOutlined />, order: 45 } },
  { path: 'hoi-dong/:id', element: <MeetingPage /> },
  { path: 'hoi-dong/:id/bien-ban', element: <MinutesPage /> },
  { path: 'cong-khai-xet', element: <DisclosuresPage />, menu: { label: 'Công khai, ý kiến', icon: <NotificationOutlined />, order: 50 } },
  { path: '/cong-khai', element: <PublicDisclosurePage />, public: true },
  { path: '/cong-khai/:id', element: <PublicDisclosurePage />, public: true },
];
