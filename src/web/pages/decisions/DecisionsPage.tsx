import { Alert, App, Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type DecisionPreview, type DecisionSummary, decisionsApi } from '../../../contract/decisions';
import { type ProposalRow, proposalsApi } from '../../../contract/proposals';
import { getAward } from '../../../core/law';
import { formatDateVi, formatMoneyVnd } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { QuotaStatusCard } from '../law/QuotaStatusCard';
import { FundCard } from './FundCard';
import { RegisterCard } from './RegisterCard';

export function DecisionsPage() {
  const may = useCan();
  const { t } = useI18n();
  const nav = useNavigate();
  const { message } = App.useApp();
  const isChair = may('decision.sign');
  const { data, error, loading, setData } = useData(async () => {
    const [decisions, approved] = await Promise.all([
      api.call(decisionsApi.listDecisions, {}),
      isChair
        ? api.call(proposalsApi.listProposals, { query: { status: 'APPROVED' } })
        : Promise.resolve([] as ProposalRow[]),
    ]);
    // a dossier marked to go upward (outside the commune chairman's authority) is not offered for signing
    return { decisions, approved: approved.filter((p) => p.access !== 'FULL' || !p.upward) };
  }, [isChair]);
  const [selected, setSelected] = useState<string[]>([]);
  const [date, setDate] = useState(dayjs());
  const [busy, setBusy] = useState(false);
  const [signError, setSignError] = useState<ApiError | null>(null);

  const [preview, setPreview] = useState<DecisionPreview | null>(null);
  const previewKey = `${selected.join(',')}|${date.format('YYYY-MM-DD')}`;
  useEffect(() => {
    if (selected.length === 0) {
      setPreview(null);
      return;
    }
    const [ids, d] = previewKey.split('|');
    api
      .call(decisionsApi.previewDecision, {
        body: { proposalIds: (ids ?? '').split(','), decisionDate: d ?? '' },
      })
      .then(setPreview)
      .catch(() => setPreview(null));
  }, [previewKey, selected.length]);

  const sign = async () => {
    setBusy(true);
    setSignError(null);
    try {
      const d = await api.call(decisionsApi.signDecision, {
        body: { proposalIds: selected, decisionDate: date.format('YYYY-MM-DD') },
      });
      message.success(t('Đã ký Quyết định số {n}', { n: d.label }));
      // The signed decision heads the list; its proposals are no longer waiting.
      setData(
        (v) =>
          v && {
            decisions: [d, ...v.decisions],
            approved: v.approved.filter((p) => !selected.includes(p.id)),
          },
      );
      setSelected([]);
      nav(`/quyet-dinh/${d.id}`);
    } catch (e) {
      setSignError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t('Quyết định, giấy khen')}</Typography.Title>
      <ApiErrorAlert error={error} />
      {isChair && (
        <Card title={t('Đề nghị đã duyệt, chờ ký quyết định')} size="small" style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={signError} />
          <Table<ProposalRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.approved ?? []}
            locale={{ emptyText: t('Không có đề nghị nào chờ ký.') }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
            columns={[
              { title: t('Đối tượng'), dataIndex: 'subjectName' },
              {
                title: t('Hình thức khen thưởng'),
                dataIndex: 'awardCode',
                render: (c: string) => getAward(c)?.name ?? c,
              },
              { title: t('Đơn vị đề nghị'), dataIndex: 'unitName' },
            ]}
          />
          <SigningQuotas approved={data?.approved ?? []} selected={selected} />
          {preview && (
            <Alert
              style={{ marginTop: 12 }}
              type={!preview.authority.allowed ? 'error' : preview.warning ? 'warning' : 'info'}
              showIcon
              message={`${t('Tổng tiền thưởng')}: ${formatMoneyVnd(preview.total)}`}
              description={
                <>
                  {!preview.authority.allowed && <div>{preview.authority.message}</div>}
                  {preview.warning && <div>{preview.warning}</div>}
                  {preview.lines
                    .filter((l) => l.note)
                    .map((l) => (
                      <div key={l.proposalId}>
                        {l.subjectName}: {formatMoneyVnd(l.amount)} — {l.note}
                      </div>
                    ))}
                </>
              }
            />
          )}
          <Space style={{ marginTop: 12 }}>
            {t('Ngày ký')}:{' '}
            <DatePicker
              value={date}
              format="DD/MM/YYYY"
              allowClear={false}
              onChange={(d) => d && setDate(d)}
            />
            <Button type="primary" disabled={selected.length === 0} loading={busy} onClick={sign}>
              {t('Ký quyết định khen thưởng ({n})', { n: selected.length })}
            </Button>
          </Space>
        </Card>
      )}
      <FundCard />
      <Table<DecisionSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.decisions ?? []}
        columns={[
          {
            title: t('Số, ký hiệu'),
            dataIndex: 'label',
            render: (l: string, d) => <Link to={`/quyet-dinh/${d.id}`}>{l}</Link>,
          },
          { title: t('Ngày'), dataIndex: 'decisionDate', render: formatDateVi },
          { title: t('Trích yếu'), dataIndex: 'title' },
          { title: t('Người ký'), dataIndex: 'signerName' },
          {
            title: t('Tổng tiền thưởng'),
            dataIndex: 'totalAmount',
            align: 'right',
            render: (n: number) => formatMoneyVnd(n),
          },
          {
            title: t('Trạng thái'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'SIGNED' ? 'green' : 'red'}>{s === 'SIGNED' ? t('Đã ký') : t('Đã hủy')}</Tag>
            ),
          },
        ]}
      />
      <RegisterCard />
    </div>
  );
}

/** The quotas the chosen proposals count against, per year of achievement, as they will be once signed. */
function SigningQuotas({ approved, selected }: { approved: ProposalRow[]; selected: string[] }) {
  const chosen = approved.filter((p) => selected.includes(p.id));
  const first = chosen[0];
  if (!first || chosen.some((p) => p.awardCode !== first.awardCode)) return null;
  const years = [...new Set(chosen.map((p) => p.year))].sort();
  return (
    <div style={{ marginTop: 12 }}>
      {years.map((y) => (
        <QuotaStatusCard
          key={y}
          year={y}
          signing={{ awardCode: first.awardCode, count: chosen.filter((p) => p.year === y).length }}
        />
      ))}
    </div>
  );
}
