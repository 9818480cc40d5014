import type { Generated } from 'kysely';

/** Account tables and columns of migration 0013, merged into `Database` by module augmentation. */
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

declare module './schema' {
  interface UserTable {
    /** 1 after an administrator's reset: the user must choose a new password (0 by default on insert). */
    must_change_password: Generated<number>;
    password_changed_at: Generated<string | null>;
    last_login_at: Generated<string | null>;
  }
  interface Database {
    instance_settings: InstanceSettingTable;
    login_throttle: LoginThrottleTable;
  }
}
