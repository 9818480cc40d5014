import { FileWordOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { documentsApi } from '../../../contract/documents';
import { type ActionBody, proposalsApi } from '../../../contract/proposals';
import {
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_STATUS_LABELS,
  type ProposalAction,
} from '../../../core/dossier/proposal-workflow';
import { getAward } from '../../../core/law';
import { formatDateTimeVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { STATUS_COLORS, SUBJECT_KIND_LABELS } from '../../labels';
import { DownloadButton } from '../documents/DownloadButton';
import { lookupPath } from '../history/lookup-path';
import '../../i18n/en-history';
import { LawVerdictPanel } from './LawVerdictPanel';
import { PublicDossierView } from './PublicDossierView';

const NEEDS_REASON: ProposalAction[] = ['return', 'reject'];

export function ProposalDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const label = useLabel();
  const nav = useNavigate();
  const { message } = App.useApp();
  const {
    data: p,
    error,
    loading,
    setData,
  } = useData(() => api.call(proposalsApi.getProposal, { params: { id } }), [id]);
  const [pending, setPending] = useState<ProposalAction | null>(null);
  const [actError, setActError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason?: string; missing?: string[] }>();
  const may = useCan();

  const act = async (action: ProposalAction, body: ActionBody = {}) => {
    setBusy(true);
    setActError(null);
    try {
      // the answer is the dossier after the step: the page shows it without loading it again
      setData(await api.call(proposalsApi.actOnProposal, { params: { id, action }, body }));
      message.success(t('Đã thực hiện: {a}', { a: label(PROPOSAL_ACTION_LABELS[action]) }));
      setPending(null);
      form.resetFields();
    } catch (e) {
      setActError(e as ApiError);
      // refused for authority: the dossier is now marked to go upward — show it
      if ((e as ApiError).code === 'NO_AUTHORITY') {
        const fresh = await api.call(proposalsApi.getProposal, { params: { id } }).catch(() => null);
        if (fresh) setData(fresh);
      }
    } finally {
      setBusy(false);
    }
  };

  if (loading && !p) return <Spin />;
  if (!p) return <ApiErrorAlert error={error} />;
  if (p.access === 'PUBLIC') return <PublicDossierView p={p} />;
  const editable = (p.status === 'DRAFT' || p.status === 'RETURNED') && p.actions.includes('submit');
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.subjectName}{' '}
          <Tag color={STATUS_COLORS[p.status]} data-testid="proposal-status">
            {label(PROPOSAL_STATUS_LABELS[p.status])}
          </Tag>
        </Typography.Title>
        <Space wrap>
          {editable && <Button onClick={() => nav(`/de-nghi/${p.id}/sua`)}>{t('Sửa')}</Button>}
          {p.actions.map((a) => (
            <Button
              key={a}
              type={a === 'forward' || a === 'approve' || a === 'submit' ? 'primary' : 'default'}
              danger={a === 'reject'}
              loading={busy}
              onClick={() => (NEEDS_REASON.includes(a) ? setPending(a) : act(a))}
            >
              {label(PROPOSAL_ACTION_LABELS[a])}
            </Button>
          ))}
          {p.decisionId && (
            <Link to={`/quyet-dinh/${p.decisionId}`}>
              <Button>{t('Xem quyết định')}</Button>
            </Link>
          )}
          {p.subjectKind !== 'HOUSEHOLD' && (
            <DownloadButton
              endpoint={documentsApi.achievementReport}
              input={{ params: { id: p.id } }}
              icon={<FileWordOutlined />}
            >
              {t('Báo cáo thành tích (Word)')}
            </DownloadButton>
          )}
        </Space>
      </Space>
      <ApiErrorAlert error={actError ?? error} />
      {p.upward && (
        <Card size="small" style={{ margin: '16px 0', borderColor: '#faad14' }} data-testid="proposal-upward">
          <b>
            {t('Cần trình cấp trên:')} {p.upward.decider}
          </b>
          <div style={{ fontSize: 12 }}>
            <i>{p.upward.article}</i>
          </div>
          <div>
            {t(
              'Chủ tịch UBND xã không phê duyệt, không ký quyết định cho hồ sơ này theo thiết lập của tỉnh.',
            )}
          </div>
        </Card>
      )}
      {p.status === 'RETURNED' && (
        <Card size="small" style={{ margin: '16px 0', borderColor: '#fa8c16' }}>
          <b>{t('Lý do trả lại:')}</b> {p.returnReason}
          <div>
            <b>{t('Cần bổ sung:')}</b>
          </div>
          <ul>
            {p.returnMissing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Card>
      )}
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('Hình thức khen thưởng')}>
          {getAward(p.awardCode)?.name ?? p.awardCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('Đối tượng')}>
          {label(SUBJECT_KIND_LABELS[p.subjectKind])}
          {(p.personId ?? p.subjectUnitId ?? p.householdId) && (
            <>
              {' · '}
              <Link to={lookupPath(p.subjectKind, p.personId ?? p.subjectUnitId ?? p.householdId ?? '')}>
                {t('Quá trình khen thưởng')}
              </Link>
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('Đơn vị đề nghị')}>{p.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('Phong trào thi đua')}>
          {p.movementName ?? t('Khen thưởng thường xuyên')}
        </Descriptions.Item>
        <Descriptions.Item label={t('Năm thành tích')}>{p.year}</Descriptions.Item>
        <Descriptions.Item label={t('Lần gửi')}>{p.round}</Descriptions.Item>
        <Descriptions.Item label={t('Tóm tắt thành tích')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{p.achievement}</div>
        </Descriptions.Item>
      </Descriptions>
      <div style={{ marginTop: 16 }}>
        <AttachmentsPanel
          ownerKind="PROPOSAL"
          ownerId={p.id}
          canEdit={may('attachment.write', { unitId: p.unitId })}
        />
      </div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
          gap: 16,
          marginTop: 16,
        }}
      >
        <Card title={t('Lịch sử xử lý')} size="small" data-testid="proposal-history">
          <Timeline
            items={p.history.map((h) => ({
              color:
                h.action === 'return' || h.action === 'reject'
                  ? 'orange'
                  : h.action === 'decide' || h.action === 'approve'
                    ? 'green'
                    : 'blue',
              children: (
                <div>
                  <b>{h.summary}</b>
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {h.actorName} — {formatDateTimeVi(h.at)}
                  </div>
                  {historyMissing(h.data).length > 0 && (
                    <ul style={{ margin: 0 }}>
                      {historyMissing(h.data).map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ),
            }))}
          />
        </Card>
        {!['DECIDED', 'REJECTED', 'WITHDRAWN'].includes(p.status) && <LawVerdictPanel proposalId={p.id} />}
      </div>
      <Modal
        open={pending !== null}
        title={pending ? label(PROPOSAL_ACTION_LABELS[pending]) : ''}
        okText={t('Xác nhận')}
        confirmLoading={busy}
        onCancel={() => setPending(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ApiErrorAlert error={actError} />
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => pending && act(pending, { reason: v.reason, missing: v.missing })}
        >
          <Form.Item
            name="reason"
            label={t('Lý do')}
            rules={[{ required: true, message: t('Cần ghi rõ lý do') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {pending === 'return' && (
            <Form.Item
              name="missing"
              label={t('Nội dung cần bổ sung')}
              rules={[{ required: true, message: t('Nêu ít nhất một nội dung cần bổ sung') }]}
            >
              <Select
                mode="tags"
                placeholder={t('Ví dụ: Báo cáo thành tích có xác nhận của thủ trưởng')}
                open={false}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}

function historyMissing(data: unknown): string[] {
  const m = (data as { missing?: unknown } | null)?.missing;
  return Array.isArray(m) ? m.filter((x): x is string => typeof x === 'string') : [];
}
