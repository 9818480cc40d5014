import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type ExampleRow, examplesApi } from '../../../contract/examples';
import { movementsApi } from '../../../contract/movements';
import { organisationsApi } from '../../../contract/organisations';
import { seesWholeCommune } from '../../../core/auth/roles';
import {
  EXAMPLE_STAGE_LABELS,
  EXAMPLE_STAGES,
  EXAMPLE_SUBJECT_KIND_LABELS,
  type ExampleStage,
} from '../../../core/examples';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { ExampleFormFields, type ExampleFormValues, exampleBody } from './ExampleForm';
import { EXAMPLE_FIELDS, STAGE_COLORS } from './example-labels';
import '../../i18n/en-examples';

/** Typical examples (điển hình tiên tiến): a board by stage (or a table), filters, and nominating a new one. */
export function ExamplesPage() {
  const me = useMe();
  const may = useCan();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [stage, setStage] = useState<ExampleStage | undefined>(undefined);
  const [field, setField] = useState<string | undefined>(undefined);
  const [year, setYear] = useState<number | null>(null);
  const [view, setView] = useState<'board' | 'table'>('board');
  const { data, error, loading } = useData(
    () =>
      api.call(examplesApi.listExamples, {
        query: { q: q || undefined, stage, field, year: year ?? undefined },
      }),
    [q, stage, field, year],
  );
  const canNominate = may('example.create');
  /** A unit head nominates (giới thiệu) an example of their own unit. */
  const unitHead = !seesWholeCommune(me.role);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<ExampleFormValues>();
  const choices = useData(async () => {
    if (!open) return null;
    const [people, units, households, movements] = await Promise.all([
      api.call(organisationsApi.listPeople, {}),
      api.call(organisationsApi.listUnits, {}),
      api.call(organisationsApi.listHouseholds, {}),
      api.call(movementsApi.listMovements, {}),
    ]);
    return { people, units, households, movements };
  }, [open]);

  const create = async (v: ExampleFormValues) => {
    setSaving(true);
    setFormError(null);
    try {
      const r = await api.call(examplesApi.createExample, { body: exampleBody(v) });
      message.success(t('Đã ghi nhận điển hình mới.'));
      setOpen(false);
      navigate(`/dien-hinh-tien-tien/${r.id}`);
    } catch (e) {
      setFormError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  const rows = data ?? [];
  const card = (r: ExampleRow) => (
    <Card key={r.id} size="small" style={{ marginBottom: 8 }} data-testid="example-card">
      <Link to={`/dien-hinh-tien-tien/${r.id}`}>
        <b>{r.title}</b>
      </Link>
      <div style={{ color: '#555' }}>
        {r.subjectName}
        {r.unitName !== r.subjectName ? ` — ${r.unitName}` : ''}
      </div>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <Tag>{t(r.field)}</Tag>
        {r.replicationCount > 0 && (
          <Tag color="purple">{t('Nhân rộng ở {n} đơn vị', { n: r.replicationCount })}</Tag>
        )}
        <span style={{ color: '#888', fontSize: 12 }}>
          {t('từ')} {formatDateVi(r.stageOn)}
        </span>
      </Space>
    </Card>
  );
  const boardStages = stage ? [stage] : EXAMPLE_STAGES.filter((s) => s !== 'DROPPED');

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Điển hình tiên tiến')}
        </Typography.Title>
        {canNominate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({
                subjectKind: 'INDIVIDUAL',
                discoverySource: unitHead ? 'NOMINATED' : 'FIELD_VISIT',
                discoveredOn: dayjs(),
              });
              setFormError(null);
              setOpen(true);
            }}
          >
            {unitHead ? t('Giới thiệu điển hình') : t('Thêm điển hình')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t(
          'Phát hiện - bồi dưỡng - tổng kết - nhân rộng điển hình tiên tiến (Điều 17 khoản 4 Luật Thi đua, khen thưởng 2022; Chỉ thị 34-CT/TW).',
        )}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('Tìm theo tên, mô hình (không cần dấu)')}
          onSearch={setQ}
          style={{ width: 300 }}
        />
        <Select
          allowClear
          placeholder={t('Khâu')}
          style={{ width: 170 }}
          value={stage}
          onChange={setStage}
          aria-label={t('Khâu')}
          options={EXAMPLE_STAGES.map((s) => ({ value: s, label: t(EXAMPLE_STAGE_LABELS[s]) }))}
        />
        <Select
          allowClear
          placeholder={t('Lĩnh vực')}
          style={{ width: 220 }}
          value={field}
          onChange={setField}
          options={EXAMPLE_FIELDS.map((f) => ({ value: f, label: t(f) }))}
        />
        <InputNumber placeholder={t('Năm')} min={2000} max={2100} value={year} onChange={(v) => setYear(v)} />
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'board' | 'table')}
          options={[
            { value: 'board', label: t('Theo khâu') },
            { value: 'table', label: t('Bảng') },
          ]}
        />
      </Space>
      <ApiErrorAlert error={error} />
      {view === 'board' ? (
        <Row gutter={12}>
          {boardStages.map((s) => {
            const items = rows.filter((r) => r.stage === s);
            return (
              <Col key={s} xs={24} md={12} xl={Math.max(6, 24 / boardStages.length)}>
                <Card
                  size="small"
                  data-testid={`column-${s}`}
                  style={{ background: '#fafafa' }}
                  title={
                    <Space>
                      <Tag color={STAGE_COLORS[s]}>{t(EXAMPLE_STAGE_LABELS[s])}</Tag>
                      <Badge count={items.length} showZero color="#999" />
                    </Space>
                  }
                >
                  {items.length ? (
                    items.map(card)
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Chưa có')} />
                  )}
                </Card>
              </Col>
            );
          })}
          {!stage && rows.some((r) => r.stage === 'DROPPED') && (
            <Col span={24} style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{t('Dừng theo dõi')}: </Typography.Text>
              {rows
                .filter((r) => r.stage === 'DROPPED')
                .map((r) => (
                  <Link key={r.id} to={`/dien-hinh-tien-tien/${r.id}`} style={{ marginRight: 12 }}>
                    {r.title}
                  </Link>
                ))}
            </Col>
          )}
        </Row>
      ) : (
        <Table<ExampleRow>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={rows}
          locale={{ emptyText: t('Chưa có điển hình nào.') }}
          columns={[
            {
              title: t('Điển hình'),
              dataIndex: 'title',
              render: (v: string, r) => <Link to={`/dien-hinh-tien-tien/${r.id}`}>{v}</Link>,
            },
            {
              title: t('Đối tượng'),
              render: (_, r) => (
                <>
                  {r.subjectName}
                  <div style={{ color: '#888' }}>{t(EXAMPLE_SUBJECT_KIND_LABELS[r.subjectKind])}</div>
                </>
              ),
            },
            { title: t('Đơn vị'), dataIndex: 'unitName' },
            { title: t('Lĩnh vực'), dataIndex: 'field', render: (v: string) => t(v) },
            {
              title: t('Khâu'),
              dataIndex: 'stage',
              render: (s: ExampleStage) => <Tag color={STAGE_COLORS[s]}>{t(EXAMPLE_STAGE_LABELS[s])}</Tag>,
            },
            { title: t('Nhân rộng'), dataIndex: 'replicationCount', align: 'right', width: 100 },
            {
              title: t('Ngày phát hiện'),
              dataIndex: 'discoveredOn',
              render: (d: string) => formatDateVi(d),
              width: 130,
            },
          ]}
        />
      )}
      <Modal
        open={open}
        title={unitHead ? t('Giới thiệu điển hình tiên tiến của đơn vị') : t('Thêm điển hình tiên tiến')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('Lưu')}
        cancelText={t('Hủy')}
        confirmLoading={saving}
        width={720}
        destroyOnHidden
      >
        <ApiErrorAlert error={formError ?? choices.error} />
        <Form form={form} layout="vertical" onFinish={create}>
          <ExampleFormFields
            people={choices.data?.people ?? []}
            units={choices.data?.units ?? []}
            households={choices.data?.households ?? []}
            movements={choices.data?.movements ?? []}
            unitHead={unitHead}
            ownUnitId={me.unitId}
          />
        </Form>
      </Modal>
    </div>
  );
}
