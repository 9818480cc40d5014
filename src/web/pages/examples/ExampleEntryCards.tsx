import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, List, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type ExampleDetail, type ExampleEntry, examplesApi } from '../../../contract/examples';
import type { Unit } from '../../../contract/organisations';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-examples';

type Kind = 'evidence' | 'media' | 'nurturing' | 'replications';

const TITLES: Record<Kind, string> = {
  nurturing: 'Bồi dưỡng',
  evidence: 'Minh chứng',
  media: 'Báo chí, truyền thông',
  replications: 'Nhân rộng',
};
const ADD: Record<Kind, string> = {
  nurturing: 'Thêm hoạt động bồi dưỡng',
  evidence: 'Thêm minh chứng',
  media: 'Thêm tin, bài',
  replications: 'Thêm nơi áp dụng',
};

interface Values {
  date: Dayjs;
  content?: string;
  outlet?: string;
  link?: string;
  byWhom?: string;
  unitId?: string;
  result?: string;
}

/** One card of an example's records (nurturing, evidence, media, replications) with its "add" dialog. */
export function EntryCard(props: {
  example: ExampleDetail;
  kind: Kind;
  canAdd: boolean;
  units: Unit[];
  /** The example after the addition. */
  onChanged: (next: ExampleDetail) => void;
}) {
  const { example: e, kind } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const date = v.date.format('YYYY-MM-DD');
      const params = { id: e.id };
      const entry = {
        date,
        content: v.content ?? '',
        outlet: v.outlet || null,
        link: v.link || null,
        byWhom: v.byWhom || null,
      };
      const next =
        kind === 'replications'
          ? await api.call(examplesApi.addReplication, {
              params,
              body: { unitId: v.unitId ?? '', adoptedOn: date, result: v.result ?? '' },
            })
          : kind === 'evidence'
            ? await api.call(examplesApi.addEvidence, { params, body: entry })
            : kind === 'media'
              ? await api.call(examplesApi.addMedia, { params, body: { ...entry, outlet: v.outlet ?? '' } })
              : await api.call(examplesApi.addNurturing, {
                  params,
                  body: { ...entry, byWhom: v.byWhom ?? '' },
                });
      message.success(t('Đã lưu.'));
      setOpen(false);
      props.onChanged(next);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const entries: ExampleEntry[] = kind === 'replications' ? [] : e[kind];
  const count = kind === 'replications' ? e.replications.length : entries.length;
  return (
    <Card
      size="small"
      data-testid={`card-${kind}`}
      title={`${t(TITLES[kind])} (${count})`}
      extra={
        props.canAdd && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ date: dayjs() });
              setError(null);
              setOpen(true);
            }}
          >
            {t(ADD[kind])}
          </Button>
        )
      }
    >
      {kind === 'replications' ? (
        <List
          size="small"
          dataSource={e.replications}
          locale={{ emptyText: t('Chưa có đơn vị nào áp dụng mô hình.') }}
          renderItem={(r) => (
            <List.Item>
              <div>
                <b>{r.unitName}</b> — {t('từ')} {formatDateVi(r.adoptedOn)}
                <div>{r.result}</div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <List
          size="small"
          dataSource={entries}
          locale={{ emptyText: t('Chưa có.') }}
          renderItem={(x) => (
            <List.Item>
              <div>
                <span style={{ color: '#888' }}>{formatDateVi(x.date)}</span>{' '}
                {x.outlet && <b>{x.outlet}: </b>}
                {x.link ? (
                  <a href={x.link} target="_blank" rel="noreferrer">
                    {x.content}
                  </a>
                ) : (
                  x.content
                )}
                {x.byWhom && (
                  <div style={{ color: '#555' }}>
                    {t('Người thực hiện')}: {x.byWhom}
                  </div>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={open}
        title={t(ADD[kind])}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('Lưu')}
        cancelText={t('Hủy')}
        confirmLoading={busy}
        destroyOnHidden
      >
        <ApiErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={save}>
          {kind === 'replications' && (
            <Form.Item
              name="unitId"
              label={t('Đơn vị áp dụng')}
              rules={[{ required: true, message: t('Chọn đơn vị') }]}
            >
              <Select
                {...vietnameseSearch}
                options={props.units
                  .filter((u) => u.active && u.level !== 'XA' && u.level !== 'TINH' && u.id !== e.unitId)
                  .map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="date"
            label={kind === 'replications' ? t('Ngày áp dụng') : t('Ngày')}
            rules={[{ required: true, message: t('Chọn ngày') }]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          {kind === 'replications' ? (
            <Form.Item
              name="result"
              label={t('Kết quả áp dụng')}
              rules={[{ required: true, min: 5, message: t('Ghi kết quả (ít nhất 5 ký tự)') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          ) : (
            <Form.Item
              name="content"
              label={
                kind === 'media'
                  ? t('Tiêu đề tin, bài')
                  : kind === 'nurturing'
                    ? t('Nội dung bồi dưỡng')
                    : t('Nội dung minh chứng')
              }
              rules={[{ required: true, min: 5, message: t('Cần ít nhất 5 ký tự') }]}
            >
              <Input.TextArea rows={2} maxLength={3000} />
            </Form.Item>
          )}
          {kind === 'media' && (
            <Form.Item
              name="outlet"
              label={t('Cơ quan báo chí, truyền thông')}
              rules={[{ required: true, min: 2, message: t('Ghi tên cơ quan báo chí') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          )}
          {kind === 'nurturing' && (
            <Form.Item
              name="byWhom"
              label={t('Người, đơn vị thực hiện')}
              rules={[{ required: true, min: 2, message: t('Ghi người, đơn vị thực hiện') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          )}
          {(kind === 'media' || kind === 'evidence') && (
            <Form.Item name="link" label={t('Đường dẫn (nếu có)')}>
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
