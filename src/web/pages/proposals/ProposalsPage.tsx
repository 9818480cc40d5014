import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type ProposalRow, proposalsApi } from '../../../contract/proposals';
import {
  PROPOSAL_STATUS_LABELS,
  PROPOSAL_STATUSES,
  type ProposalStatus,
} from '../../../core/dossier/proposal-workflow';
import { getAward } from '../../../core/law';
import { api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { STATUS_COLORS, SUBJECT_KIND_LABELS } from '../../labels';
import { QuotaStatusCard } from '../law/QuotaStatusCard';

export function ProposalsPage() {
  const may = useCan();
  const { t } = useI18n();
  const label = useLabel();
  const nav = useNavigate();
  const [status, setStatus] = useState<ProposalStatus | undefined>(undefined);
  const [q, setQ] = useState('');
  const { data, error, loading } = useData(
    () => api.call(proposalsApi.listProposals, { query: { status, q } }),
    [status, q],
  );
  const canCreate = may('proposal.create');
  // the officer and the chairman weigh the list against the quotas of its latest year (last year's when empty)
  const quotaYear = !may('law.override')
    ? null
    : data?.length
      ? Math.max(...data.map((p) => p.year))
      : new Date().getFullYear() - 1;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Đề nghị khen thưởng')}
        </Typography.Title>
        <Space wrap>
          <Input.Search
            placeholder={t('Tìm theo tên, thành tích (không cần dấu)')}
            allowClear
            onSearch={setQ}
            style={{ width: 300 }}
            aria-label={t('Tìm kiếm')}
          />
          <Select
            allowClear
            placeholder={t('Trạng thái')}
            style={{ width: 200 }}
            value={status}
            onChange={setStatus}
            options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: label(PROPOSAL_STATUS_LABELS[s]) }))}
          />
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/de-nghi/moi')}>
              {t('Lập đề nghị')}
            </Button>
          )}
        </Space>
      </Space>
      <ApiErrorAlert error={error} />
      {quotaYear !== null && <QuotaStatusCard year={quotaYear} />}
      <Table<ProposalRow>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('Đối tượng'),
            dataIndex: 'subjectName',
            render: (n: string, p) => <Link to={`/de-nghi/${p.id}`}>{n}</Link>,
          },
          {
            title: t('Loại'),
            dataIndex: 'subjectKind',
            width: 100,
            render: (k: string) => label(SUBJECT_KIND_LABELS[k], k),
          },
          {
            title: t('Hình thức khen thưởng'),
            dataIndex: 'awardCode',
            render: (c: string) => getAward(c)?.name ?? c,
          },
          { title: t('Đơn vị đề nghị'), dataIndex: 'unitName' },
          { title: t('Năm'), dataIndex: 'year', width: 70 },
          { title: t('Lần'), dataIndex: 'round', width: 60 },
          {
            title: t('Trạng thái'),
            dataIndex: 'status',
            width: 190,
            render: (s: ProposalRow['status'], r: ProposalRow) => (
              <>
                <Tag color={STATUS_COLORS[s]}>{label(PROPOSAL_STATUS_LABELS[s])}</Tag>
                {r.access === 'FULL' && r.upward && (
                  <Tag color="gold" style={{ marginTop: 4 }}>
                    {t('Cần trình cấp trên:')} {r.upward.decider}
                  </Tag>
                )}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
