import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  InputNumber as YearInput,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type CalendarDay,
  type CalendarDayBody,
  calendarApi,
  type PhaseSuggestion,
} from '../../../contract/calendar';
import { movementsApi } from '../../../contract/movements';
import { CALENDAR_KIND_LABELS } from '../../../core/calendar';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';
import { YearDeadlinesCard } from './YearDeadlinesCard';

type Day = CalendarDay;
type Values = CalendarDayBody;

/** Lịch ngày lễ, kỷ niệm: the commune's editable calendar, this year's occurrences and suggested phase movements. */
export function CalendarPage() {
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error, reload } = useData(() => api.call(calendarApi.listDays, { query: { year } }), [year]);
  const suggestions = useData(() => api.call(calendarApi.suggestions, { query: { year } }), [year, data]);
  const canEdit = may('calendar.edit');
  const [editing, setEditing] = useState<Day | 'new' | null>(null);
  const [err, setErr] = useState<ApiError | null>(null);
  const [form] = Form.useForm<Values>();

  const openForm = (d: Day | 'new') => {
    form.resetFields();
    if (d !== 'new')
      form.setFieldsValue({
        code: d.id,
        monthDay: d.date,
        name: d.name,
        kind: d.kind,
        since: d.since ?? null,
        yearsRound: d.yearsRound ?? null,
      });
    else form.setFieldsValue({ kind: 'DIA_PHUONG' });
    setErr(null);
    setEditing(d);
  };
  const save = async (v: Values) => {
    setErr(null);
    try {
      const body = { ...v, since: v.since ?? null, yearsRound: v.yearsRound ?? null };
      if (editing === 'new') await api.call(calendarApi.createDay, { body });
      else if (editing) await api.call(calendarApi.updateDay, { params: { id: editing.rowId }, body });
      message.success(t('Đã lưu ngày kỷ niệm.'));
      setEditing(null);
      await reload();
    } catch (e) {
      setErr(e as ApiError);
    }
  };
  const remove = async (d: Day) => {
    try {
      await api.call(calendarApi.deleteDay, { params: { id: d.rowId } });
      await reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const createPhase = async (s: PhaseSuggestion) => {
    try {
      const r = await api.call(movementsApi.createMovement, {
        body: {
          name: s.name,
          type: 'THEO_DOT',
          scope: 'XA',
          fields: [],
          startDate: s.startDate,
          endDate: s.endDate,
        },
      });
      message.success(t('Đã tạo phong trào thi đua.'));
      navigate(`/phong-trao/${r.id}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Lịch ngày lễ, kỷ niệm')}
        </Typography.Title>
        <Space>
          {t('Năm')} <YearInput min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm('new')}>
              {t('Thêm ngày')}
            </Button>
          )}
        </Space>
      </Space>
      <ApiErrorAlert error={error} />
      <YearDeadlinesCard year={year} />
      <Card
        size="small"
        title={t('Gợi ý đợt thi đua theo đợt năm {y}', { y: year })}
        style={{ marginBottom: 16 }}
      >
        <List
          size="small"
          dataSource={suggestions.data ?? []}
          locale={{ emptyText: t('Không có ngày kỷ niệm năm chẵn trong năm.') }}
          renderItem={(s) => (
            <List.Item
              actions={
                canEdit
                  ? [
                      <Button key="c" size="small" onClick={() => createPhase(s)}>
                        {t('Tạo phong trào theo đợt')}
                      </Button>,
                    ]
                  : []
              }
            >
              {s.name} — {formatDateVi(s.startDate)} – {formatDateVi(s.endDate)}
            </List.Item>
          )}
        />
      </Card>
      <Table<Day>
        rowKey="rowId"
        size="small"
        pagination={false}
        dataSource={data?.days ?? []}
        columns={[
          {
            title: t('Ngày'),
            dataIndex: 'date',
            width: 80,
            render: (d: string) => `${d.slice(3)}/${d.slice(0, 2)}`,
          },
          { title: t('Tên ngày lễ, kỷ niệm'), dataIndex: 'name' },
          { title: t('Loại'), dataIndex: 'kindLabel', width: 230, render: (k: string) => <Tag>{t(k)}</Tag> },
          { title: t('Năm diễn ra'), dataIndex: 'since', width: 110 },
          {
            title: t('Năm {y}', { y: year }),
            width: 220,
            render: (_, d) => {
              const o = data?.occurrences.find((x) => x.entryId === d.id);
              return o?.years ? (
                <>
                  {t('{n} năm', { n: o.years })}{' '}
                  {o.isRound && <Tag color={o.isDecade ? 'red' : 'orange'}>{t('năm chẵn')}</Tag>}
                </>
              ) : (
                ''
              );
            },
          },
          ...(canEdit
            ? [
                {
                  title: '',
                  width: 90,
                  render: (_: unknown, d: Day) => (
                    <Space>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('Sửa')}
                        onClick={() => openForm(d)}
                      />
                      <Popconfirm
                        title={t('Xóa ngày này?')}
                        onConfirm={() => remove(d)}
                        okText={t('Xóa')}
                        cancelText={t('Hủy')}
                      >
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('Xóa')} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('Thêm ngày lễ, kỷ niệm') : t('Sửa ngày lễ, kỷ niệm')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('Lưu')}
        cancelText={t('Hủy')}
        destroyOnHidden
      >
        <ApiErrorAlert error={err} />
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label={t('Tên ngày lễ, kỷ niệm')} rules={[{ required: true, min: 3 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="monthDay"
              label={t('Ngày (MM-DD)')}
              rules={[
                { required: true, pattern: /^\d{2}-\d{2}$/, message: t('Ngày cần dạng MM-DD, ví dụ 09-02') },
              ]}
            >
              <Input style={{ width: 110 }} placeholder="09-02" />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('Mã')}
              rules={[
                {
                  required: true,
                  pattern: /^[a-z0-9-]+$/,
                  message: t('Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
                },
              ]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.Item name="kind" label={t('Loại')}>
            <Select
              options={Object.entries(CALENDAR_KIND_LABELS).map(([value, l]) => ({ value, label: t(l) }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="since" label={t('Năm diễn ra sự kiện')}>
              <InputNumber min={1000} max={9999} />
            </Form.Item>
            <Form.Item name="yearsRound" label={t('Chu kỳ năm chẵn')}>
              <InputNumber min={1} max={100} placeholder="5" />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </div>
  );
}
