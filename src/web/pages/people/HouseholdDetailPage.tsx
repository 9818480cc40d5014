import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { organisationsApi } from '../../../contract/organisations';
import { type Contribution, type HouseholdDetail, peopleApi, type Violation } from '../../../contract/people';
import { formatDateTimeVi, formatMoneyVnd } from '../../../core/text';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-people';
import { HouseholdFormModal } from './HouseholdFormModal';
import { fieldErrors, householdLookup, personLookup } from './people-labels';

const THIS_YEAR = new Date().getFullYear();

type Editing =
  | { kind: 'contribution'; item: Contribution | null }
  | { kind: 'violation'; item: Violation | null }
  | null;

/** One household: its members, its contributions (đóng góp) and its violations (vi phạm), each editable. */
export function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const may = useCan();
  const data = useData(() => api.call(peopleApi.getHousehold, { params: { id } }), [id]);
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const [error, setError] = useState<ApiError | null>(null);
  const [editingHousehold, setEditingHousehold] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const h = data.data;
  const canManage = h ? may('household.manage', { unitId: h.unitId }) : false;

  /** Run a change that answers the household; show it, or the refusal. */
  const change = async (work: () => Promise<HouseholdDetail>) => {
    setError(null);
    try {
      data.setData(await work());
      return true;
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
      return false;
    }
  };

  if (!h)
    return (
      <div>
        <Typography.Title level={3}>{t('Hộ gia đình')}</Typography.Title>
        <ApiErrorAlert error={data.error} />
      </div>
    );
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Link to="/ho-gia-dinh">← {t('Hộ gia đình')}</Link>
      </Space>
      <Typography.Title level={3}>{t('Hộ {name}', { name: h.headName })}</Typography.Title>
      <ApiErrorAlert error={error} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('Chủ hộ')}>{h.headName}</Descriptions.Item>
          <Descriptions.Item label={t('Thôn, tổ dân phố')}>{h.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('Địa chỉ')}>{h.address ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {canManage && <Button onClick={() => setEditingHousehold(true)}>{t('Sửa thông tin hộ')}</Button>}
          <Link to={householdLookup(h.id)}>{t('Tra cứu lịch sử')}</Link>
          {h.updatedAt && (
            <Typography.Text type="secondary">
              {t('Cập nhật lúc {d}', { d: formatDateTimeVi(h.updatedAt) })}
            </Typography.Text>
          )}
        </Space>
      </Card>

      <Card size="small" title={t('Thành viên ({n})', { n: h.members.length })} style={{ marginBottom: 16 }}>
        {canManage && (
          <AddMember
            household={h}
            onAdd={(personId) =>
              change(() => api.call(peopleApi.addHouseholdMember, { params: { id }, body: { personId } }))
            }
          />
        )}
        <List
          dataSource={h.members}
          locale={{ emptyText: t('Hộ chưa có thành viên.') }}
          renderItem={(m) => (
            <List.Item
              actions={
                canManage
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('Bỏ {name} khỏi hộ?', { name: m.fullName })}
                        okText={t('Đồng ý')}
                        cancelText={t('Hủy')}
                        onConfirm={() =>
                          change(() =>
                            api.call(peopleApi.removeHouseholdMember, { params: { id, personId: m.id } }),
                          )
                        }
                      >
                        <Button size="small" aria-label={t('Bỏ {name} khỏi hộ', { name: m.fullName })}>
                          {t('Bỏ khỏi hộ')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={<Link to={personLookup(m.id)}>{m.fullName}</Link>}
                description={[m.birthYear, m.unitName, m.active ? null : t('Đã rời xã')]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </List.Item>
          )}
        />
      </Card>

      <Card
        size="small"
        title={t('Đóng góp')}
        style={{ marginBottom: 16 }}
        extra={
          canManage && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ kind: 'contribution', item: null })}
            >
              {t('Thêm đóng góp')}
            </Button>
          )
        }
      >
        <List
          dataSource={h.contributions}
          locale={{ emptyText: t('Chưa ghi đóng góp nào.') }}
          renderItem={(c) => (
            <List.Item
              actions={
                canManage
                  ? [
                      <Button
                        key="edit"
                        size="small"
                        onClick={() => setEditing({ kind: 'contribution', item: c })}
                      >
                        {t('Sửa')}
                      </Button>,
                      <Popconfirm
                        key="delete"
                        title={t('Xóa đóng góp này?')}
                        okText={t('Xóa')}
                        cancelText={t('Hủy')}
                        onConfirm={() =>
                          change(() =>
                            api.call(peopleApi.deleteContribution, { params: { id, itemId: c.id } }),
                          )
                        }
                      >
                        <Button size="small" danger>
                          {t('Xóa')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta title={`${c.year} — ${formatMoneyVnd(c.amount)}`} description={c.description} />
            </List.Item>
          )}
        />
      </Card>

      <Card
        size="small"
        title={t('Vi phạm')}
        extra={
          canManage && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ kind: 'violation', item: null })}
            >
              {t('Thêm vi phạm')}
            </Button>
          )
        }
      >
        <List
          dataSource={h.violations}
          locale={{ emptyText: t('Không có vi phạm.') }}
          renderItem={(v) => (
            <List.Item
              actions={
                canManage
                  ? [
                      <Button
                        key="edit"
                        size="small"
                        onClick={() => setEditing({ kind: 'violation', item: v })}
                      >
                        {t('Sửa')}
                      </Button>,
                      <Popconfirm
                        key="delete"
                        title={t('Xóa vi phạm này?')}
                        okText={t('Xóa')}
                        cancelText={t('Hủy')}
                        onConfirm={() =>
                          change(() => api.call(peopleApi.deleteViolation, { params: { id, itemId: v.id } }))
                        }
                      >
                        <Button size="small" danger>
                          {t('Xóa')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={`${v.year}${v.personName ? ` — ${v.personName}` : ` — ${t('Cả hộ')}`}`}
                description={v.description}
              />
            </List.Item>
          )}
        />
      </Card>

      <HouseholdFormModal
        open={editingHousehold}
        editing={h}
        units={units.data ?? []}
        onClose={() => setEditingHousehold(false)}
        onSaved={(next) => {
          setEditingHousehold(false);
          data.setData(next);
        }}
      />
      <ItemModal
        household={h}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(next) => {
          setEditing(null);
          data.setData(next);
        }}
      />
    </div>
  );
}

/** Choose a person of the commune (searched by name without diacritics) and add them to the household. */
function AddMember(props: { household: HouseholdDetail; onAdd(personId: string): Promise<boolean> }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const found = useData(
    () => api.call(peopleApi.searchPeople, { query: { q: q || undefined, limit: 20 } }),
    [q],
  );
  const options = (found.data?.items ?? [])
    .filter((p) => p.householdId !== props.household.id)
    .map((p) => ({
      value: p.id,
      label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''} — ${p.unitName}${p.householdId ? ` · ${t('đã thuộc hộ khác')}` : ''}`,
    }));
  return (
    <Flex wrap gap={8} style={{ marginBottom: 8 }}>
      <Select
        showSearch
        filterOption={false}
        onSearch={setQ}
        value={chosen}
        onChange={setChosen}
        placeholder={t('Tìm người để thêm vào hộ (không cần dấu)')}
        options={options}
        style={{ flex: '1 1 220px', minWidth: 0 }}
        aria-label={t('Người cần thêm vào hộ')}
        notFoundContent={found.loading ? t('Đang tìm…') : t('Không tìm thấy')}
      />
      <Button
        type="primary"
        disabled={!chosen}
        onClick={async () => {
          if (chosen && (await props.onAdd(chosen))) setChosen(undefined);
        }}
      >
        {t('Thêm vào hộ')}
      </Button>
    </Flex>
  );
}

interface ItemValues {
  year: number;
  amount?: number;
  personId?: string | null;
  description: string;
}

/** Add or edit a contribution or a violation of the household. */
function ItemModal(props: {
  household: HouseholdDetail;
  editing: Editing;
  onClose(): void;
  onSaved(h: HouseholdDetail): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ItemValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { editing, household } = props;
  useEffect(() => {
    if (!editing) return;
    setError(null);
    form.resetFields();
    if (editing.kind === 'contribution' && editing.item)
      form.setFieldsValue({
        year: editing.item.year,
        amount: editing.item.amount,
        description: editing.item.description,
      });
    else if (editing.kind === 'violation' && editing.item)
      form.setFieldsValue({
        year: editing.item.year,
        personId: editing.item.personId,
        description: editing.item.description,
      });
    else form.setFieldsValue({ year: THIS_YEAR });
  }, [editing, form]);

  const submit = async (v: ItemValues) => {
    if (!editing) return;
    setBusy(true);
    setError(null);
    const id = household.id;
    try {
      let next: HouseholdDetail;
      if (editing.kind === 'contribution') {
        const body = { year: v.year, amount: v.amount ?? 0, description: v.description };
        next = editing.item
          ? await api.call(peopleApi.updateContribution, { params: { id, itemId: editing.item.id }, body })
          : await api.call(peopleApi.addContribution, { params: { id }, body });
      } else {
        const body = { year: v.year, personId: v.personId ?? null, description: v.description };
        next = editing.item
          ? await api.call(peopleApi.updateViolation, { params: { id, itemId: editing.item.id }, body })
          : await api.call(peopleApi.addViolation, { params: { id }, body });
      }
      props.onSaved(next);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const fields = fieldErrors(e, ['year', 'amount', 'personId', 'description'] as const);
      if (fields.length) form.setFields(fields);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const contribution = editing?.kind === 'contribution';
  const title = contribution
    ? editing?.item
      ? t('Sửa đóng góp')
      : t('Thêm đóng góp')
    : editing?.item
      ? t('Sửa vi phạm')
      : t('Thêm vi phạm');
  return (
    <Modal
      open={editing !== null}
      title={title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="year" label={t('Năm')} rules={[{ required: true, message: t('Nhập năm') }]}>
          <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        {contribution ? (
          <Form.Item
            name="amount"
            label={t('Giá trị quy đổi (đồng)')}
            rules={[{ required: true, message: t('Nhập giá trị đóng góp') }]}
          >
            <InputNumber<number>
              min={0}
              step={100000}
              style={{ width: '100%' }}
              formatter={(v) =>
                v === undefined || v === null ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
              }
              parser={(s) => Number((s ?? '').replace(/\D/g, '')) || 0}
            />
          </Form.Item>
        ) : (
          <Form.Item name="personId" label={t('Thành viên vi phạm (để trống nếu cả hộ)')}>
            <Select allowClear options={household.members.map((m) => ({ value: m.id, label: m.fullName }))} />
          </Form.Item>
        )}
        <Form.Item
          name="description"
          label={t('Nội dung')}
          rules={[{ required: true, min: 3, message: t('Nhập nội dung (ít nhất 3 ký tự)') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
