import type { Transaction } from 'kysely';
import { foldVietnamese } from '../../core/text';
import { writeAudit } from '../audit/audit-log';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { insertDefaultProfile } from '../organisations/profile-commands';
import { ORG_LEVELS } from '../seed/seed-demo';
import { assertStrongPassword } from './password-commands';
import { hashPassword } from './passwords';

export interface SetupInput {
  communeName: string;
  communeCode?: string | undefined;
  username: string;
  displayName: string;
  password: string;
  mustChangePassword?: boolean | undefined;
}

const setupDone = () =>
  new AppError('SETUP_DONE', 'Hệ thống đã được thiết lập: đã có tài khoản. Hãy đăng nhập.');

/** A code for a commune typed without one: "Xã Hòa Bình" → "XA-HOA-BINH". */
export const communeCodeOf = (name: string) =>
  foldVietnamese(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'XA';

/**
 * First run: create the commune (the tenant) and its first administrator. Only while no user exists;
 * two calls at once give one commune and one administrator: the marker row `setup_done` is inserted
 * first, and the second transaction waits for it (PostgreSQL) or runs after it (SQLite) and stops.
 */
export async function setupInstance(
  db: Db,
  clock: Clock,
  input: SetupInput,
  requestId?: string,
): Promise<{ tenantId: string; userId: string }> {
  const username = input.username.trim().toLowerCase();
  const displayName = input.displayName.trim();
  // Once set up, say so whatever else the request holds (checked again inside the transaction).
  if (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) throw setupDone();
  assertStrongPassword(input.password, { username, displayName });
  const hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const now = isoNow(clock);
    const marker = await trx
      .insertInto('instance_settings')
      .values({ key: 'setup_done', value: now, updated_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(marker.numInsertedOrUpdatedRows ?? 0) === 0) throw setupDone();
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser) throw setupDone();
    for (const l of ORG_LEVELS) {
      await trx
        .insertInto('org_levels')
        .values(l)
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    const code = (input.communeCode?.trim() || communeCodeOf(input.communeName)).toUpperCase();
    const clash = await trx
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst();
    if (clash) throw new AppError('CODE_TAKEN', `Mã ${code} đã được dùng cho một đơn vị khác.`);
    const tenantId = newId();
    const name = input.communeName.trim();
    const shortName = name.replace(/^(xã|phường|thị trấn|đặc khu)\s+/i, '') || null;
    await trx
      .insertInto('organisations')
      .values({
        id: tenantId,
        tenant_id: tenantId,
        parent_id: null,
        level: 'XA',
        kind: 'XA',
        code,
        name,
        short_name: shortName,
        search_text: foldVietnamese(name),
        member_count: null,
        active_from: null,
        active_to: null,
        created_at: now,
      })
      .execute();
    // the profile its documents are written with, until the administrator completes it
    await insertDefaultProfile(trx, tenantId, name, shortName, now);
    const userId = await insertAdministrator(trx, {
      tenantId,
      username,
      displayName,
      hash,
      mustChangePassword: Boolean(input.mustChangePassword),
      now,
    });
    await writeAudit(
      trx,
      clock,
      { id: userId, displayName, tenantId, requestId },
      {
        entityType: 'user',
        entityId: userId,
        action: 'setup',
        summary: `Thiết lập lần đầu: ${name}, quản trị viên ${displayName} (${username})`,
        data: { communeCode: code },
      },
    );
    return { tenantId, userId };
  });
}

/** One administrator account of a commune (first-run setup, or `npm run create-admin` for a locked-out operator). */
export async function insertAdministrator(
  trx: Transaction<Database>,
  a: {
    tenantId: string;
    username: string;
    displayName: string;
    hash: string;
    mustChangePassword: boolean;
    now: string;
  },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('users')
    .values({
      id,
      tenant_id: a.tenantId,
      username: a.username,
      password_hash: a.hash,
      display_name: a.displayName,
      role: 'ADMIN',
      unit_id: null,
      person_id: null,
      active: 1,
      created_at: a.now,
      must_change_password: a.mustChangePassword ? 1 : 0,
      password_changed_at: a.now,
    })
    .execute();
  return id;
}
