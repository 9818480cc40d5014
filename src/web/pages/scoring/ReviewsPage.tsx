import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Unit } from '../../../contract/organisations';
import { organisationsApi } from '../../../contract/organisations';
import { type ReviewListItem, reviewsApi } from '../../../contract/reviews';
import { REVIEW_KIND_LABELS, type ReviewKind } from '../../../core/scoring';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { CriteriaFields, type CriterionValues, DEFAULT_CRITERIA } from '../movements/MovementForm';
import { unitTree } from '../movements/unit-tree';
import '../../i18n/en-cycle';

interface Values {
  kind: ReviewKind;
  year: number;
  title?: string;
  unitIds: string[];
  criteria: CriterionValues[];
}

/** Đợt bình xét: every sơ kết / tổng kết (of movements and of the year); the officer opens an annual review. */
export function ReviewsPage() {
  const may = useCan();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = may('review.manage');
  const { data, error, loading } = useData(() => api.call(reviewsApi.listReviews, {}), []);
  const units = useData(
    () => (canManage ? api.call(organisationsApi.listUnits, {}) : Promise.resolve([] as Unit[])),
    [canManage],
  );
  const [open, setOpen] = useState(false);
  const [err, setErr] = useState<ApiError | null>(null);
  const [form] = Form.useForm<Values>();

  const create = async (v: Values) => {
    setErr(null);
    try {
      const r = await api.call(reviewsApi.createReview, {
        body: {
          kind: v.kind,
          year: v.year,
          title: v.title || undefined,
          unitIds: v.unitIds ?? [],
          criteria: v.criteria ?? [],
        },
      });
      message.success(t('Đã mở đợt bình xét.'));
      navigate(`/cham-diem/${r.id}`);
    } catch (e) {
      setErr(e as ApiError);
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Sơ kết, tổng kết')}
        </Typography.Title>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setErr(null);
              setOpen(true);
            }}
          >
            {t('Mở đợt bình xét năm')}
          </Button>
        )}
      </Space>
      <ApiErrorAlert error={error} />
      <Table<ReviewListItem>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('Đợt'),
            dataIndex: 'title',
            render: (n: string, r) => (
              <>
                <Link to={`/cham-diem/${r.id}`}>{n}</Link>
                {!r.movementId && <Tag style={{ marginLeft: 6 }}>{t('Bình xét năm')}</Tag>}
              </>
            ),
          },
          {
            title: t('Loại'),
            dataIndex: 'kind',
            width: 110,
            render: (k: ReviewKind) => t(REVIEW_KIND_LABELS[k]),
          },
          { title: t('Năm'), dataIndex: 'year', width: 80 },
          {
            title: t('Trạng thái'),
            width: 200,
            render: (_, r) =>
              r.status === 'LOCKED' ? (
                <Tag color="purple">
                  {t('Đã khóa kết quả')} {r.lockedOn ? formatDateVi(r.lockedOn) : ''}
                </Tag>
              ) : (
                <Tag color="green">{t('Đang chấm điểm')}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('Mở đợt bình xét năm')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('Lưu')}
        cancelText={t('Hủy')}
        width={900}
        destroyOnHidden
      >
        <ApiErrorAlert error={err} />
        <Form
          form={form}
          layout="vertical"
          onFinish={create}
          initialValues={{ kind: 'TONG_KET', year: new Date().getFullYear(), criteria: DEFAULT_CRITERIA }}
        >
          <Space wrap>
            <Form.Item name="kind" label={t('Loại')}>
              <Select
                style={{ width: 140 }}
                options={[
                  { value: 'SO_KET', label: t('Sơ kết') },
                  { value: 'TONG_KET', label: t('Tổng kết') },
                ]}
              />
            </Form.Item>
            <Form.Item name="year" label={t('Năm')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="title" label={t('Tên đợt (để trống: tên mặc định)')}>
              <Input style={{ width: 460 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="unitIds"
            label={t('Đơn vị tham gia')}
            rules={[{ required: true, message: t('Chọn đơn vị tham gia') }]}
          >
            <TreeSelect
              treeData={unitTree(units.data ?? [])}
              multiple
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              style={{ width: '100%' }}
              maxTagCount={8}
            />
          </Form.Item>
          <CriteriaFields />
        </Form>
      </Modal>
    </div>
  );
}
