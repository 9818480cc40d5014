import { Alert } from 'antd';
import { useAuth } from '../../auth/auth';
import '../../i18n/en-accounts';
import { useI18n } from '../../i18n/i18n';

/** A loud, persistent banner on every page while the database holds the demo commune. */
export function DemoBanner() {
  const { instance } = useAuth();
  const { t } = useI18n();
  if (!instance?.demo) return null;
  return (
    <Alert
      banner
      type="error"
      showIcon
      data-testid="demo-banner"
      style={{ textAlign: 'center', fontWeight: 600 }}
      message={t('Dữ liệu dùng thử — mật khẩu công khai, không dùng cho công việc thật')}
    />
  );
}
