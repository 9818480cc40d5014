import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { organisationsApi } from '../../../contract/organisations';
import { type TargetView, targetsApi } from '../../../contract/targets';
import { formatViNumber } from '../../../core/targets';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-plan-targets';
import { formatDateVi } from '../../../core/text';
import { ProgressDrawer } from './ProgressDrawer';
import { TargetFormModal } from './TargetFormModal';
import { STATE_COLORS } from './target-labels';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR + 2 - 2020 }, (_, i) => THIS_YEAR + 1 - i);

/** The year's targets (chỉ tiêu): status of each and the summary, all computed by the core. */
export function TargetsPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(THIS_YEAR);
  const data = useData(() => api.call(targetsApi.targetsOfYear, { query: { year } }), [year]);
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<TargetView | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [onlyAtRisk, setOnlyAtRisk] = useState(false);
  const v = data.data;
  const rows = (v?.targets ?? []).filter((x) => !onlyAtRisk || x.status.atRisk);
  const open = v?.targets.find((x) => x.id === openId) ?? null;

  return (
    <div>
      <Typography.Title level={3}>{t('Chỉ tiêu phát triển kinh tế - xã hội')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('Năm')}</span>
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          aria-label={t('Năm')}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
        <Checkbox checked={onlyAtRisk} onChange={(e) => setOnlyAtRisk(e.target.checked)}>
          {t('Chỉ hiện chỉ tiêu có nguy cơ')}
        </Checkbox>
        {v?.canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            {t('Thêm chỉ tiêu')}
          </Button>
        )}
      </Space>
      <ApiErrorAlert error={data.error} />
      {v && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Statistic
                title={t('Kết quả (tính từ số liệu)')}
                value={t('{completed}/{total} chỉ tiêu hoàn thành', {
                  completed: v.summary.completed,
                  total: v.summary.total,
                })}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('Có nguy cơ')}
                value={v.summary.atRisk}
                valueStyle={{ color: v.summary.atRisk ? '#d46b08' : undefined }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('Không hoàn thành')} value={v.summary.notCompleted} />
            </Col>
            <Col xs={24} md={8}>
              <div style={{ color: '#888', marginBottom: 4 }}>{t('Theo lĩnh vực')}</div>
              <Space size={[4, 4]} wrap>
                {v.summary.byFieldList.map((f) => (
                  <Tag key={f.field} color={f.completed === f.total ? 'green' : undefined}>
                    {t(f.label)}: {f.completed}/{f.total}
                  </Tag>
                ))}
              </Space>
            </Col>
          </Row>
          <Typography.Text type="secondary">
            {t('Tính đến ngày {d}', { d: formatDateVi(v.asOf) })}
          </Typography.Text>
        </Card>
      )}
      <Table<TargetView>
        rowKey="id"
        loading={data.loading}
        dataSource={rows}
        pagination={false}
        size="middle"
        locale={{ emptyText: t('Năm này chưa có chỉ tiêu.') }}
        columns={[
          { title: t('Số hiệu'), dataIndex: 'code', width: 80 },
          {
            title: t('Chỉ tiêu'),
            dataIndex: 'name',
            render: (n: string, x) => (
              <div>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => setOpenId(x.id)}
                >
                  {n}
                </Button>
                <div style={{ color: '#888', fontSize: 12 }}>{x.responsibleUnitName}</div>
              </div>
            ),
          },
          { title: t('Lĩnh vực'), dataIndex: 'fieldLabel', render: (l: string) => t(l), responsive: ['md'] },
          {
            title: t('Kế hoạch'),
            render: (_: unknown, x) =>
              `${x.direction === 'AT_MOST' ? '≤' : '≥'} ${formatViNumber(x.planned)} ${x.unit}`,
          },
          {
            title: t('Thực hiện'),
            render: (_: unknown, x) => {
              const last = x.progress.at(-1);
              return last ? `${formatViNumber(last.value)} ${x.unit}` : '—';
            },
          },
          {
            title: t('Trạng thái'),
            render: (_: unknown, x) => (
              <Tag color={STATE_COLORS[x.status.state]} title={x.status.label}>
                {t(x.status.label.split(':')[0] ?? '')}
              </Tag>
            ),
          },
          {
            title: '',
            width: 170,
            render: (_: unknown, x) => (
              <Space>
                <Button size="small" onClick={() => setOpenId(x.id)} aria-label={`${t('Tiến độ')} ${x.code}`}>
                  {t('Tiến độ')}
                </Button>
                {v?.canManage && (
                  <Button
                    size="small"
                    onClick={() => {
                      setEditing(x);
                      setFormOpen(true);
                    }}
                  >
                    {t('Sửa')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ProgressDrawer
        target={open}
        onClose={() => setOpenId(null)}
        onChanged={data.reload}
        onRetracted={data.setData}
      />
      {v && (
        <TargetFormModal
          year={year}
          editing={editing}
          open={formOpen}
          fields={v.fields}
          units={units.data ?? []}
          onClose={() => setFormOpen(false)}
          onSaved={(view) => {
            setFormOpen(false);
            // an edit answers the year's targets (as of today); a new target: reload
            if (view && view.year === year) data.setData(view);
            else void data.reload();
          }}
        />
      )}
    </div>
  );
}
