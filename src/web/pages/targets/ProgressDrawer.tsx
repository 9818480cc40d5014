import { DeleteOutlined, LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  type ProgressEntryView,
  type TargetsView,
  type TargetView,
  targetsApi,
} from '../../../contract/targets';
import { formatViNumber, TARGET_DIRECTION_LABELS } from '../../../core/targets';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { useI18n } from '../../i18n/i18n';
import { STATE_COLORS } from './target-labels';

interface Values {
  date: Dayjs;
  value: number;
  evidence: string;
  evidenceLink?: string;
  evidenceFile?: string;
  note?: string;
}

/** A target's progress over the year: entries with evidence, a new report, deleting a mistaken one with a reason. */
export function ProgressDrawer(props: {
  target: TargetView | null;
  onClose(): void;
  onChanged(): Promise<void>;
  /** The year's targets after a figure was deleted. */
  onRetracted(view: TargetsView): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<ProgressEntryView | null>(null);
  const [reason, setReason] = useState('');
  const target = props.target;
  /** Today, or the last day of a past target year (a report must fall within the target's year). */
  const defaultDate = () =>
    target && target.year < dayjs().year() ? dayjs(`${target.year}-12-31`) : dayjs();

  const add = async (v: Values) => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await api.call(targetsApi.addProgress, {
        params: { id: target.id },
        body: {
          date: v.date.format('YYYY-MM-DD'),
          value: v.value,
          evidence: v.evidence,
          ...(v.evidenceLink ? { evidenceLink: v.evidenceLink } : {}),
          ...(v.evidenceFile ? { evidenceFile: v.evidenceFile } : {}),
          ...(v.note ? { note: v.note } : {}),
        },
      });
      message.success(t('Đã cập nhật tiến độ.'));
      form.resetFields();
      await props.onChanged();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!target || !deleting) return;
    try {
      const view = await api.call(targetsApi.retractProgress, {
        params: { id: target.id, entryId: deleting.id },
        query: { reason },
      });
      message.success(t('Đã xóa số liệu.'));
      setDeleting(null);
      setReason('');
      props.onRetracted(view);
    } catch (e) {
      setError(e as ApiError);
      setDeleting(null);
    }
  };

  return (
    <Drawer
      open={target !== null}
      onClose={props.onClose}
      size="large"
      title={target ? `${target.code}. ${target.name}` : ''}
      destroyOnHidden
    >
      {target && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('Kế hoạch')}>
              {target.direction === 'AT_MOST' ? '≤ ' : '≥ '}
              {formatViNumber(target.planned)} {target.unit} ({t(TARGET_DIRECTION_LABELS[target.direction])})
            </Descriptions.Item>
            {target.baseline !== undefined && (
              <Descriptions.Item label={t('Giá trị đầu kỳ')}>
                {formatViNumber(target.baseline)} {target.unit}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('Đơn vị chủ trì')}>{target.responsibleUnitName}</Descriptions.Item>
            <Descriptions.Item label={t('Tình trạng')}>
              <Tag color={STATE_COLORS[target.status.state]}>{target.status.label}</Tag>
            </Descriptions.Item>
          </Descriptions>
          <ApiErrorAlert error={error} />
          <Typography.Title level={5}>{t('Số liệu đã báo cáo')}</Typography.Title>
          <List
            size="small"
            bordered
            dataSource={[...target.progress].reverse()}
            locale={{ emptyText: t('Chưa có số liệu') }}
            renderItem={(p) => (
              <List.Item
                actions={
                  target.canReport
                    ? [
                        <Button
                          key="d"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('Xóa số liệu')}
                          onClick={() => setDeleting(p)}
                        />,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <span>
                      {formatDateVi(p.date)}:{' '}
                      <b>
                        {formatViNumber(p.value)} {target.unit}
                      </b>
                    </span>
                  }
                  description={
                    <div>
                      <div>{p.evidence}</div>
                      {p.evidenceLink && (
                        <div>
                          <LinkOutlined />{' '}
                          <a href={p.evidenceLink} target="_blank" rel="noreferrer">
                            {p.evidenceLink}
                          </a>
                        </div>
                      )}
                      {p.evidenceFile && (
                        <div>
                          <PaperClipOutlined /> {p.evidenceFile}
                        </div>
                      )}
                      {p.note && (
                        <div>
                          <i>{p.note}</i>
                        </div>
                      )}
                      <Typography.Text type="secondary">
                        {t('Người nhập')}: {p.createdBy}
                      </Typography.Text>
                    </div>
                  }
                />
              </List.Item>
            )}
          />
          {target.canReport && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('Báo cáo tiến độ')}
              </Typography.Title>
              <Form form={form} layout="vertical" onFinish={add} initialValues={{ date: defaultDate() }}>
                <Form.Item
                  name="date"
                  label={t('Ngày số liệu')}
                  rules={[{ required: true, message: t('Chọn ngày') }]}
                >
                  <DatePicker format="DD/MM/YYYY" aria-label={t('Ngày số liệu')} />
                </Form.Item>
                <Form.Item
                  name="value"
                  label={`${t('Giá trị đạt được')} (${target.unit})`}
                  rules={[{ required: true, message: t('Nhập số liệu') }]}
                >
                  <InputNumber
                    style={{ width: 200 }}
                    decimalSeparator=","
                    aria-label={t('Giá trị đạt được')}
                  />
                </Form.Item>
                <Form.Item
                  name="evidence"
                  label={t('Căn cứ, minh chứng')}
                  rules={[{ required: true, min: 3, message: t('Ghi căn cứ số liệu (báo cáo, biên bản…)') }]}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    aria-label={t('Căn cứ, minh chứng')}
                  />
                </Form.Item>
                <Form.Item name="evidenceLink" label={t('Đường dẫn minh chứng (không bắt buộc)')}>
                  <Input placeholder="https://…" />
                </Form.Item>
                <Form.Item name="evidenceFile" label={t('Tên tệp minh chứng (không bắt buộc)')}>
                  <Input placeholder="bao-cao-quy-3.pdf" />
                </Form.Item>
                <Form.Item name="note" label={t('Ghi chú')}>
                  <Input />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t('Thêm số liệu')}
                </Button>
              </Form>
            </>
          )}
          <div style={{ marginTop: 16 }}>
            <AttachmentsPanel
              ownerKind="TARGET"
              ownerId={target.id}
              canEdit={target.canReport}
              title={t('Tệp minh chứng của chỉ tiêu')}
            />
          </div>
          <Modal
            open={deleting !== null}
            title={t('Xóa số liệu nhập nhầm')}
            onCancel={() => setDeleting(null)}
            onOk={remove}
            okText={t('Xóa')}
            okButtonProps={{ danger: true, disabled: reason.trim().length < 5 }}
          >
            <Typography.Paragraph>
              {t('Số liệu bị xóa không còn được tính, nhưng vẫn lưu trong nhật ký cùng lý do.')}
            </Typography.Paragraph>
            <Input.TextArea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('Lý do xóa')}
              aria-label={t('Lý do xóa')}
            />
          </Modal>
        </>
      )}
    </Drawer>
  );
}
