import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { type DecisionAward, decisionsApi } from '../../../contract/decisions';
import { urlOf } from '../../../contract/endpoint';
import { formatDateVi, formatMoneyVnd } from '../../../core/text';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { SUBJECT_KIND_LABELS } from '../../labels';
import { DecisionDocumentButtons } from '../documents/DecisionDocumentButtons';
import { DECISION_EXTRA_ACTIONS } from './decision-extra-actions';

export function DecisionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const label = useLabel();
  const {
    data: d,
    error,
    loading,
    reload,
    setData,
  } = useData(() => api.call(decisionsApi.getDecision, { params: { id } }), [id]);
  if (loading && !d) return <Spin />;
  if (!d) return <ApiErrorAlert error={error} />;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Quyết định số {n}', { n: d.label })}
        </Typography.Title>
        <Space wrap>
          <a href={urlOf(decisionsApi.decisionCertificates, { id: d.id })} download>
            <Button type="primary" icon={<FilePdfOutlined />}>
              {t('Tải tất cả giấy khen (PDF)')}
            </Button>
          </a>
          <DecisionDocumentButtons decision={d} />
          {DECISION_EXTRA_ACTIONS.map((A) => (
            <A key={A.name} decision={d} reload={reload} update={setData} />
          ))}
        </Space>
      </Space>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ margin: '16px 0' }}>
        <Descriptions.Item label={t('Ngày ký')}>{formatDateVi(d.decisionDate)}</Descriptions.Item>
        <Descriptions.Item label={t('Người ký')}>
          {d.signerTitle} {d.signerName}
        </Descriptions.Item>
        <Descriptions.Item label={t('Trích yếu')}>{d.title}</Descriptions.Item>
        <Descriptions.Item label={t('Tổng tiền thưởng')}>{formatMoneyVnd(d.totalAmount)}</Descriptions.Item>
      </Descriptions>
      <Table<DecisionAward>
        rowKey="id"
        dataSource={d.awards}
        pagination={false}
        columns={[
          { title: t('Số sổ'), dataIndex: 'registerNumber', width: 80 },
          {
            title: t('Họ tên / Tập thể'),
            dataIndex: 'subjectName',
            render: (n: string, a) => (
              <>
                <b>{n}</b>
                <div style={{ color: '#888' }}>{a.subjectDescription}</div>
              </>
            ),
          },
          {
            title: t('Loại'),
            dataIndex: 'subjectKind',
            width: 100,
            render: (k: string) => label(SUBJECT_KIND_LABELS[k], k),
          },
          { title: t('Thành tích'), dataIndex: 'achievement' },
          {
            title: t('Tiền thưởng'),
            dataIndex: 'amount',
            align: 'right',
            width: 130,
            render: (n: number, a) => (
              <>
                {formatMoneyVnd(n)}
                {a.amountNote && (
                  <div style={{ fontSize: 12, textAlign: 'left' }}>
                    <i>{a.amountNote}</i>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('Mã xác minh'),
            dataIndex: 'verifyCode',
            width: 170,
            render: (c: string, a) => (
              <>
                <a href={`/xac-minh/${c}`} target="_blank" rel="noreferrer">
                  {c}
                </a>
                {a.revokedAt && <Tag color="red">{t('Đã thu hồi')}</Tag>}
              </>
            ),
          },
          {
            title: '',
            width: 120,
            render: (_, a) => (
              <a href={urlOf(decisionsApi.awardCertificate, { id: a.id })} download>
                <Button size="small" icon={<DownloadOutlined />}>
                  {t('Giấy khen')}
                </Button>
              </a>
            ),
          },
        ]}
      />
    </div>
  );
}
