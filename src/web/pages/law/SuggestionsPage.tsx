import { Card, Col, InputNumber, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { lawApi } from '../../../contract/law';
import { organisationsApi } from '../../../contract/organisations';
import { seesWholeCommune } from '../../../core/auth/roles';
import { api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-law';

/** "Gợi ý khen thưởng": everyone eligible for each annual award within quotas, and the quota usage of proposals. */
export function SuggestionsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [unitId, setUnitId] = useState<string | undefined>(me.unitId ?? undefined);
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const { data, error, loading } = useData(async () => {
    const query = { year, unitId };
    const [s, quota] = await Promise.all([
      api.call(lawApi.suggestions, { query }),
      api.call(lawApi.quotaCheck, { query }),
    ]);
    return { s, quota };
  }, [year, unitId]);
  return (
    <div>
      <Typography.Title level={3}>{t('Gợi ý khen thưởng')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(
          'Danh sách đủ điều kiện theo dữ liệu xếp loại, sáng kiến, khen thưởng đã có; đã áp tỷ lệ khống chế của tỉnh. Hội đồng vẫn xét các tiêu chuẩn định tính.',
        )}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('Năm thành tích')}</span>
        <InputNumber
          aria-label={t('Năm thành tích')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        {seesWholeCommune(me.role) && (
          <Select
            allowClear
            {...vietnameseSearch}
            style={{ width: 320 }}
            placeholder={t('Toàn xã')}
            value={unitId}
            onChange={setUnitId}
            options={(units.data ?? [])
              .filter((u) => u.active && u.level !== 'XA')
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
        {loading && <Spin size="small" />}
      </Space>
      <ApiErrorAlert error={error} />
      {data && (
        <Row gutter={16}>
          <Col xs={24} lg={15}>
            {data.s.suggestions.map((s) => (
              <Card
                key={s.awardCode}
                size="small"
                style={{ marginBottom: 12 }}
                data-testid={`suggest-${s.awardCode}`}
                title={
                  <>
                    {s.awardName} <Tag color="green">{s.eligible.length}</Tag>
                    {s.quota && (
                      <Tag>
                        {t('Tỷ lệ')}: {s.quota.cap}/{s.quota.base} ({s.quota.ratio * 100}%)
                      </Tag>
                    )}
                  </>
                }
              >
                {s.eligible.length === 0 ? (
                  <Typography.Text type="secondary">{t('Không có ai đủ điều kiện.')}</Typography.Text>
                ) : (
                  <ul style={{ margin: 0 }}>
                    {s.eligible.map((e) => (
                      <li key={e.id}>{e.name}</li>
                    ))}
                  </ul>
                )}
                {s.overQuota.length > 0 && (
                  <div style={{ marginTop: 6 }}>
                    <Tag color="orange">{t('Đủ điều kiện nhưng vượt tỷ lệ')}</Tag>
                    {s.overQuota.map((e) => e.name).join(', ')}
                  </div>
                )}
                {s.quota && (
                  <div>
                    <i style={{ fontSize: 12 }}>{s.quota.article}</i>
                  </div>
                )}
              </Card>
            ))}
          </Col>
          <Col xs={24} lg={9}>
            <Card size="small" title={t('Tỷ lệ khống chế của các đề nghị')}>
              <Table
                size="small"
                pagination={false}
                rowKey="awardCode"
                dataSource={data.quota.results}
                columns={[
                  { title: t('Danh hiệu'), dataIndex: 'awardCode' },
                  { title: t('Đã đề nghị'), dataIndex: 'proposed' },
                  {
                    title: t('Tối đa'),
                    render: (_, r) => `${r.cap} (${r.ratio * 100}% × ${r.base} ${r.baseAwardCode})`,
                  },
                  {
                    title: t('Vượt'),
                    render: (_, r) =>
                      r.exceeded ? (
                        <Tag color="red">{r.exceedingIds.map((id) => r.names[id] ?? id).join(', ')}</Tag>
                      ) : (
                        <Tag color="green">{t('Trong tỷ lệ')}</Tag>
                      ),
                  },
                ]}
              />
            </Card>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('Số đối tượng đã xét')}: {data.s.subjects}
            </Typography.Paragraph>
          </Col>
        </Row>
      )}
    </div>
  );
}
