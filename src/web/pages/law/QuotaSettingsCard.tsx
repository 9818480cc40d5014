import { App, Card, Select, Table, Typography } from 'antd';
import { lawApi, type ProvinceProfile } from '../../../contract/law';
import { awardShortName, type QuotaEnforcement } from '../../../core/law';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-quotas';

type Quota = ProvinceProfile['quotas'][number];

/** The administrator chooses, per quota, whether it is mandatory (refused) or discretionary (a reason to exceed). */
export function QuotaSettingsCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const may = useCan()('law.configure');
  const { data, error, setData } = useData(
    () => (may ? api.call(lawApi.settings, {}) : Promise.resolve(null)),
    [may],
  );
  if (!may || !data) return null;
  const quotas = data.profile.quotas;
  const change = async (i: number, enforcement: QuotaEnforcement) => {
    try {
      const profile = await api.call(lawApi.updateSettings, {
        body: { quotas: quotas.map((q, k) => (k === i ? { ...q, enforcement } : q)) },
      });
      setData((d) => d && { ...d, profile });
      message.success(t('Đã lưu cách áp dụng tỷ lệ khống chế.'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Card
      size="small"
      title={t('Áp dụng tỷ lệ khống chế')}
      style={{ marginTop: 16 }}
      data-testid="quota-settings"
    >
      <ApiErrorAlert error={error} />
      <Typography.Paragraph type="secondary">
        {t('Áp dụng khi gửi, trình, duyệt đề nghị và khi ký quyết định; tính trên toàn xã trong năm.')}
      </Typography.Paragraph>
      <Table<Quota & { i: number }>
        size="small"
        pagination={false}
        rowKey="i"
        dataSource={quotas.map((q, i) => ({ ...q, i }))}
        columns={[
          {
            title: t('Tỷ lệ'),
            render: (_, q) =>
              `${awardShortName(q.awardCode)} ≤ ${Math.round(q.ratio * 1000) / 10}% ${awardShortName(q.baseAwardCode)}`,
          },
          { title: t('Nguồn'), dataIndex: 'article' },
          {
            title: t('Cách áp dụng'),
            render: (_, q) => (
              <Select<QuotaEnforcement>
                style={{ width: 320 }}
                value={q.enforcement}
                aria-label={`${t('Cách áp dụng')} ${awardShortName(q.awardCode)}`}
                onChange={(v) => change(q.i, v)}
                options={[
                  { value: 'HARD', label: t('Bắt buộc: từ chối khi vượt') },
                  { value: 'SOFT', label: t('Xem xét: được vượt khi ghi nhận ngoại lệ có lý do') },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
