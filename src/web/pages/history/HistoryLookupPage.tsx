import {
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  InputNumber,
  List,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { urlOf } from '../../../contract/endpoint';
import {
  type HistoryAward,
  type HistoryDiscipline,
  type HistoryInitiative,
  type HistoryPendingMatter,
  historyApi,
  type SubjectHistory,
  type SubjectMatch,
  type SubjectPathKind,
} from '../../../contract/history';
import {
  ACHIEVEMENT_NATURE_LABELS,
  DISCIPLINE_KIND_LABELS,
  ISSUING_LEVEL_LABELS,
  PENDING_MATTER_LABELS,
} from '../../../core/history/history-terms';
import type { SubjectKind } from '../../../core/law';
import { formatDateVi, formatMoneyVnd } from '../../../core/text';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-history';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import {
  CloseMatterModal,
  DeleteEntryModal,
  type EditingEntry,
  type EntryKind,
  HistoryEntryModal,
  INITIATIVE_LEVEL_LABELS,
} from './HistoryEntryForms';
import { lookupPath } from './lookup-path';

const PATH_KIND: Record<string, SubjectPathKind> = {
  'ca-nhan': 'person',
  'tap-the': 'unit',
  'ho-gia-dinh': 'household',
};
const KIND_WORD: Record<SubjectKind, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};

/** "Tra cứu khen thưởng": pick a person, collective or household, see and keep their whole history. */
export function HistoryLookupPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const segment = useLocation().pathname.split('/')[2] ?? '';
  const kind = PATH_KIND[segment];
  return (
    <div>
      <Typography.Title level={3}>{t('Tra cứu khen thưởng')}</Typography.Title>
      <SubjectPicker />
      {kind && id ? (
        <SubjectHistoryView key={`${kind}/${id}`} kind={kind} id={id} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t(
            'Chọn một cá nhân, tập thể hoặc hộ gia đình để xem toàn bộ quá trình khen thưởng, sáng kiến, kỷ luật và những khen thưởng đủ điều kiện.',
          )}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** Search people, collectives and households by name, diacritics ignored (the server folds both sides). */
function SubjectPicker() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const found = useData(() => api.call(historyApi.findSubjects, { query: { q } }), [q]);
  return (
    <Select<string>
      showSearch
      filterOption={false}
      onSearch={setQ}
      aria-label={t('Tìm cá nhân, tập thể, hộ gia đình')}
      placeholder={t('Gõ tên để tìm (không cần dấu)')}
      style={{ width: '100%', maxWidth: 560 }}
      loading={found.loading}
      notFoundContent={found.loading ? <Spin size="small" /> : t('Không tìm thấy')}
      onChange={(v) => {
        const m = (found.data ?? []).find((s) => `${s.kind}:${s.id}` === v);
        if (m) navigate(lookupPath(m.kind, m.id));
      }}
      value={null as unknown as string}
      options={(found.data ?? []).map((s: SubjectMatch) => ({
        value: `${s.kind}:${s.id}`,
        label: `${s.name}${s.detail ? ` — ${s.detail}` : ''} (${t(KIND_WORD[s.kind])})`,
      }))}
    />
  );
}

function SubjectHistoryView({ kind, id }: { kind: SubjectPathKind; id: string }) {
  const { t } = useI18n();
  const {
    data: h,
    error,
    loading,
    setData,
  } = useData(() => api.call(historyApi.subjectHistory, { params: { kind, id } }), [kind, id]);
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const eligibility = useData(
    () => api.call(historyApi.eligibility, { params: { kind, id }, query: { year } }),
    [kind, id, year, h],
  );
  const [editing, setEditing] = useState<EditingEntry | null>(null);
  const [deleting, setDeleting] = useState<{ kind: EntryKind; id: string; label: string } | null>(null);
  const [closing, setClosing] = useState<HistoryPendingMatter | null>(null);
  if (loading && !h) return <Spin style={{ marginTop: 16 }} />;
  if (!h) return <ApiErrorAlert error={error} />;
  const s = h.subject;
  const saved = (next: SubjectHistory) => {
    setData(next);
    setEditing(null);
    setDeleting(null);
    setClosing(null);
  };
  const person = s.kind === 'INDIVIDUAL';
  const actions = (edit: () => void, del: () => void, label: string) =>
    h.canManage ? (
      <Space>
        <Button size="small" icon={<EditOutlined />} aria-label={`${t('Sửa')} ${label}`} onClick={edit} />
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={`${t('Xóa')} ${label}`}
          onClick={del}
        />
      </Space>
    ) : null;
  const add = (k: EntryKind, label: string) =>
    h.canManage ? (
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => setEditing({ kind: k, row: null } as EditingEntry)}
      >
        {t(label)}
      </Button>
    ) : null;

  return (
    <div style={{ marginTop: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {s.name} <Tag>{t(KIND_WORD[s.kind])}</Tag>
        </Typography.Title>
        {s.kind !== 'HOUSEHOLD' && (
          <Space wrap>
            <a href={urlOf(historyApi.awardCardDocx, { kind, id })} download>
              <Button icon={<FileWordOutlined />}>{t('Thẻ theo dõi khen thưởng (Word)')}</Button>
            </a>
            <a href={urlOf(historyApi.awardCardXlsx, { kind, id })} download>
              <Button icon={<FileExcelOutlined />}>{t('Phiếu theo dõi khen thưởng (Excel)')}</Button>
            </a>
          </Space>
        )}
      </Space>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ margin: '12px 0' }}>
        {person && (
          <Descriptions.Item label={t('Ngày sinh')}>
            {s.birthDate ? formatDateVi(s.birthDate) : (s.birthYear ?? '—')}
          </Descriptions.Item>
        )}
        {person && <Descriptions.Item label={t('Chức vụ')}>{s.position ?? '—'}</Descriptions.Item>}
        <Descriptions.Item
          label={t(person ? 'Đơn vị' : s.kind === 'COLLECTIVE' ? 'Trực thuộc' : 'Thôn, tổ dân phố')}
        >
          {s.unitName ?? '—'}
        </Descriptions.Item>
        {!person && <Descriptions.Item label={t('Địa chỉ')}>{s.address ?? '—'}</Descriptions.Item>}
      </Descriptions>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t('Khen thưởng các cấp qua các năm')}
            extra={add('award', 'Nhập khen thưởng')}
          >
            <Table<HistoryAward>
              rowKey={(a) => `${a.source}:${a.id}`}
              dataSource={h.awards}
              pagination={false}
              size="small"
              scroll={{ x: 760 }}
              locale={{ emptyText: t('Chưa có khen thưởng nào.') }}
              expandable={{
                // the expand button stays at the left, so the evidence panel spans the visible width of a
                // table scrolled sideways (a narrow screen) instead of the whole table's width
                fixed: 'left',
                // evidence files of history entries: those who manage the subject's history (the server checks again)
                rowExpandable: (a) => h.canManage && a.source === 'HISTORY',
                expandedRowRender: (a) => (
                  <AttachmentsPanel ownerKind="AWARD_HISTORY" ownerId={a.id} canEdit={h.canManage} />
                ),
              }}
              columns={[
                { title: t('Năm'), dataIndex: 'year', width: 70 },
                {
                  title: t('Danh hiệu, hình thức'),
                  render: (_, a) => (
                    <>
                      {a.awardName} {a.revoked && <Tag color="red">{t('Đã thu hồi')}</Tag>}
                      {a.nature !== 'THUONG_XUYEN' && <Tag>{t(ACHIEVEMENT_NATURE_LABELS[a.nature])}</Tag>}
                      {a.viaPredecessor && (
                        <Typography.Text type="secondary">
                          {' '}
                          ({t('của {u}', { u: a.viaPredecessor })})
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
                {
                  title: t('Quyết định'),
                  render: (_, a) => (
                    <>
                      {a.decisionId ? (
                        <Link to={`/quyet-dinh/${a.decisionId}`}>{a.decisionNumber}</Link>
                      ) : (
                        a.decisionNumber
                      )}
                      <br />
                      <Typography.Text type="secondary">{formatDateVi(a.decisionDate)}</Typography.Text>
                    </>
                  ),
                },
                {
                  title: t('Nguồn'),
                  render: (_, a) =>
                    a.source === 'REGISTER' ? (
                      <Tag color="blue">{t('Quyết định của xã trên hệ thống')}</Tag>
                    ) : (
                      <>
                        {a.issuingBody}
                        <br />
                        <Typography.Text type="secondary">
                          {t(ISSUING_LEVEL_LABELS[a.issuingLevel])}
                        </Typography.Text>
                      </>
                    ),
                },
                {
                  title: '',
                  fixed: 'right',
                  width: 90,
                  render: (_, a) =>
                    a.source === 'HISTORY' && !a.viaPredecessor
                      ? actions(
                          () => setEditing({ kind: 'award', row: a }),
                          () => setDeleting({ kind: 'award', id: a.id, label: `${a.awardName} ${a.year}` }),
                          `${a.awardName} ${a.year}`,
                        )
                      : null,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            size="small"
            title={t('Đủ điều kiện khen thưởng')}
            extra={
              <InputNumber
                size="small"
                aria-label={t('Năm thành tích')}
                min={2000}
                max={2100}
                value={year}
                onChange={(v) => v && setYear(v)}
              />
            }
          >
            <ApiErrorAlert error={eligibility.error} />
            {eligibility.data && (
              <>
                <Typography.Text type="secondary">
                  {t('Theo Luật, quyết định ngày {d}', { d: formatDateVi(eligibility.data.decisionDate) })}
                </Typography.Text>
                <List
                  size="small"
                  dataSource={eligibility.data.awards}
                  renderItem={(a) => (
                    <List.Item>
                      <div>
                        <Tag
                          color={a.eligible ? 'green' : a.status === 'BLOCKED_PENDING' ? 'orange' : 'default'}
                        >
                          {a.eligible
                            ? t('Đủ điều kiện')
                            : a.status === 'BLOCKED_PENDING'
                              ? t('Tạm chưa xét (đang có vụ việc xem xét)')
                              : t('Chưa đủ điều kiện')}
                        </Tag>
                        <strong>{a.awardName}</strong>
                        {a.reasons.length > 0 && (
                          <details style={{ marginTop: 4 }}>
                            <summary>{t('Vì sao chưa đủ ({n})', { n: a.reasons.length })}</summary>
                            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                              {a.reasons.map((r) => (
                                <li key={r.message}>
                                  <Typography.Text type="secondary">
                                    {r.message} ({r.article})
                                  </Typography.Text>
                                </li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </div>
                    </List.Item>
                  )}
                />
              </>
            )}
          </Card>
        </Col>
        {person && (
          <Col xs={24} lg={12}>
            <Card
              size="small"
              title={t('Sáng kiến, đề tài')}
              extra={add('initiative', 'Nhập sáng kiến, đề tài')}
            >
              <Table<HistoryInitiative>
                rowKey="id"
                expandable={{
                  fixed: 'left',
                  rowExpandable: () => h.canManage,
                  expandedRowRender: (x) => (
                    <AttachmentsPanel ownerKind="INITIATIVE" ownerId={x.id} canEdit={h.canManage} />
                  ),
                }}
                size="small"
                pagination={false}
                scroll={{ x: 520 }}
                dataSource={h.initiatives}
                locale={{ emptyText: t('Chưa có sáng kiến, đề tài nào.') }}
                columns={[
                  { title: t('Năm'), dataIndex: 'year', width: 70 },
                  {
                    title: t('Tên'),
                    render: (_, i) => (
                      <>
                        <Tag>{t(i.kind === 'DE_TAI' ? 'Đề tài' : 'Sáng kiến')}</Tag>
                        {i.title}
                      </>
                    ),
                  },
                  { title: t('Cấp công nhận'), render: (_, i) => t(INITIATIVE_LEVEL_LABELS[i.level]) },
                  {
                    title: '',
                    fixed: 'right',
                    width: 90,
                    render: (_, i) =>
                      actions(
                        () => setEditing({ kind: 'initiative', row: i }),
                        () => setDeleting({ kind: 'initiative', id: i.id, label: i.title }),
                        i.title,
                      ),
                  },
                ]}
              />
            </Card>
          </Col>
        )}
        {person && (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('Kỷ luật')} extra={add('discipline', 'Nhập kỷ luật')}>
              <Table<HistoryDiscipline>
                rowKey="id"
                expandable={{
                  fixed: 'left',
                  rowExpandable: () => h.canManage,
                  expandedRowRender: (x) => (
                    <AttachmentsPanel ownerKind="DISCIPLINE" ownerId={x.id} canEdit={h.canManage} />
                  ),
                }}
                size="small"
                pagination={false}
                scroll={{ x: 480 }}
                dataSource={h.disciplines}
                locale={{ emptyText: t('Không có kỷ luật.') }}
                columns={[
                  { title: t('Hình thức'), render: (_, d) => t(DISCIPLINE_KIND_LABELS[d.kind]) },
                  {
                    title: t('Thời hạn'),
                    render: (_, d) => `${formatDateVi(d.from)} – ${d.to ? formatDateVi(d.to) : '…'}`,
                  },
                  { title: t('Quyết định'), render: (_, d) => d.decisionRef ?? '—' },
                  {
                    title: '',
                    fixed: 'right',
                    width: 90,
                    render: (_, d) =>
                      actions(
                        () => setEditing({ kind: 'discipline', row: d }),
                        () =>
                          setDeleting({
                            kind: 'discipline',
                            id: d.id,
                            label: `${t(DISCIPLINE_KIND_LABELS[d.kind])} ${formatDateVi(d.from)}`,
                          }),
                        t(DISCIPLINE_KIND_LABELS[d.kind]),
                      ),
                  },
                ]}
              />
            </Card>
          </Col>
        )}
        {s.kind !== 'HOUSEHOLD' && (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('Việc đang xem xét')} extra={add('matter', 'Ghi việc đang xem xét')}>
              <Table<HistoryPendingMatter>
                rowKey="id"
                expandable={{
                  fixed: 'left',
                  rowExpandable: () => h.canManage,
                  expandedRowRender: (x) => (
                    <AttachmentsPanel ownerKind="PENDING_MATTER" ownerId={x.id} canEdit={h.canManage} />
                  ),
                }}
                size="small"
                pagination={false}
                scroll={{ x: 480 }}
                dataSource={h.pendingMatters}
                locale={{ emptyText: t('Không có việc đang xem xét.') }}
                columns={[
                  { title: t('Việc'), render: (_, m) => t(PENDING_MATTER_LABELS[m.kind]) },
                  {
                    title: t('Thời gian'),
                    render: (_, m) =>
                      m.closedOn ? (
                        `${formatDateVi(m.since)} – ${formatDateVi(m.closedOn)}`
                      ) : (
                        <>
                          {t('Từ {d}', { d: formatDateVi(m.since) })}{' '}
                          <Tag color="orange">{t('Đang xem xét')}</Tag>
                        </>
                      ),
                  },
                  {
                    title: '',
                    fixed: 'right',
                    width: 150,
                    render: (_, m) =>
                      h.canManage ? (
                        <Space>
                          {!m.closedOn && (
                            <Button size="small" onClick={() => setClosing(m)}>
                              {t('Kết thúc')}
                            </Button>
                          )}
                          {actions(
                            () => setEditing({ kind: 'matter', row: m }),
                            () =>
                              setDeleting({
                                kind: 'matter',
                                id: m.id,
                                label: t(PENDING_MATTER_LABELS[m.kind]),
                              }),
                            t(PENDING_MATTER_LABELS[m.kind]),
                          )}
                        </Space>
                      ) : null,
                  },
                ]}
              />
            </Card>
          </Col>
        )}
        {s.kind === 'HOUSEHOLD' && (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('Đóng góp và vi phạm')}>
              {h.contributions.length + h.violations.length === 0 ? (
                <Empty description={t('Chưa có đóng góp, vi phạm nào được ghi.')} />
              ) : (
                <List
                  size="small"
                  dataSource={[
                    ...h.contributions.map((c) => ({
                      key: `c${c.year}${c.description}`,
                      text: `${c.year}: ${c.description} — ${formatMoneyVnd(c.amount)}`,
                      bad: false,
                    })),
                    ...h.violations.map((v) => ({
                      key: `v${v.year}${v.description}`,
                      text: `${v.year}: ${v.description}`,
                      bad: true,
                    })),
                  ]}
                  renderItem={(x) => (
                    <List.Item key={x.key}>
                      {x.bad && <Tag color="red">{t('Vi phạm')}</Tag>}
                      {x.text}
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        )}
      </Row>
      <HistoryEntryModal history={h} editing={editing} onClose={() => setEditing(null)} onSaved={saved} />
      <DeleteEntryModal target={deleting} onClose={() => setDeleting(null)} onDeleted={saved} />
      <CloseMatterModal matter={closing} onClose={() => setClosing(null)} onClosed={saved} />
    </div>
  );
}
