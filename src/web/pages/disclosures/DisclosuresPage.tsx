import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  type DisclosureRow,
  disclosuresApi,
  type Objection,
  type ObjectionHandling,
} from '../../../contract/disclosures';
import { type ProposalRow, proposalsApi } from '../../../contract/proposals';
import { vietnamDate } from '../../../core/calendar/iso-date';
import { DISCLOSURE_RULE, earliestDisclosureEnd } from '../../../core/dossier/disclosure-rules';
import { getAward } from '../../../core/law';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-disclosure-period';
import { useErrorText } from '../../api/error-text';

const ISO = 'YYYY-MM-DD';
/** The default period: from today for the legal minimum (both ends counted). */
const defaultPeriod = (): [Dayjs, Dayjs] => {
  const start = vietnamDate(new Date());
  return [dayjs(start), dayjs(earliestDisclosureEnd(start))];
};

const STATUS: Record<string, { vi: string; color: string }> = {
  OPEN: { vi: 'Chưa xử lý', color: 'orange' },
  UPHELD: { vi: 'Phản ánh đúng', color: 'red' },
  DISMISSED: { vi: 'Không có cơ sở', color: 'green' },
  NOTED: { vi: 'Đã ghi nhận', color: 'blue' },
};

/** The officer publishes proposed lists (công khai) and records how each comment or objection was handled. */
export function DisclosuresPage() {
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const canPublish = may('disclosure.publish');
  const canResolve = may('objection.resolve');
  const list = useData(() => api.call(disclosuresApi.listDisclosures, {}), []);
  const candidates = useData(async () => {
    const [s, f] = await Promise.all([
      api.call(proposalsApi.listProposals, { query: { status: 'SUBMITTED' } }),
      api.call(proposalsApi.listProposals, { query: { status: 'FORWARDED' } }),
    ]);
    return [...f, ...s];
  }, []);
  const [selected, setSelected] = useState<string | null>(null);
  const detail = useData(
    () =>
      selected ? api.call(disclosuresApi.getDisclosure, { params: { id: selected } }) : Promise.resolve(null),
    [selected],
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<{ title: string; period: [Dayjs, Dayjs] }>();
  const [resolving, setResolving] = useState<Objection | null>(null);
  const [resolveForm] = Form.useForm<ObjectionHandling>();

  const publish = async (v: { title: string; period: [Dayjs, Dayjs] }) => {
    setError(null);
    try {
      const r = await api.call(disclosuresApi.publishDisclosure, {
        body: {
          title: v.title,
          startsOn: v.period[0].format('YYYY-MM-DD'),
          endsOn: v.period[1].format('YYYY-MM-DD'),
          proposalIds: chosen,
        },
      });
      message.success(t('Đã công khai danh sách.'));
      setChosen([]);
      // The new list in its place (newest start first), then opened.
      list.setData((rows) =>
        [r, ...(rows ?? [])].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0)),
      );
      setSelected(r.id);
    } catch (e) {
      const err = e as ApiError;
      // A refused period is shown beside the dates, not only above the form.
      const fields = Array.isArray(err.details) ? (err.details as { path?: string; message?: string }[]) : [];
      const onPeriod = fields.filter((f) => f.path === 'startsOn' || f.path === 'endsOn');
      if (onPeriod.length)
        form.setFields([{ name: 'period', errors: onPeriod.map((f) => f.message ?? errorText(err)) }]);
      else setError(err);
    }
  };
  const resolve = async (v: ObjectionHandling) => {
    if (!resolving) return;
    try {
      const o = await api.call(disclosuresApi.resolveObjection, { params: { id: resolving.id }, body: v });
      setResolving(null);
      resolveForm.resetFields();
      // The objection as handled, and one fewer open on its list.
      detail.setData((d) => d && { ...d, objections: d.objections.map((x) => (x.id === o.id ? o : x)) });
      list.setData((rows) =>
        rows?.map((r: DisclosureRow) =>
          r.id === selected ? { ...r, openObjections: Math.max(0, r.openObjections - 1) } : r,
        ),
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t('Công khai danh sách đề nghị')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('Danh sách được đăng công khai tại')}{' '}
        <a href="/cong-khai" target="_blank" rel="noreferrer">
          /cong-khai
        </a>
        . {t('Chủ tịch chỉ phê duyệt được sau khi hết thời gian công khai và mọi phản ánh đã được xử lý.')}
      </Typography.Paragraph>
      <ApiErrorAlert error={error ?? list.error} />
      {canPublish && (
        <Card size="small" title={t('Công khai đợt mới')} style={{ marginBottom: 16 }}>
          <Table<ProposalRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={candidates.data ?? []}
            rowSelection={{ selectedRowKeys: chosen, onChange: (k) => setChosen(k.map(String)) }}
            locale={{ emptyText: t('Không có đề nghị nào đang được xét.') }}
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
          <Form
            form={form}
            layout="inline"
            style={{ marginTop: 12 }}
            onFinish={publish}
            initialValues={{ title: t('Danh sách đề nghị khen thưởng'), period: defaultPeriod() }}
          >
            <Form.Item name="title" rules={[{ required: true }]}>
              <Input style={{ width: 320 }} aria-label={t('Tiêu đề')} />
            </Form.Item>
            <Form.Item
              name="period"
              rules={[
                { required: true, message: t('Chọn thời gian công khai') },
                {
                  validator: async (_, v: [Dayjs, Dayjs] | null) => {
                    if (!v) return;
                    if (v[0].isBefore(dayjs(vietnamDate(new Date())), 'day'))
                      throw new Error(
                        t(
                          'Ngày bắt đầu công khai không được ở quá khứ: chọn từ hôm nay trở đi để người dân kịp góp ý, phản ánh.',
                        ),
                      );
                    if (v[1].format(ISO) < earliestDisclosureEnd(v[0].format(ISO)))
                      throw new Error(
                        t('Thời gian công khai phải ít nhất {n} ngày.', { n: DISCLOSURE_RULE.minDays }),
                      );
                  },
                },
              ]}
            >
              <DatePicker.RangePicker
                format="DD/MM/YYYY"
                aria-label={t('Thời gian công khai')}
                disabledDate={(d) => d.isBefore(dayjs(vietnamDate(new Date())), 'day')}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" disabled={chosen.length === 0}>
              {t('Công khai ({n})', { n: chosen.length })}
            </Button>
          </Form>
        </Card>
      )}
      <Table<DisclosureRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('Tiêu đề'), dataIndex: 'title' },
          {
            title: t('Thời gian'),
            render: (_, d) => `${formatDateVi(d.startsOn)} – ${formatDateVi(d.endsOn)}`,
          },
          {
            title: t('Ý kiến'),
            render: (_, d) => (
              <>
                {d.objections}{' '}
                {d.openObjections > 0 && (
                  <Tag color="orange">{t('{n} chưa xử lý', { n: d.openObjections })}</Tag>
                )}
              </>
            ),
          },
        ]}
      />
      {detail.data && (
        <Card size="small" title={detail.data.title} style={{ marginTop: 16 }}>
          <Table
            rowKey="proposalId"
            size="small"
            pagination={false}
            dataSource={detail.data.items}
            columns={[
              { title: t('Đối tượng'), dataIndex: 'subjectName' },
              { title: t('Đơn vị'), dataIndex: 'unitName' },
              { title: t('Hình thức khen thưởng'), dataIndex: 'awardName' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('Góp ý, phản ánh')}
          </Typography.Title>
          <Table<Objection>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={detail.data.objections}
            locale={{ emptyText: t('Chưa có ý kiến nào.') }}
            columns={[
              {
                title: t('Về'),
                render: (_, o) => detail.data?.items.find((i) => i.proposalId === o.proposalId)?.subjectName,
              },
              {
                title: t('Loại'),
                dataIndex: 'kind',
                render: (k: string) => (k === 'PHAN_ANH' ? t('Phản ánh') : t('Góp ý')),
              },
              { title: t('Nội dung'), dataIndex: 'content' },
              {
                title: t('Người gửi'),
                dataIndex: 'authorName',
                render: (n: string | null) => n ?? t('Ẩn danh'),
              },
              {
                title: t('Xử lý'),
                render: (_, o) => (
                  <>
                    <Tag color={STATUS[o.status]?.color}>{t(STATUS[o.status]?.vi ?? o.status)}</Tag>
                    {o.resolution}
                  </>
                ),
              },
              {
                title: '',
                render: (_, o) =>
                  canResolve &&
                  o.status === 'OPEN' && (
                    <Button size="small" onClick={() => setResolving(o)}>
                      {t('Xử lý')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      )}
      <Modal
        open={resolving !== null}
        title={t('Xử lý ý kiến')}
        onCancel={() => setResolving(null)}
        onOk={() => resolveForm.submit()}
        okText={t('Lưu')}
        destroyOnHidden
      >
        <Form form={resolveForm} layout="vertical" onFinish={resolve} initialValues={{ status: 'DISMISSED' }}>
          <Form.Item name="status" label={t('Kết quả')}>
            <Radio.Group
              options={[
                { value: 'DISMISSED', label: t('Không có cơ sở') },
                { value: 'UPHELD', label: t('Phản ánh đúng') },
                { value: 'NOTED', label: t('Đã ghi nhận') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="resolution"
            label={t('Cách xử lý, trả lời')}
            rules={[{ required: true, min: 5, message: t('Cần ghi rõ cách xử lý') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Space />
    </div>
  );
}
