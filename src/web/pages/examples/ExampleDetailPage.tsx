import { EditOutlined, TrophyOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, List, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type ExampleDetail, examplesApi } from '../../../contract/examples';
import type { Unit } from '../../../contract/organisations';
import { organisationsApi } from '../../../contract/organisations';
import { PROPOSAL_STATUS_LABELS } from '../../../core/dossier/proposal-workflow';
import {
  canPropose,
  DISCOVERY_SOURCE_LABELS,
  EXAMPLE_ACTION_LABELS,
  EXAMPLE_STAGE_LABELS,
  EXAMPLE_SUBJECT_KIND_LABELS,
  type ExampleAction,
} from '../../../core/examples';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { EditDialog, ProposeDialog, StageDialog } from './ExampleDialogs';
import { EntryCard } from './ExampleEntryCards';
import { STAGE_COLORS } from './example-labels';
import '../../i18n/en-examples';
import { useErrorText } from '../../api/error-text';

/** One typical example: stages on a timeline, nurturing, evidence, media, replications, commendations. */
export function ExampleDetailPage() {
  const { id = '' } = useParams();
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const label = useLabel();
  const { message } = App.useApp();
  const {
    data: e,
    error,
    setData,
  } = useData(() => api.call(examplesApi.getExample, { params: { id } }), [id]);
  const canManage = may('example.manage');
  const units = useData(
    () => (canManage ? api.call(organisationsApi.listUnits, {}) : Promise.resolve([] as Unit[])),
    [canManage],
  );
  const [action, setAction] = useState<ExampleAction | null>(null);
  const [proposing, setProposing] = useState(false);
  const [editing, setEditing] = useState(false);
  if (!e) return <ApiErrorAlert error={error} />;
  const live = e.stage !== 'DROPPED';
  /** An action answers the example as it now is: show it. */
  const changed = (next: ExampleDetail) => setData(next);
  const link = async (awardId: string) => {
    try {
      changed(await api.call(examplesApi.linkAward, { params: { id: e.id }, body: { awardId } }));
      message.success(t('Đã gắn khen thưởng với điển hình.'));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const card = (kind: 'nurturing' | 'evidence' | 'media' | 'replications', canAdd: boolean) => (
    <EntryCard
      example={e}
      kind={kind}
      canAdd={canManage && canAdd}
      units={units.data ?? []}
      onChanged={changed}
    />
  );

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {e.title}
        </Typography.Title>
        <Tag color={STAGE_COLORS[e.stage]} data-testid="example-stage">
          {t(EXAMPLE_STAGE_LABELS[e.stage])}
        </Tag>
      </Space>
      <ApiErrorAlert error={error} />
      {canManage && (
        <Space wrap style={{ margin: '12px 0' }}>
          {e.actions.map((a) => (
            <Button
              key={a}
              type={a === 'drop' ? 'default' : 'primary'}
              danger={a === 'drop'}
              onClick={() => setAction(a)}
            >
              {t(EXAMPLE_ACTION_LABELS[a])}
            </Button>
          ))}
          {live && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('Sửa, viết bài tổng kết')}
            </Button>
          )}
          {canPropose(e.stage).ok && (
            <Button icon={<TrophyOutlined />} onClick={() => setProposing(true)}>
              {t('Lập đề nghị khen thưởng')}
            </Button>
          )}
        </Space>
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('Đối tượng')}>
          {e.subjectName} ({t(EXAMPLE_SUBJECT_KIND_LABELS[e.subjectKind])})
        </Descriptions.Item>
        <Descriptions.Item label={t('Đơn vị')}>{e.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('Lĩnh vực')}>{t(e.field)}</Descriptions.Item>
        <Descriptions.Item label={t('Phong trào thi đua')}>
          {e.movementName ? <Link to={`/phong-trao/${e.movementId}`}>{e.movementName}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('Cách phát hiện')}>
          {t(DISCOVERY_SOURCE_LABELS[e.discoverySource])}
          {e.discoveryNote ? ` — ${e.discoveryNote}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('Ngày phát hiện')}>{formatDateVi(e.discoveredOn)}</Descriptions.Item>
        <Descriptions.Item label={t('Mô hình, cách làm hay')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{e.model}</div>
        </Descriptions.Item>
        {e.internalNote ? (
          <Descriptions.Item label={t('Ghi chú nội bộ (không công bố)')} span={2}>
            {e.internalNote}
          </Descriptions.Item>
        ) : null}
        {e.dropReason ? (
          <Descriptions.Item label={t('Lý do dừng theo dõi')} span={2}>
            {e.dropReason}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(380px, 1fr))',
          gap: 16,
          marginTop: 16,
        }}
      >
        <Card size="small" title={t('Các khâu')} data-testid="example-timeline">
          <Timeline
            items={e.stages.map((s) => ({
              color: STAGE_COLORS[s.to] === 'default' ? 'gray' : STAGE_COLORS[s.to],
              children: (
                <div>
                  <b>{t(EXAMPLE_STAGE_LABELS[s.to])}</b> — {formatDateVi(s.on)}
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {s.by}
                    {s.note ? ` · ${s.note}` : ''}
                  </div>
                </div>
              ),
            }))}
          />
        </Card>
        <Card size="small" title={t('Bài tổng kết')} data-testid="example-summary">
          {e.summaryText ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {e.summaryText}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">
              {t('Chưa có bài tổng kết. Cần có bài tổng kết trước khi chuyển sang khâu tổng kết.')}
            </Typography.Text>
          )}
        </Card>
        {card('nurturing', e.stage === 'NURTURING')}
        {card('replications', e.stage === 'SUMMED_UP' || e.stage === 'REPLICATING')}
        {card('evidence', live)}
        {card('media', live)}
        <Card size="small" title={t('Khen thưởng')} data-testid="example-commendations">
          <List
            size="small"
            header={<b>{t('Đề nghị đã lập từ điển hình')}</b>}
            dataSource={e.proposals}
            locale={{ emptyText: t('Chưa có.') }}
            renderItem={(p) => (
              <List.Item>
                <Link to={`/de-nghi/${p.id}`}>
                  {p.awardName} — {p.year}
                </Link>
                <Tag style={{ marginLeft: 8 }}>{label(PROPOSAL_STATUS_LABELS[p.status], p.status)}</Tag>
              </List.Item>
            )}
          />
          <List
            size="small"
            header={<b>{t('Khen thưởng đã nhận')}</b>}
            dataSource={e.awards}
            locale={{ emptyText: t('Chưa có.') }}
            renderItem={(a) => (
              <List.Item
                actions={
                  canManage && !a.linked && !a.revoked
                    ? [
                        <Button key="link" size="small" onClick={() => link(a.id)}>
                          {t('Gắn với điển hình')}
                        </Button>,
                      ]
                    : []
                }
              >
                <div>
                  {a.awardName} — {a.year}
                  {a.revoked && (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      {t('Đã hủy')}
                    </Tag>
                  )}
                  {a.linked && (
                    <Tag color="green" style={{ marginLeft: 8 }}>
                      {t('Đã gắn')}
                    </Tag>
                  )}
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {t('Quyết định')} {a.decision} {t('ngày')} {formatDateVi(a.decisionDate)}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </Card>
      </div>
      <div style={{ marginTop: 16 }}>
        <AttachmentsPanel ownerKind="EXAMPLE" ownerId={e.id} canEdit={may('attachment.write') && canManage} />
      </div>
      <StageDialog example={e} action={action} onClose={() => setAction(null)} onDone={changed} />
      <ProposeDialog example={e} open={proposing} onClose={() => setProposing(false)} />
      <EditDialog example={e} open={editing} onClose={() => setEditing(false)} onDone={changed} />
    </div>
  );
}
