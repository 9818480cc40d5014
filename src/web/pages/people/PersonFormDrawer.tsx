import {
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type Household, type NewPerson, organisationsApi, type Unit } from '../../../contract/organisations';
import { type PersonDetail, peopleApi } from '../../../contract/people';
import { LEADER_TIERS, type LeaderTier } from '../../../core/history/history-terms';
import { ETHNICITIES } from '../../../core/people/ethnicities';
import { GENDERS, PERSON_CATEGORIES, type PersonCategory } from '../../../core/people/person-categories';
import { formatDateTimeVi } from '../../../core/text';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n, useLabel } from '../../i18n/i18n';
import { CATEGORY_LABELS } from '../../labels';
import { fieldErrors, GENDER_LABELS, LEADER_TIER_LABELS, personLookup } from './people-labels';

interface Values {
  fullName: string;
  gender: 'NAM' | 'NU';
  citizenId?: string;
  birthDate?: Dayjs | null;
  birthYear?: number | null;
  ethnicity?: NewPerson['ethnicity'];
  unitId: string;
  category: PersonCategory;
  position?: string;
  leaderTier: LeaderTier;
  directWorker: boolean;
  householdId?: string | null;
}
const FIELDS = [
  'fullName',
  'gender',
  'citizenId',
  'birthDate',
  'birthYear',
  'ethnicity',
  'unitId',
  'category',
  'position',
  'leaderTier',
  'directWorker',
  'householdId',
] as const;

/**
 * Add a person or edit one (`editingId`), in a drawer: the full record, errors beside each field (a
 * duplicate citizen ID names the person who has it), and for an edit, marking the person left or back.
 */
export function PersonFormDrawer(props: {
  open: boolean;
  /** The person to edit; null to add one. */
  editingId: string | null;
  units: Unit[];
  households: Household[];
  /** The unit a new person starts in (the page's filter). */
  defaultUnitId?: string | undefined;
  onClose(): void;
  /** Saved: the drawer is closed by the page. */
  onSaved(): void;
  /** Marked left or back: the drawer stays open. */
  onChanged(): void;
}) {
  const { t } = useI18n();
  const label = useLabel();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const may = useCan();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [person, setPerson] = useState<PersonDetail | null>(null);
  const { open, editingId, defaultUnitId } = props;

  useEffect(() => {
    if (!open) return;
    setError(null);
    setPerson(null);
    form.resetFields();
    if (!editingId) {
      form.setFieldsValue({
        gender: 'NAM',
        category: 'NGUOI_DAN',
        leaderTier: 'KHONG',
        directWorker: false,
        ethnicity: 'Kinh',
        ...(defaultUnitId ? { unitId: defaultUnitId } : {}),
      });
      return;
    }
    let live = true;
    api
      .call(peopleApi.getPerson, { params: { id: editingId } })
      .then((p) => {
        if (!live) return;
        setPerson(p);
        form.setFieldsValue({
          fullName: p.fullName,
          gender: p.gender,
          citizenId: p.citizenId ?? '',
          birthDate: p.birthDate ? dayjs(p.birthDate) : null,
          birthYear: p.birthDate ? null : p.birthYear,
          ethnicity: (p.ethnicity as NewPerson['ethnicity']) ?? null,
          unitId: p.unitId,
          category: p.category,
          position: p.position ?? '',
          leaderTier: p.leaderTier,
          directWorker: p.directWorker,
          householdId: p.householdId,
        });
      })
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : null));
    return () => {
      live = false;
    };
  }, [open, editingId, defaultUnitId, form]);

  const bodyOf = (v: Values): NewPerson => ({
    fullName: v.fullName,
    gender: v.gender,
    citizenId: v.citizenId?.trim() ? v.citizenId : null,
    birthDate: v.birthDate ? v.birthDate.format('YYYY-MM-DD') : null,
    birthYear: v.birthDate ? null : (v.birthYear ?? null),
    ethnicity: v.ethnicity ?? null,
    unitId: v.unitId,
    category: v.category,
    position: v.position?.trim() ? v.position : null,
    leaderTier: v.leaderTier,
    directWorker: v.directWorker,
    householdId: v.householdId ?? null,
  });

  const refused = (e: unknown) => {
    if (!(e instanceof ApiError)) throw e;
    const fields = fieldErrors(e, FIELDS);
    if (fields.length) {
      form.setFields(fields);
      setError(null);
    } else setError(e);
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      if (person) {
        await api.call(peopleApi.updatePerson, {
          params: { id: person.id },
          body: { ...bodyOf(v), version: person.version },
        });
        message.success(t('Đã lưu hồ sơ {name}.', { name: v.fullName }));
      } else {
        await api.call(organisationsApi.createPerson, { body: bodyOf(v) });
        message.success(t('Đã thêm {name}.', { name: v.fullName }));
      }
      props.onSaved();
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  const setActive = async (active: boolean) => {
    if (!person) return;
    setBusy(true);
    try {
      const endpoint = active ? peopleApi.reactivatePerson : peopleApi.deactivatePerson;
      setPerson(await api.call(endpoint, { params: { id: person.id }, body: { version: person.version } }));
      props.onChanged();
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  const half = { xs: 24, sm: 12 };
  return (
    <Drawer
      open={open}
      onClose={props.onClose}
      title={editingId ? t('Sửa hồ sơ cá nhân') : t('Thêm cá nhân')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          {t('Lưu')}
        </Button>
      }
    >
      <ApiErrorAlert error={error} />
      {person && (
        <Space wrap style={{ marginBottom: 16 }}>
          {person.active ? (
            <Tag color="green">{t('Đang ở xã')}</Tag>
          ) : (
            <Tag color="default">{t('Đã rời xã')}</Tag>
          )}
          {person.updatedAt && (
            <span style={{ color: '#888' }}>
              {t('Cập nhật lúc {d}', { d: formatDateTimeVi(person.updatedAt) })}
            </span>
          )}
          <Link to={personLookup(person.id)}>{t('Tra cứu lịch sử')}</Link>
        </Space>
      )}
      <Form form={form} layout="vertical" onFinish={submit} disabled={editingId !== null && !person}>
        <Form.Item
          name="fullName"
          label={t('Họ và tên')}
          rules={[{ required: true, min: 2, message: t('Nhập họ và tên (ít nhất 2 ký tự)') }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="gender" label={t('Giới tính')}>
              <Radio.Group
                options={GENDERS.map((g) => ({ value: g, label: t(GENDER_LABELS[g]) }))}
                optionType="button"
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="citizenId"
              label={t('Số định danh cá nhân (CCCD)')}
              extra={t('12 chữ số; có thể gõ cách nhóm')}
            >
              <Input inputMode="numeric" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="birthDate" label={t('Ngày sinh')}>
              <DatePicker
                format="DD/MM/YYYY"
                placeholder="dd/mm/yyyy"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                aria-label={t('Ngày sinh')}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              noStyle
              shouldUpdate={(a: Values, b: Values) => Boolean(a.birthDate) !== Boolean(b.birthDate)}
            >
              {() => (
                <Form.Item
                  name="birthYear"
                  label={t('Năm sinh (khi không rõ ngày)')}
                  extra={form.getFieldValue('birthDate') ? t('Lấy theo ngày sinh') : undefined}
                >
                  <InputNumber
                    min={1900}
                    max={2100}
                    style={{ width: '100%' }}
                    disabled={Boolean(form.getFieldValue('birthDate'))}
                    aria-label={t('Năm sinh')}
                  />
                </Form.Item>
              )}
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="ethnicity" label={t('Dân tộc')}>
              <Select
                {...vietnameseSearch}
                allowClear
                options={ETHNICITIES.map((e) => ({ value: e, label: e }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="category"
              label={t('Đối tượng')}
              rules={[{ required: true, message: t('Chọn đối tượng') }]}
            >
              <Select
                options={PERSON_CATEGORIES.map((c) => ({ value: c, label: label(CATEGORY_LABELS[c], c) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="unitId" label={t('Đơn vị')} rules={[{ required: true, message: t('Chọn đơn vị') }]}>
          <Select
            {...vietnameseSearch}
            options={props.units
              .filter(
                (u) =>
                  (u.active && u.parentId !== null && may('person.create', { unitId: u.id })) ||
                  u.id === person?.unitId,
              )
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="position" label={t('Chức vụ')}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="leaderTier" label={t('Cấp lãnh đạo')}>
              <Select options={LEADER_TIERS.map((x) => ({ value: x, label: t(LEADER_TIER_LABELS[x]) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="directWorker" valuePropName="checked" label={t('Lao động trực tiếp')}>
              <Checkbox>{t('Người trực tiếp lao động, sản xuất, công tác')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="householdId" label={t('Hộ gia đình')}>
          <Select
            {...vietnameseSearch}
            allowClear
            options={props.households.map((h) => ({
              value: h.id,
              label: `${h.headName} — ${h.unitName}`,
            }))}
          />
        </Form.Item>
      </Form>
      {person && (
        <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 16 }}>
          {person.active ? (
            <Popconfirm
              title={t('Ghi nhận {name} đã rời xã? Hồ sơ và lịch sử được giữ lại.', {
                name: person.fullName,
              })}
              okText={t('Đồng ý')}
              cancelText={t('Hủy')}
              onConfirm={() => setActive(false)}
            >
              <Button danger disabled={busy}>
                {t('Đã rời xã')}
              </Button>
            </Popconfirm>
          ) : (
            <Button disabled={busy} onClick={() => setActive(true)}>
              {t('Trở lại xã')}
            </Button>
          )}
        </div>
      )}
    </Drawer>
  );
}
