import { writeAudit } from '../audit/audit-log';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { soleTenant } from './instance';
import { temporaryPassword } from './password-commands';
import { hashPassword } from './passwords';
import { insertAdministrator, setupInstance } from './setup';

export interface CreateAdminInput {
  communeName?: string | undefined;
  communeCode?: string | undefined;
  username: string;
  displayName: string;
}

/**
 * `npm run create-admin`: on a database without accounts, the first-run setup (commune + administrator);
 * on one with accounts (an operator locked out of the web), one more administrator of the only commune.
 * Either way the password is generated, shown once, and must be changed at the first login.
 */
export async function createAdministrator(
  db: Db,
  clock: Clock,
  input: CreateAdminInput,
): Promise<{ created: 'setup' | 'admin'; password: string }> {
  const username = input.username.trim().toLowerCase();
  const displayName = input.displayName.trim();
  const password = temporaryPassword({ username, displayName });
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!anyUser) {
    if (!input.communeName?.trim())
      throw new AppError('COMMUNE_REQUIRED', 'Lần đầu cần tên xã: --xa "Xã ..."');
    await setupInstance(db, clock, {
      communeName: input.communeName,
      communeCode: input.communeCode,
      username,
      displayName,
      password,
      mustChangePassword: true,
    });
    return { created: 'setup', password };
  }
  const tenantId = await soleTenant(db);
  if (tenantId === 'system')
    throw new AppError('MANY_TENANTS', 'Cơ sở dữ liệu có nhiều xã; lệnh này chỉ dùng khi có một xã.');
  const taken = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) throw new AppError('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã có.`);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const id = await insertAdministrator(trx, {
      tenantId,
      username,
      displayName,
      hash,
      mustChangePassword: true,
      now: isoNow(clock),
    });
    await writeAudit(
      trx,
      clock,
      { id: null, displayName: 'Lệnh create-admin (máy chủ)', tenantId },
      {
        entityType: 'user',
        entityId: id,
        action: 'admin_created',
        summary: `Tạo quản trị viên ${displayName} (${username}) bằng lệnh trên máy chủ`,
      },
    );
  });
  return { created: 'admin', password };
}
