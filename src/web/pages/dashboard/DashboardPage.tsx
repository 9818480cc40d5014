import { Card, Col, List, Row, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type AuditRow, auditApi } from '../../../contract/audit';
import { dashboardApi } from '../../../contract/dashboard';
import { decisionsApi } from '../../../contract/decisions';
import { proposalsApi } from '../../../contract/proposals';
import { PROPOSAL_STATUS_LABELS, type ProposalStatus } from '../../../core/dossier/proposal-workflow';
import { formatDateTimeVi, formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { CommuneCycleCards, UnitCycleCards } from './CycleCards';

/**
 * What needs attention now, by role: the year's cycle (targets at risk, movements, missing registrations,
 * deadlines, award spread — or, for a unit head, the unit's tasks), proposals waiting for me, recent
 * decisions, recent activity.
 */
export function DashboardPage() {
  const may = useCan();
  const { t } = useI18n();
  const label = useLabel();
  const canAudit = may('audit.read');
  // The year of the cycle cards (targets, movements, award spread); unset = the server's choice (this year, or the last with targets).
  const [year, setYear] = useState<number | undefined>(undefined);
  const { data, error } = useData(async () => {
    const [proposals, decisions, audit, cycle] = await Promise.all([
      api.call(proposalsApi.listProposals, {}),
      api.call(decisionsApi.listDecisions, {}),
      canAudit ? api.call(auditApi.listAudit, { query: { limit: 8 } }) : Promise.resolve([] as AuditRow[]),
      api.call(dashboardApi.dashboard, { query: { year } }),
    ]);
    return { proposals, decisions, audit, cycle };
  }, [canAudit, year]);
  const counts = new Map<ProposalStatus, number>();
  for (const p of data?.proposals ?? []) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const waiting = (data?.proposals ?? []).filter((p) => p.actions.length > 0);
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Tổng quan')}
        </Typography.Title>
        {data?.cycle && (
          <Space>
            {t('Năm')}
            <Select<number>
              aria-label={t('Năm')}
              data-testid="dashboard-year"
              value={year ?? data.cycle.year}
              onChange={setYear}
              style={{ width: 100 }}
              options={yearOptions(data.cycle.year).map((y) => ({ value: y, label: String(y) }))}
            />
          </Space>
        )}
      </Space>
      <ApiErrorAlert error={error} />
      {data?.cycle.scope === 'UNIT' && <UnitCycleCards d={data.cycle} />}
      <Row gutter={[16, 16]}>
        {(['SUBMITTED', 'RETURNED', 'FORWARDED', 'APPROVED', 'DECIDED'] as ProposalStatus[]).map((s) => (
          <Col key={s} xs={12} md={8} lg={4}>
            <Card size="small">
              <Statistic title={label(PROPOSAL_STATUS_LABELS[s])} value={counts.get(s) ?? 0} />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={8} lg={4}>
          <Card size="small">
            <Statistic title={t('Quyết định đã ký')} value={data?.decisions.length ?? 0} />
          </Card>
        </Col>
      </Row>
      {data?.cycle.scope === 'COMMUNE' && <CommuneCycleCards d={data.cycle} />}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('Đề nghị chờ xử lý')} size="small">
            <List
              dataSource={waiting.slice(0, 10)}
              locale={{ emptyText: t('Không có đề nghị nào chờ bạn xử lý.') }}
              renderItem={(p) => (
                <List.Item>
                  <Link to={`/de-nghi/${p.id}`}>{p.subjectName}</Link> —{' '}
                  {label(PROPOSAL_STATUS_LABELS[p.status])} ({p.unitName})
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('Quyết định gần đây')} size="small">
            <List
              dataSource={(data?.decisions ?? []).slice(0, 5)}
              locale={{ emptyText: t('Chưa có quyết định nào.') }}
              renderItem={(d) => (
                <List.Item>
                  <Link to={`/quyet-dinh/${d.id}`}>{t('Quyết định số {n}', { n: d.label })}</Link> —{' '}
                  {formatDateVi(d.decisionDate)} — {d.awardName}
                </List.Item>
              )}
            />
          </Card>
          {canAudit && (
            <Card title={t('Hoạt động gần đây')} size="small" style={{ marginTop: 16 }}>
              <List
                dataSource={data?.audit ?? []}
                renderItem={(a) => (
                  <List.Item>
                    <Typography.Text type="secondary">{formatDateTimeVi(a.at)}</Typography.Text>
                    &nbsp;{a.actorName}: {a.summary}
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

/** The years offered for the cycle cards: the five before the current one, the current one and the next. */
function yearOptions(shown: number): number[] {
  const now = new Date().getFullYear();
  const years = new Set<number>([shown]);
  for (let y = now + 1; y >= now - 5; y--) years.add(y);
  return [...years].sort((a, b) => b - a);
}
