import type { ReactNode } from 'react';
import type { Role } from '../core/auth/roles';

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

export const EXTRA_ROUTES: ExtraRoute[] = [];
