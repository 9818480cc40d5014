import { WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type RankRow, type ReviewView, reviewsApi } from '../../../contract/reviews';
import { scoringApi } from '../../../contract/scoring';
import { AWARDS } from '../../../core/law';
import { formatScore } from '../../../core/scoring';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';

const CLASS_COLORS: Record<string, string> = {
  XUAT_SAC: 'magenta',
  TOT: 'green',
  KHA: 'blue',
  TRUNG_BINH: 'default',
  YEU: 'red',
};
const COLLECTIVE_AWARDS = AWARDS.filter((a) => a.subjects.includes('COLLECTIVE')).map((a) => ({
  value: a.code,
  label: `${a.code} — ${a.name}`,
}));

/** Totals, ranks (with the tie rules shown), classes and disagreements; lock; winners → proposals in one step. */
export function RankingCard({
  review,
  onLocked,
  onChanged,
}: {
  review: ReviewView;
  /** The review as locked (the answer of the lock). */
  onLocked: (r: ReviewView) => void;
  /** Proposals were made: reload the review. */
  onChanged: () => Promise<void>;
}) {
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  const [err, setErr] = useState<ApiError | null>(null);
  const [form] = Form.useForm<{ awardCode: string; status: 'DRAFT' | 'SUBMITTED' }>();
  const canPropose = review.status === 'LOCKED' && may('review.propose');
  const ruleLabel = (rule: string) =>
    review.tieRules.find((r) => r.rule === rule)?.label ?? (rule === 'TIED' ? t('Đồng hạng') : rule);
  const names = new Map(review.units.map((u) => [u.id, u.name]));

  const lock = async () => {
    try {
      onLocked(await api.call(reviewsApi.lockReview, { params: { id: review.id } }));
      message.success(t('Đã khóa kết quả chấm điểm, xếp hạng.'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const propose = async (v: { awardCode: string; status: 'DRAFT' | 'SUBMITTED' }) => {
    setErr(null);
    try {
      const r = await api.call(scoringApi.proposeFromRanking, {
        params: { id: review.id },
        body: { unitIds: selected, awardCode: v.awardCode, status: v.status },
      });
      message.success(t('Đã lập {n} đề nghị khen thưởng.', { n: r.proposalIds.length }));
      setProposing(false);
      setSelected([]);
      await onChanged();
    } catch (e) {
      setErr(e as ApiError);
    }
  };

  return (
    <Card
      size="small"
      title={t('Kết quả chấm điểm, xếp hạng')}
      style={{ marginTop: 16 }}
      data-testid="ranking"
      extra={
        <Space>
          {review.canLock && (
            <Button
              danger
              onClick={() =>
                Modal.confirm({
                  title: t('Khóa kết quả?'),
                  content: t('Sau khi khóa, không ai sửa được điểm của đợt này.'),
                  okText: t('Khóa kết quả'),
                  cancelText: t('Hủy'),
                  onOk: lock,
                })
              }
            >
              {t('Khóa kết quả')}
            </Button>
          )}
          {canPropose && (
            <Button
              type="primary"
              disabled={selected.length === 0}
              onClick={() => {
                form.setFieldsValue({
                  awardCode: review.movementId ? 'GK_XA_THEMATIC' : 'GK_XA_REGULAR',
                  status: 'DRAFT',
                });
                setErr(null);
                setProposing(true);
              }}
            >
              {t('Lập đề nghị khen thưởng')} ({selected.length})
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('Thứ tự xếp hạng')}: {review.tieRules.map((r, i) => `${i + 1}. ${t(r.label)}`).join('; ')}.{' '}
        {t('Còn bằng nhau ở mọi tiêu chí thì đồng hạng; Hội đồng quyết định nếu cần.')}
      </Typography.Paragraph>
      {review.unscored.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={`${t('Chưa có điểm')}: ${review.unscored.map((id) => names.get(id) ?? id).join(', ')}`}
        />
      )}
      <Table<RankRow>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={review.ranking}
        rowSelection={
          canPropose
            ? {
                selectedRowKeys: selected,
                onChange: (k) => setSelected(k as string[]),
                getCheckboxProps: (r) => ({
                  disabled: Boolean(review.units.find((u) => u.id === r.unitId)?.proposalId),
                  name: r.unitName,
                }),
              }
            : undefined
        }
        locale={{ emptyText: t('Chưa có đơn vị nào được chấm điểm.') }}
        columns={[
          {
            title: t('Hạng'),
            dataIndex: 'rank',
            width: 70,
            render: (r: number, x) => (
              <b>
                {r}
                {x.tied ? ` (${t('đồng hạng')})` : ''}
              </b>
            ),
          },
          {
            title: t('Đơn vị'),
            dataIndex: 'unitName',
            render: (n: string, x) => {
              const pid = review.units.find((u) => u.id === x.unitId)?.proposalId;
              return (
                <>
                  {n}
                  {pid && (
                    <>
                      {' '}
                      <Link to={`/de-nghi/${pid}`}>
                        <Tag color="cyan">{t('Đã lập đề nghị')}</Tag>
                      </Link>
                    </>
                  )}
                </>
              );
            },
          },
          {
            title: t('Tự chấm'),
            dataIndex: 'selfTotal',
            width: 90,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : formatScore(v)),
          },
          {
            title: t('Hội đồng chấm'),
            dataIndex: 'reviewerTotal',
            width: 120,
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : formatScore(v)),
          },
          {
            title: t('Tổng điểm'),
            dataIndex: 'finalTotal',
            width: 100,
            align: 'right',
            render: (v: number) => <b>{formatScore(v)}</b>,
          },
          {
            title: t('Xếp loại'),
            dataIndex: 'classification',
            width: 110,
            render: (c: string, x) => <Tag color={CLASS_COLORS[c]}>{t(x.classificationLabel)}</Tag>,
          },
          {
            title: t('Căn cứ xếp hạng'),
            dataIndex: 'decidedBy',
            width: 220,
            render: (d: string) => t(ruleLabel(d)),
          },
          {
            title: t('Chênh lệch'),
            width: 100,
            render: (_, x) =>
              x.disagreements.length === 0 ? (
                ''
              ) : (
                <Tooltip title={x.disagreements.map((d) => d.message).join('\n')}>
                  <Tag color="orange" icon={<WarningOutlined />} data-testid="disagreement">
                    {x.disagreements.length}
                  </Tag>
                </Tooltip>
              ),
          },
        ]}
        expandable={{
          rowExpandable: (x) => x.disagreements.length > 0,
          expandedRowRender: (x) => (
            <ul style={{ margin: 0 }}>
              {x.disagreements.map((d) => (
                <li key={d.criterionId + d.kind}>{d.message}</li>
              ))}
            </ul>
          ),
        }}
      />
      <Modal
        open={proposing}
        title={t('Lập đề nghị khen thưởng từ kết quả xếp hạng')}
        onCancel={() => setProposing(false)}
        onOk={() => form.submit()}
        okText={t('Lập đề nghị')}
        cancelText={t('Hủy')}
        destroyOnHidden
      >
        <ApiErrorAlert error={err} />
        <p>{selected.map((id) => names.get(id)).join(', ')}</p>
        <Form form={form} layout="vertical" onFinish={propose}>
          <Form.Item name="awardCode" label={t('Hình thức khen thưởng')} rules={[{ required: true }]}>
            <Select options={COLLECTIVE_AWARDS} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="status" label={t('Trạng thái đề nghị')}>
            <Select
              options={[
                { value: 'DRAFT', label: t('Lưu nháp để hoàn thiện') },
                { value: 'SUBMITTED', label: t('Gửi kiểm tra ngay') },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
