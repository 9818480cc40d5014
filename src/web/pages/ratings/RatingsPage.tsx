import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Radio, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { urlOf } from '../../../contract/endpoint';
import { organisationsApi } from '../../../contract/organisations';
import {
  type ImportErrorSummary,
  type ImportMode,
  type ImportReport,
  MAX_RATING_FILE_BYTES,
  type RatingRow,
  type RatingRowError,
  ratingsApi,
} from '../../../contract/ratings';
import { seesWholeCommune } from '../../../core/auth/roles';
import { PERFORMANCE_RATING_LABELS, type PerformanceRating } from '../../../core/scoring/ratings';
import { ApiError, api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-plan-targets';

const COLORS: Record<PerformanceRating, string> = {
  HTXSNV: 'green',
  HTTNV: 'blue',
  HTNV: 'default',
  KHTNV: 'red',
};
const THIS_YEAR = new Date().getFullYear();
const SOURCES: Record<string, string> = {
  MANUAL: 'Nhập tay',
  IMPORT: 'Nhập từ tệp Excel',
  SEED: 'Dữ liệu mẫu',
};
/** The server's limit for an uploaded workbook. */
const MAX_FILE_MB = MAX_RATING_FILE_BYTES / 1024 / 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Annual performance ratings of people by unit and year: entry one by one, or an Excel template and import. */
export function RatingsPage() {
  const me = useMe();
  const { t } = useI18n();
  const { message } = App.useApp();
  const isHead = !seesWholeCommune(me.role);
  const [year, setYear] = useState(THIS_YEAR - 1);
  const [unitId, setUnitId] = useState<string | undefined>(isHead ? (me.unitId ?? undefined) : undefined);
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const data = useData(() => api.call(ratingsApi.listRatings, { query: { year, unitId } }), [year, unitId]);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const v = data.data;

  const setRating = async (personId: string, rating: PerformanceRating | null) => {
    setError(null);
    try {
      const row = await api.call(ratingsApi.setRating, { body: { year, personId, rating } });
      data.setData((d) => d && { ...d, rows: d.rows.map((r) => (r.personId === row.personId ? row : r)) });
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const importFile = async (file: File) => {
    setError(null);
    setReport(null);
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setError(
        new ApiError(
          413,
          'FILE_TOO_LARGE',
          t('Tệp quá lớn: {s} MB, tối đa {m} MB. Hãy dùng tệp mẫu, chỉ gồm danh sách cần nhập.', {
            s: (file.size / 1024 / 1024).toFixed(1),
            m: MAX_FILE_MB,
          }),
        ),
      );
      return false;
    }
    setBusy(true);
    try {
      const r = await api.call(ratingsApi.importRatings, {
        body: { year, fileBase64: await toBase64(file), fileName: file.name, mode },
      });
      setReport(r);
      message.success(t('Đã nhập {n} kết quả xếp loại.', { n: r.imported }));
      await data.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)));
    } finally {
      setBusy(false);
    }
    return false;
  };
  const summary: Partial<ImportErrorSummary> =
    report ?? (error?.details as Partial<ImportErrorSummary> | undefined) ?? {};
  const rejected = summary.rejected ?? [];
  const notShown = (summary.rejectedTotal ?? rejected.length) - rejected.length;

  return (
    <div>
      <Typography.Title level={3}>{t('Đánh giá, xếp loại chất lượng hằng năm')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('Năm')}</span>
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 100 }}
          aria-label={t('Năm')}
          options={Array.from({ length: 8 }, (_, i) => THIS_YEAR - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
        />
        <span>{t('Đơn vị')}</span>
        <Select
          value={unitId}
          onChange={setUnitId}
          style={{ width: 320 }}
          allowClear={!isHead}
          disabled={isHead}
          placeholder={t('Tất cả đơn vị')}
          aria-label={t('Đơn vị')}
          showSearch
          optionFilterProp="label"
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Space>
      {v?.canEdit && (
        <Card size="small" title={t('Nhập từ Excel')} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              href={urlOf(ratingsApi.ratingsTemplate, {}, { year, unitId })}
            >
              {t('Tải tệp mẫu Excel')}
            </Button>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              <Radio value="all-or-nothing">{t('Chỉ nhập khi cả tệp đúng')}</Radio>
              <Radio value="clean-rows-only">{t('Nhập các dòng đúng, bỏ qua dòng lỗi')}</Radio>
            </Radio.Group>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={importFile}>
              <Button type="primary" icon={<UploadOutlined />} loading={busy}>
                {t('Chọn tệp và nhập')}
              </Button>
            </Upload>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t(
              'Tệp mẫu có sẵn danh sách người của đơn vị và ô chọn kết quả. Mọi dòng lỗi được báo kèm số dòng; nhập lại cùng năm sẽ cập nhật kết quả cũ.',
            )}
          </Typography.Paragraph>
        </Card>
      )}
      <ApiErrorAlert error={data.error ?? error} />
      {report && (
        <Alert
          type={report.rejected.length ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          message={t('Đã nhập {n}/{m} dòng ({u} dòng cập nhật kết quả cũ).', {
            n: report.imported,
            m: report.rows,
            u: report.updated,
          })}
        />
      )}
      {rejected.length > 0 && (
        <Table<RatingRowError>
          size="small"
          rowKey={(r) => `${r.rowNumber}-${r.message}`}
          pagination={false}
          style={{ marginBottom: 16 }}
          title={() => (
            <b>
              {t('Các dòng lỗi')}
              {notShown > 0
                ? ` — ${t('{n} lỗi đầu tiên, còn {m} lỗi khác', { n: rejected.length, m: notShown })}`
                : ''}
            </b>
          )}
          dataSource={rejected}
          columns={[
            { title: t('Dòng'), dataIndex: 'rowNumber', width: 70 },
            { title: t('Lý do'), dataIndex: 'message' },
          ]}
        />
      )}
      <Table<RatingRow>
        rowKey="personId"
        loading={data.loading}
        dataSource={v?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('Họ và tên'), dataIndex: 'fullName' },
          { title: t('Chức vụ'), dataIndex: 'position', responsive: ['md'] },
          { title: t('Đơn vị'), dataIndex: 'unitName', responsive: ['lg'] },
          {
            title: t('Kết quả xếp loại năm {y}', { y: year }),
            width: 320,
            render: (_: unknown, r) =>
              v?.canEdit ? (
                <Select
                  value={r.rating ?? undefined}
                  placeholder={t('Chưa xếp loại')}
                  allowClear
                  style={{ width: 300 }}
                  aria-label={`${t('Xếp loại')} ${r.fullName}`}
                  onChange={(x: PerformanceRating | undefined) => void setRating(r.personId, x ?? null)}
                  options={v.ratings.map((o) => ({ value: o.code, label: t(o.label) }))}
                />
              ) : r.rating ? (
                <Tag color={COLORS[r.rating]}>{t(PERFORMANCE_RATING_LABELS[r.rating])}</Tag>
              ) : (
                '—'
              ),
          },
          {
            title: t('Nguồn'),
            dataIndex: 'source',
            render: (s: string | null) => (s ? t(SOURCES[s] ?? s) : ''),
            responsive: ['md'],
          },
        ]}
      />
    </div>
  );
}
