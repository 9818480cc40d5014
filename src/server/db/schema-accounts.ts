import type { Generated } from 'kysely';
import type { Role } from '../../core/auth/roles';

/** Accounts, sessions, sign-in throttling and the instance's settings. */
export interface UserTable {
  id: string;
  tenant_id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  person_id: string | null;
  active: number;
  created_at: string;
  /** 1 after an administrator's reset: the user must choose a new password (0 by default on insert). */
  must_change_password: Generated<number>;
  password_changed_at: Generated<string | null>;
  last_login_at: Generated<string | null>;
}

export interface SessionTable {
  id: string; // sha256 of the cookie token, never the token itself
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface InstanceSettingTable {
  key: string; // 'demo_data' ('1' when the demo commune with published passwords was seeded), 'setup_done'
  value: string;
  updated_at: string;
}

/** Login throttling state for one key: "user:<username>" or "addr:<sha-256 of the address>". */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
  lock_level: number;
  updated_at: string;
}

export interface AccountTables {
  users: UserTable;
  sessions: SessionTable;
  instance_settings: InstanceSettingTable;
  login_throttle: LoginThrottleTable;
}
