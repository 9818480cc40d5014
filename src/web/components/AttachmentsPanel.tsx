/**
 * The files attached to one record (evidence, signed originals): list, upload (drag or choose, with
 * progress), preview of PDFs and images, download, delete with a reason. Used on a proposal, a target, a
 * typical example and history entries: `<AttachmentsPanel ownerKind="PROPOSAL" ownerId={id} canEdit={…} />`.
 * `canEdit` is what the page knows of the user's rights; the server's answer (`canEdit` of the list)
 * narrows it, and the server checks again on every change.
 */
import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  List,
  Modal,
  Progress,
  Radio,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { type Attachment, type AttachmentList, attachmentsApi } from '../../contract/attachments';
import { urlOf } from '../../contract/endpoint';
import { FILE_ACCEPT, FILE_KIND_INFO, type FileKind, formatFileSize } from '../../core/files/file-kinds';
import type { FileOwnerKind, FilePurpose } from '../../core/history/history-terms';
import { formatDateTimeVi } from '../../core/text';
import { type ApiError, api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import '../i18n/en-attachments';
import { ApiErrorAlert } from './ApiErrorAlert';
import { useData } from './use-data';

const PURPOSE_LABELS: Record<FilePurpose, string> = {
  EVIDENCE: 'Minh chứng',
  SIGNED_ORIGINAL: 'Bản gốc đã ký',
};

const KIND_ICONS: Record<FileKind, ReactNode> = {
  PDF: <FilePdfOutlined style={{ color: '#cf1322' }} />,
  JPEG: <FileImageOutlined style={{ color: '#389e0d' }} />,
  PNG: <FileImageOutlined style={{ color: '#389e0d' }} />,
  DOCX: <FileWordOutlined style={{ color: '#1d39c4' }} />,
  XLSX: <FileExcelOutlined style={{ color: '#237804' }} />,
};

const contentUrl = (id: string, download = false) =>
  urlOf(attachmentsApi.attachmentContent, { id }, download ? { download: '1' } : undefined);

export interface AttachmentsPanelProps {
  ownerKind: FileOwnerKind;
  ownerId: string;
  /** The page's view of whether the user may attach and delete (the server decides in the end). */
  canEdit: boolean;
  /** Card title (default "Tệp đính kèm"). */
  title?: string;
}

export function AttachmentsPanel({ ownerKind, ownerId, canEdit, title }: AttachmentsPanelProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data, error, loading, setData } = useData(
    () => api.call(attachmentsApi.listAttachments, { query: { ownerKind, ownerId } }),
    [ownerKind, ownerId],
  );
  const [purpose, setPurpose] = useState<FilePurpose>('EVIDENCE');
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<ApiError | string | null>(null);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const editable = canEdit && (data?.canEdit ?? false);

  const upload = async (file: File) => {
    setUploadError(null);
    const max = data?.maxBytes ?? 0;
    if (max && file.size > max) {
      setUploadError(
        t('Tệp "{name}" quá lớn ({size}); mỗi tệp tối đa {max}.', {
          name: file.name,
          size: formatFileSize(file.size),
          max: formatFileSize(max),
        }),
      );
      return;
    }
    setProgress(0);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const added = await api.call(
        attachmentsApi.uploadAttachment,
        { query: { ownerKind, ownerId, purpose, name: file.name }, body: bytes },
        { onUploadProgress: (f) => setProgress(Math.round(f * 100)) },
      );
      setData((d: AttachmentList | undefined) => (d ? { ...d, items: [added, ...d.items] } : d));
      message.success(t('Đã đính kèm tệp {name}.', { name: added.name }));
    } catch (e) {
      setUploadError(e as ApiError);
    } finally {
      setProgress(null);
    }
  };

  const items = data?.items ?? [];
  return (
    <Card
      size="small"
      title={
        <span>
          {title ?? t('Tệp đính kèm')} {items.length > 0 && <Tag>{items.length}</Tag>}
        </span>
      }
      data-testid="attachments-panel"
    >
      <ApiErrorAlert error={error} />
      {editable && (
        <div style={{ marginBottom: 12 }}>
          <Space wrap style={{ marginBottom: 8 }}>
            <span>{t('Loại tệp đính kèm:')}</span>
            <Radio.Group
              value={purpose}
              onChange={(e) => setPurpose(e.target.value as FilePurpose)}
              optionType="button"
              size="small"
              options={(Object.keys(PURPOSE_LABELS) as FilePurpose[]).map((p) => ({
                value: p,
                label: t(PURPOSE_LABELS[p]),
              }))}
            />
          </Space>
          <Upload.Dragger
            accept={FILE_ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={progress !== null}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
              <InboxOutlined />
            </p>
            <p style={{ margin: 0 }}>{t('Kéo tệp vào đây hoặc bấm để chọn tệp')}</p>
            <p style={{ margin: 0, color: '#888', fontSize: 12 }}>
              {t('PDF, ảnh JPEG/PNG, Word (.docx), Excel (.xlsx); tối đa {max} mỗi tệp', {
                max: formatFileSize(data?.maxBytes ?? 0),
              })}
            </p>
          </Upload.Dragger>
          {progress !== null && (
            <Progress percent={progress} size="small" status="active" aria-label={t('Đang tải tệp lên')} />
          )}
          {uploadError &&
            (typeof uploadError === 'string' ? (
              <Typography.Text type="danger" role="alert">
                {uploadError}
              </Typography.Text>
            ) : (
              <ApiErrorAlert error={uploadError} />
            ))}
        </div>
      )}
      <List
        loading={loading && !data}
        dataSource={items}
        locale={{ emptyText: t('Chưa có tệp đính kèm.') }}
        renderItem={(a) => {
          const info = FILE_KIND_INFO[a.kind];
          return (
            <List.Item key={a.id} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              <div style={{ flex: '1 1 220px', minWidth: 0 }}>
                <List.Item.Meta
                  avatar={KIND_ICONS[a.kind]}
                  title={<span style={{ wordBreak: 'break-word' }}>{a.name}</span>}
                  description={
                    <span style={{ fontSize: 12 }}>
                      <Tag color={a.purpose === 'SIGNED_ORIGINAL' ? 'blue' : 'default'}>
                        {t(PURPOSE_LABELS[a.purpose])}
                      </Tag>
                      {t(info.label)} · {formatFileSize(a.size)} · {a.uploadedBy} ·{' '}
                      {formatDateTimeVi(a.createdAt).slice(0, 10)}
                      {a.note ? ` · ${a.note}` : ''}
                    </span>
                  }
                />
              </div>
              <Space size={4} wrap>
                {info.inline && (
                  <Button
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => setPreview(a)}
                    aria-label={t('Xem tệp {name}', { name: a.name })}
                  >
                    {t('Xem')}
                  </Button>
                )}
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={contentUrl(a.id, true)}
                  aria-label={t('Tải tệp {name}', { name: a.name })}
                />
                {editable && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => setRemoving(a)}
                    aria-label={t('Xóa tệp {name}', { name: a.name })}
                  />
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      <PreviewModal attachment={preview} onClose={() => setPreview(null)} />
      <DeleteModal
        attachment={removing}
        onClose={() => setRemoving(null)}
        onDeleted={(list, name) => {
          setData(list);
          setRemoving(null);
          message.success(t('Đã xóa tệp {name}.', { name }));
        }}
      />
    </Card>
  );
}

/** A PDF in the browser's own viewer (a frame of this server), an image as it is. */
function PreviewModal({ attachment: a, onClose }: { attachment: Attachment | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={a !== null}
      title={a?.name}
      onCancel={onClose}
      width="min(960px, 96vw)"
      centered
      destroyOnHidden
      footer={
        a && (
          <Space>
            <Button icon={<DownloadOutlined />} href={contentUrl(a.id, true)}>
              {t('Tải về')}
            </Button>
            <Button onClick={onClose}>{t('Đóng')}</Button>
          </Space>
        )
      }
    >
      {a?.kind === 'PDF' && (
        <iframe
          title={t('Xem trước {name}', { name: a.name })}
          src={contentUrl(a.id)}
          style={{ width: '100%', height: '70vh', border: 0 }}
        />
      )}
      {a && (a.kind === 'JPEG' || a.kind === 'PNG') && (
        <img
          src={contentUrl(a.id)}
          alt={a.name}
          style={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', margin: '0 auto' }}
        />
      )}
    </Modal>
  );
}

/** Delete with a reason (kept with the file, in the audit trail). */
function DeleteModal({
  attachment: a,
  onClose,
  onDeleted,
}: {
  attachment: Attachment | null;
  onClose: () => void;
  onDeleted: (list: AttachmentList, name: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<ApiError | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    if (!a) return;
    setBusy(true);
    setErr(null);
    try {
      onDeleted(
        await api.call(attachmentsApi.deleteAttachment, { params: { id: a.id }, body: { reason } }),
        a.name,
      );
      form.resetFields();
    } catch (e) {
      setErr(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={a !== null}
      title={t('Xóa tệp đính kèm')}
      okText={t('Xóa tệp')}
      okButtonProps={{ danger: true }}
      confirmLoading={busy}
      onCancel={() => {
        setErr(null);
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p>
        {t('Xóa tệp "{name}" khỏi hồ sơ? Tệp vẫn được lưu lại để đối chiếu, kèm lý do xóa.', {
          name: a?.name ?? '',
        })}
      </p>
      <ApiErrorAlert error={err} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('Lý do xóa')}
          rules={[
            { required: true, whitespace: true, message: t('Cần ghi lý do xóa tệp') },
            { min: 5, message: t('Lý do xóa cần ít nhất 5 ký tự') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
