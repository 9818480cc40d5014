import { WarningOutlined } from '@ant-design/icons';
import { Alert, Grid } from 'antd';
import { useAuth } from '../../auth/auth';
import '../../i18n/en-accounts';
import { useI18n } from '../../i18n/i18n';

const TEXT = 'Dữ liệu dùng thử — mật khẩu công khai, không dùng cho công việc thật';

/**
 * The loud mark of a demo database (the demo commune with published passwords): a red block in the
 * header of every signed-in page (shorter on narrower screens, the full sentence as its tooltip), and an alert on the
 * sign-in page (`inline`). It sits inside the header, so the pages beneath keep their layout.
 */
export function DemoBanner({ inline = false }: { inline?: boolean }) {
  const { instance } = useAuth();
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  if (!instance?.demo) return null;
  if (inline)
    return (
      <Alert type="error" showIcon data-testid="demo-banner" message={t(TEXT)} style={{ marginBottom: 16 }} />
    );
  return (
    <span
      role="status"
      data-testid="demo-banner"
      title={t(TEXT)}
      style={{
        marginRight: 'auto',
        background: '#b71c1c',
        color: '#fff',
        fontWeight: 700,
        padding: '4px 10px',
        borderRadius: 4,
        lineHeight: 1.3,
        fontSize: screens.lg ? 14 : 12,
        whiteSpace: 'nowrap',
      }}
    >
      <WarningOutlined />{' '}
      {t(screens.xxl ? TEXT : screens.lg ? 'Dữ liệu dùng thử — mật khẩu công khai' : 'Dữ liệu dùng thử')}
    </span>
  );
}
