import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type PlanView, plansApi } from '../../../contract/plans';
import { type PlanContent, validatePlanContent } from '../../../core/plan/plan-content';
import { formatDateVi } from '../../../core/text';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-plan-targets';
import { ItemButtons } from './ItemButtons';
import { moveAt, removeAt, replaceAt } from './list-edit';
import { SectionsEditor } from './SectionsEditor';
import { TextListEditor } from './TextListEditor';

/** Edit a plan's data; save with its version (a stale save is refused), issue, or reopen with a reason. */
export function PlanEditorPage() {
  const { id } = useParams();
  const may = useCan();
  const { t } = useI18n();
  const { message } = App.useApp();
  const plan = useData(() => api.call(plansApi.getPlan, { params: { id: id ?? '' } }), [id]);
  const [content, setContent] = useState<PlanContent | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');

  useEffect(() => {
    if (plan.data) {
      setContent(plan.data.content);
      setDirty(false);
    }
  }, [plan.data]);

  const p = plan.data;
  if (!p || !content) return <ApiErrorAlert error={plan.error} />;
  const mayEdit = may('plan.update');
  const mayIssue = may('plan.issue');
  const readOnly = !mayEdit || p.status === 'ISSUED';
  const missing = validatePlanContent(content);
  const set = (patch: Partial<PlanContent>) => {
    setContent({ ...content, ...patch });
    setDirty(true);
  };

  const run = async (what: () => Promise<PlanView>, done: string): Promise<PlanView | null> => {
    setBusy(true);
    setError(null);
    try {
      const next = await what();
      plan.setData(next);
      message.success(t(done));
      return next;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(
      () => api.call(plansApi.savePlan, { params: { id: p.id }, body: { version: p.version, content } }),
      'Đã lưu kế hoạch.',
    );
  const issue = async () => {
    const current = dirty ? await save() : p;
    if (!current) return;
    await run(
      () => api.call(plansApi.issuePlan, { params: { id: p.id }, body: { version: current.version } }),
      'Đã ban hành kế hoạch.',
    );
  };
  const reopen = async () => {
    if (
      await run(
        () => api.call(plansApi.reopenPlan, { params: { id: p.id }, body: { reason } }),
        'Đã mở lại kế hoạch để sửa.',
      )
    ) {
      setReopening(false);
      setReason('');
    }
  };
  const missingList = (error?.details as { missing?: string[] } | undefined)?.missing;

  return (
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <Link to="/ke-hoach">← {t('Kế hoạch thi đua, khen thưởng')}</Link>
      </Space>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('Kế hoạch công tác thi đua, khen thưởng năm {y}', { y: p.year })}{' '}
        <Tag color={p.status === 'ISSUED' ? 'green' : 'gold'}>{t(p.statusLabel)}</Tag>
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {!readOnly && (
          <Button type="primary" onClick={save} loading={busy} disabled={!dirty}>
            {t('Lưu')}
          </Button>
        )}
        {mayIssue && p.status === 'DRAFT' && (
          <Button onClick={issue} loading={busy}>
            {t('Ban hành')}
          </Button>
        )}
        {mayIssue && p.status === 'ISSUED' && (
          <Button onClick={() => setReopening(true)}>{t('Mở lại để sửa')}</Button>
        )}
        <Button icon={<FileWordOutlined />} href={p.documentUrl}>
          {t('Tải văn bản (DOCX)')}
        </Button>
        <Typography.Text type="secondary">
          {t('Phiên bản {v}, cập nhật {d}', { v: p.version, d: formatDateVi(p.updatedAt.slice(0, 10)) })}
          {dirty ? ` — ${t('có thay đổi chưa lưu')}` : ''}
        </Typography.Text>
      </Space>
      <ApiErrorAlert error={error} />
      {error?.code === 'STALE' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('Kế hoạch vừa được người khác sửa.')}
          action={
            <Button size="small" onClick={() => void plan.reload()}>
              {t('Tải bản mới nhất (bỏ thay đổi của tôi)')}
            </Button>
          }
        />
      )}
      {missingList && (
        <Alert
          type="error"
          style={{ marginBottom: 16 }}
          message={t('Còn thiếu')}
          description={
            <ul>
              {missingList.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      {p.status === 'DRAFT' && missing.length > 0 && !missingList && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${t('Để ban hành còn thiếu')}: ${missing.join(', ')}`}
        />
      )}

      <Form layout="vertical" disabled={readOnly}>
        <Card size="small" title={t('Thông tin văn bản')} style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            <Col xs={12} md={4}>
              <Form.Item label={t('Số')}>
                <Input
                  value={content.number}
                  aria-label={t('Số văn bản')}
                  onChange={(e) => set({ number: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={t('Ký hiệu')}>
                <Input
                  value={content.symbol}
                  aria-label={t('Ký hiệu')}
                  onChange={(e) => set({ symbol: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item label={t('Ngày ban hành')}>
                <DatePicker
                  format="DD/MM/YYYY"
                  value={content.date ? dayjs(content.date) : null}
                  aria-label={t('Ngày ban hành')}
                  style={{ width: '100%' }}
                  onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : '' })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item label={t('Địa danh')}>
                <Input
                  value={content.place}
                  aria-label={t('Địa danh')}
                  onChange={(e) => set({ place: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('Trích yếu')}>
                <Input
                  value={content.summary}
                  aria-label={t('Trích yếu')}
                  onChange={(e) => set({ summary: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('Cơ quan chủ quản')}>
                <Input
                  value={content.issuer.parent}
                  aria-label={t('Cơ quan chủ quản')}
                  onChange={(e) => set({ issuer: { ...content.issuer, parent: e.target.value } })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('Cơ quan ban hành')}>
                <Input
                  value={content.issuer.name}
                  aria-label={t('Cơ quan ban hành')}
                  onChange={(e) => set({ issuer: { ...content.issuer, name: e.target.value } })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('Chủ đề và phần mở đầu')} style={{ marginBottom: 16 }}>
          <Form.Item label={t('Chủ đề thi đua')}>
            <Input
              value={content.theme}
              aria-label={t('Chủ đề thi đua')}
              onChange={(e) => set({ theme: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t('Kết quả năm trước')}>
            <TextListEditor
              what={t('Đoạn kết quả')}
              items={content.review}
              disabled={readOnly}
              onChange={(review) => set({ review })}
            />
          </Form.Item>
          <Form.Item label={t('Lời mở đầu')}>
            <Input.TextArea
              value={content.introduction}
              autoSize={{ minRows: 2, maxRows: 10 }}
              aria-label={t('Lời mở đầu')}
              onChange={(e) => set({ introduction: e.target.value })}
            />
          </Form.Item>
        </Card>

        <Card size="small" title={t('I. Mục đích, yêu cầu')} style={{ marginBottom: 16 }}>
          <Form.Item label={t('Mục đích')}>
            <TextListEditor
              what={t('Mục đích')}
              items={content.purposes}
              disabled={readOnly}
              onChange={(purposes) => set({ purposes })}
            />
          </Form.Item>
          <Form.Item label={t('Yêu cầu')}>
            <TextListEditor
              what={t('Yêu cầu')}
              items={content.requirements}
              disabled={readOnly}
              onChange={(requirements) => set({ requirements })}
            />
          </Form.Item>
        </Card>

        <Card size="small" title={t('II. Nội dung và giải pháp thực hiện')} style={{ marginBottom: 16 }}>
          <SectionsEditor
            sections={content.sections}
            disabled={readOnly}
            onChange={(sections) => set({ sections })}
          />
        </Card>

        <Card size="small" title={t('Các phong trào thi đua')} style={{ marginBottom: 16 }}>
          {content.movements.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: movements are edited in place; the position is the identity
            <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
              <Input
                value={m.name}
                placeholder={t('Tên phong trào')}
                aria-label={`${t('Phong trào')} ${i + 1}`}
                onChange={(e) =>
                  set({ movements: replaceAt(content.movements, i, { ...m, name: e.target.value }) })
                }
              />
              <Input
                value={m.basis ?? ''}
                placeholder={t('Căn cứ phát động')}
                style={{ maxWidth: 320 }}
                aria-label={`${t('Căn cứ')} ${i + 1}`}
                onChange={(e) =>
                  set({
                    movements: replaceAt(
                      content.movements,
                      i,
                      e.target.value ? { ...m, basis: e.target.value } : { name: m.name },
                    ),
                  })
                }
              />
              <ItemButtons
                index={i}
                count={content.movements.length}
                disabled={readOnly}
                what={t('Phong trào')}
                onMove={(d) => set({ movements: moveAt(content.movements, i, d) })}
                onRemove={() => set({ movements: removeAt(content.movements, i) })}
              />
            </div>
          ))}
          {!readOnly && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => set({ movements: [...content.movements, { name: '' }] })}
            >
              {t('Thêm phong trào')}
            </Button>
          )}
        </Card>

        <Card size="small" title={t('III. Tổ chức thực hiện')} style={{ marginBottom: 16 }}>
          <TextListEditor
            what={t('Nhiệm vụ')}
            items={content.organisation}
            disabled={readOnly}
            onChange={(organisation) => set({ organisation })}
          />
          <Form.Item label={t('Đoạn kết')} style={{ marginTop: 12 }}>
            <Input.TextArea
              value={content.closing}
              autoSize={{ minRows: 2, maxRows: 6 }}
              aria-label={t('Đoạn kết')}
              onChange={(e) => set({ closing: e.target.value })}
            />
          </Form.Item>
        </Card>

        <Card size="small" title={t('Nơi nhận và người ký')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label={t('Nơi nhận')}>
                <TextListEditor
                  what={t('Nơi nhận')}
                  rows={1}
                  items={content.recipients}
                  disabled={readOnly}
                  onChange={(recipients) => set({ recipients })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('Chức danh người ký')}>
                <Input
                  value={content.signer.title}
                  aria-label={t('Chức danh người ký')}
                  onChange={(e) => set({ signer: { ...content.signer, title: e.target.value } })}
                />
              </Form.Item>
              <Form.Item label={t('Họ tên người ký')}>
                <Input
                  value={content.signer.name}
                  aria-label={t('Họ tên người ký')}
                  onChange={(e) => set({ signer: { ...content.signer, name: e.target.value } })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </Form>

      <Modal
        open={reopening}
        title={t('Mở lại kế hoạch đã ban hành')}
        onCancel={() => setReopening(false)}
        onOk={reopen}
        okText={t('Mở lại')}
        okButtonProps={{ disabled: reason.trim().length < 5, loading: busy }}
      >
        <Typography.Paragraph>
          {t('Kế hoạch sẽ trở về dự thảo để sửa; lý do được ghi vào nhật ký.')}
        </Typography.Paragraph>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('Lý do mở lại')}
          placeholder={t('Lý do mở lại')}
        />
      </Modal>
    </div>
  );
}
