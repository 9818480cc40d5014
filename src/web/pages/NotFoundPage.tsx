import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('Không tìm thấy trang.')}
      extra={
        <Button type="primary" onClick={() => nav('/')}>
          {t('Về trang chủ')}
        </Button>
      }
    />
  );
}
