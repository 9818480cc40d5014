import { ROLE_LABELS } from '../../core/auth/roles';
import type { Db } from '../db/connect';
import { seedDemoCommune } from './seed-demo';

/**
 * At start-up: seed the demo commune when SEED_DEMO=1 on a database without accounts (never beside real
 * accounts), and tell the operator how the first administrator is made when there is none.
 */
export async function announceAccounts(
  db: Db,
  config: { seedDemo: boolean; publicUrl: string },
): Promise<void> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  const demo = await db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'demo_data')
    .executeTakeFirst();
  if (config.seedDemo && (!anyUser || demo?.value === '1')) {
    const seed = await seedDemoCommune(db);
    if (seed.seeded) {
      console.log('\n=== DỮ LIỆU DÙNG THỬ / DEMO DATA (SEED_DEMO=1) ===');
      console.log(
        'Đã tạo xã mẫu Tân Việt với các tài khoản có MẬT KHẨU CÔNG KHAI — không dùng cho công việc thật.',
      );
      console.log('Demo commune with PUBLISHED PASSWORDS — never use it for real work:');
      for (const u of seed.users)
        console.log(`  ${u.username.padEnd(12)} ${u.password}   ${ROLE_LABELS[u.role].vi}`);
      console.log('');
    }
  } else if (config.seedDemo) {
    console.warn(
      'SEED_DEMO=1 bị bỏ qua: cơ sở dữ liệu đã có tài khoản thật. / SEED_DEMO=1 ignored: real accounts exist.',
    );
  }
  if (!anyUser && !config.seedDemo) {
    console.log('\nChưa có tài khoản nào. Mở trang web để thiết lập xã và quản trị viên đầu tiên,');
    console.log(`hoặc chạy: npm run create-admin   (${config.publicUrl})`);
    console.log(
      'No account yet: open the web page to set up the commune and its first administrator, or run `npm run create-admin`.\n',
    );
  } else if (demo?.value === '1' && !config.seedDemo) {
    console.warn(
      '\nCẢNH BÁO: cơ sở dữ liệu này chứa dữ liệu dùng thử với mật khẩu công khai. / WARNING: this database holds demo data with published passwords.\n',
    );
  }
}
