import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Progress, Radio, Row, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { urlOf } from '../../../contract/endpoint';
import {
  INTAKE_KINDS,
  type IntakeJobView,
  type IntakeKind,
  type IntakeRowError,
  intakeApi,
  MAX_INTAKE_FILE_BYTES,
} from '../../../contract/intake';
import type { ImportMode } from '../../../contract/ratings';
import { ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-intake';
import { uploadClient } from './upload-transport';

const MAX_FILE_MB = MAX_INTAKE_FILE_BYTES / 1024 / 1024;
const PAGE = 20;
const POLL_MS = 400;

const TITLES: Record<IntakeKind, string> = {
  units: 'Danh sách đơn vị',
  people: 'Danh sách cá nhân',
  awards: 'Khen thưởng đã có',
  initiatives: 'Sáng kiến, đề tài',
  disciplines: 'Kỷ luật',
};
/** What the summary counts ("Đã nhập 1.234 người"). */
const NOUNS: Record<IntakeKind, string> = {
  units: 'đơn vị',
  people: 'người',
  awards: 'khen thưởng',
  initiatives: 'sáng kiến, đề tài',
  disciplines: 'kỷ luật',
};

const vi = (n: number) => n.toLocaleString('vi-VN');

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Import of a commune's data from Excel: one card per kind, in the order they must be imported. */
export function IntakePage() {
  const { t } = useI18n();
  return (
    <div>
      <Typography.Title level={3}>{t('Nhập dữ liệu từ Excel')}</Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={t(
          'Thứ tự nhập: 1) Đơn vị → 2) Cá nhân → 3) Khen thưởng đã có, sáng kiến, kỷ luật. Các tệp sau tìm đơn vị theo mã và người theo số CCCD đã nhập trước.',
        )}
        description={t(
          'Nhập lại cùng tệp không tạo bản ghi trùng: đơn vị theo mã, cá nhân theo số CCCD, khen thưởng theo người (đơn vị), danh hiệu và số quyết định, sáng kiến theo người, năm và tên, kỷ luật theo người, hình thức và ngày bắt đầu.',
        )}
      />
      <Row gutter={[16, 16]}>
        {INTAKE_KINDS.map((kind, i) => (
          <Col key={kind} xs={24} xl={12}>
            <KindCard kind={kind} step={i < 2 ? i + 1 : 3} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

function KindCard({ kind, step }: { kind: IntakeKind; step: number }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [upload, setUpload] = useState<number | null>(null);
  const [job, setJob] = useState<IntakeJobView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [page, setPage] = useState(1);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const running = upload !== null || job?.state === 'RUNNING';

  const poll = async (id: string, offset = 0): Promise<void> => {
    for (;;) {
      const v = await api.call(intakeApi.intakeJob, { params: { id }, query: { offset, limit: PAGE } });
      if (!alive.current) return;
      setJob(v);
      if (v.state !== 'RUNNING') return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  const importFile = async (file: File) => {
    setError(null);
    setJob(null);
    setPage(1);
    if (file.size > MAX_INTAKE_FILE_BYTES) {
      setError(
        new ApiError(
          413,
          'FILE_TOO_LARGE',
          t('Tệp quá lớn: {s} MB, tối đa {m} MB.', {
            s: (file.size / 1024 / 1024).toFixed(1),
            m: MAX_FILE_MB,
          }),
        ),
      );
      return false;
    }
    setUpload(0);
    try {
      const client = uploadClient((f) => setUpload(f));
      const { jobId } = await client.call(intakeApi.startIntake, {
        params: { kind },
        body: { fileBase64: await toBase64(file), fileName: file.name, mode },
      });
      setUpload(null);
      await poll(jobId);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)));
    } finally {
      setUpload(null);
    }
    return false;
  };

  const turnPage = async (p: number) => {
    if (!job) return;
    setPage(p);
    try {
      setJob(
        await api.call(intakeApi.intakeJob, {
          params: { id: job.id },
          query: { offset: (p - 1) * PAGE, limit: PAGE },
        }),
      );
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const r = job?.report;
  return (
    <Card
      size="small"
      title={`${step}. ${t(TITLES[kind])}`}
      role="region"
      aria-label={t(TITLES[kind])}
      style={{ height: '100%' }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={urlOf(intakeApi.intakeTemplate, { kind })}>
            {t('Tải tệp mẫu')}
          </Button>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={importFile} disabled={running}>
            <Button type="primary" icon={<UploadOutlined />} loading={running}>
              {t('Chọn tệp và nhập')}
            </Button>
          </Upload>
        </Space>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} aria-label={t('Cách nhập')}>
          <Space direction="vertical" size={0}>
            <Radio value="all-or-nothing">{t('Chỉ nhập khi cả tệp đúng')}</Radio>
            <Radio value="clean-rows-only">{t('Nhập các dòng đúng, bỏ qua dòng lỗi')}</Radio>
          </Space>
        </Radio.Group>
        {upload !== null && (
          <div>
            <Typography.Text type="secondary">{t('Đang tải tệp lên')}</Typography.Text>
            <Progress percent={Math.round(upload * 100)} size="small" />
          </div>
        )}
        {job?.state === 'RUNNING' && (
          <div role="status">
            <Typography.Text type="secondary">
              {job.phase === 'READING' || job.total === null
                ? t('Đang đọc tệp: {n} dòng', { n: vi(job.processed) })
                : t(job.phase === 'CHECKING' ? 'Đang kiểm tra: {n}/{m} dòng' : 'Đang ghi: {n}/{m} dòng', {
                    n: vi(job.processed),
                    m: vi(job.total),
                  })}
            </Typography.Text>
            <Progress
              size="small"
              status="active"
              percent={
                job.total
                  ? Math.round((job.phase === 'WRITING' ? 50 : 0) + (50 * job.processed) / job.total)
                  : 0
              }
            />
          </div>
        )}
        <ApiErrorAlert error={error} />
        {job && job.state !== 'RUNNING' && job.error && (
          <ApiErrorAlert error={new ApiError(422, job.error.code, job.error.message)} />
        )}
        {job?.state === 'DONE' && r && (
          <Alert
            type={r.rejectedRows ? 'warning' : 'success'}
            showIcon
            role="status"
            message={t('Đã nhập {n} {what}: {c} mới, {u} cập nhật', {
              n: vi(r.imported),
              what: t(NOUNS[kind]),
              c: vi(r.created),
              u: vi(r.updated),
            })}
            description={
              <>
                {t('Tệp: {f} ({n} dòng dữ liệu)', { f: job.fileName, n: vi(r.rows) })}
                {r.rejectedRows > 0 && <> {t('Bỏ qua {n} dòng lỗi.', { n: vi(r.rejectedRows) })}</>}
              </>
            }
          />
        )}
        {job && job.errorsTotal > 0 && (
          <Table<IntakeRowError>
            size="small"
            rowKey={(e) => `${e.rowNumber}-${e.field}-${e.message}`}
            title={() => <b>{t('Các dòng lỗi ({n})', { n: vi(job.errorsTotal) })}</b>}
            dataSource={job.errors}
            scroll={{ x: 480 }}
            pagination={{
              current: page,
              pageSize: PAGE,
              total: job.errorsTotal,
              showSizeChanger: false,
              onChange: turnPage,
              size: 'small',
            }}
            columns={[
              { title: t('Dòng'), dataIndex: 'rowNumber', width: 70 },
              { title: t('Cột'), dataIndex: 'column', width: 150 },
              { title: t('Lý do'), dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
