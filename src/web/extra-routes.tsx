import { NotificationOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../core/auth/roles';
import { DisclosuresPage } from './pages/disclosures/DisclosuresPage';
import { PublicDisclosurePage } from './pages/disclosures/PublicDisclosurePage';

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
  { path: 'cong-khai-xet', element: <DisclosuresPage />, menu: { label: 'Công khai, ý kiến', icon: <NotificationOutlined />, order: 50 } },
  { path: '/cong-khai', element: <PublicDisclosurePage />, public: true },
  { path: '/cong-khai/:id', element: <PublicDisclosurePage />, public: true },
];
