import { App, Button, Card, InputNumber, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { decisionsApi } from '../../../contract/decisions';
import { formatMoneyVnd } from '../../../core/text';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { useCan } from '../../auth/use-can';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';

/** The year's emulation fund (quỹ thi đua, khen thưởng): what is set aside and what decisions spend. */
export function FundCard() {
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const year = new Date().getFullYear();
  const { data, setData } = useData(() => api.call(decisionsApi.getFund, { params: { year } }), [year]);
  const [amount, setAmount] = useState<number | null>(null);
  const canSet = may('fund.set');
  const save = async () => {
    try {
      setData(await api.call(decisionsApi.setFund, { params: { year }, body: { amount: amount ?? 0 } }));
      message.success(t('Đã cập nhật quỹ.'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  if (!data) return null;
  const pct = data.amount ? Math.round((data.spent / data.amount) * 100) : 0;
  return (
    <Card
      size="small"
      title={t('Quỹ thi đua, khen thưởng năm {y}', { y: year })}
      style={{ marginBottom: 16 }}
    >
      <Space wrap size="large">
        <span>
          {t('Đã chi theo quyết định')}: <b>{formatMoneyVnd(data.spent)}</b>
        </span>
        <span>
          {t('Quỹ')}: <b>{data.amount === null ? t('chưa nhập') : formatMoneyVnd(data.amount)}</b>
        </span>
        {data.amount !== null && (
          <Progress percent={pct} status={pct > 100 ? 'exception' : 'normal'} style={{ width: 200 }} />
        )}
        {canSet && (
          <Space>
            <InputNumber
              min={0}
              step={1_000_000}
              style={{ width: 180 }}
              placeholder={t('Số tiền (đồng)')}
              value={amount ?? undefined}
              onChange={(v) => setAmount(typeof v === 'number' ? v : null)}
              formatter={(v) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
            />
            <Button onClick={save} disabled={amount === null}>
              {t('Lưu quỹ')}
            </Button>
          </Space>
        )}
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
        {t('Hệ thống cảnh báo khi ký quyết định làm vượt quỹ.')}
      </Typography.Text>
    </Card>
  );
}
