import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Grid,
  Input,
  List,
  Pagination,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { organisationsApi, type Person } from '../../../contract/organisations';
import { peopleApi } from '../../../contract/people';
import { PERSON_CATEGORIES, type PersonCategory } from '../../../core/people/person-categories';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import '../../i18n/en-people';
import { CATEGORY_LABELS } from '../../labels';
import { PersonFormDrawer } from './PersonFormDrawer';
import { LEADER_TIER_LABELS, personLookup } from './people-labels';

const PAGE_SIZE = 20;
type ActiveFilter = 'true' | 'false' | 'all';

/**
 * The commune's people (cá nhân): search without diacritics, filters by unit (`?unitId=`), category and
 * whether they are still in the commune; a table at desktop width, cards on a phone; add and edit in a drawer.
 */
export function PeoplePage() {
  const { t } = useI18n();
  const label = useLabel();
  const may = useCan();
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.md);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const q = params.get('q') ?? '';
  const category = (params.get('category') as PersonCategory | null) ?? undefined;
  const active = (params.get('active') as ActiveFilter | null) ?? 'true';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);

  const setFilter = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );

  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const households = useData(() => api.call(organisationsApi.listHouseholds, {}), []);
  const people = useData(
    () =>
      api.call(peopleApi.searchPeople, {
        query: {
          q: q || undefined,
          unitId,
          category,
          active,
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        },
      }),
    [q, unitId, category, active, page],
  );
  const rows = people.data?.items ?? [];
  const total = people.data?.total ?? 0;
  const canEdit = (p: Person) => may('person.update', { unitId: p.unitId });
  const birth = (p: Person) => (p.birthDate ? formatDateVi(p.birthDate) : (p.birthYear ?? ''));

  const nameCell = (p: Person) => (
    <Space size={4} wrap>
      <Link to={personLookup(p.id)}>{p.fullName}</Link>
      {p.leaderTier !== 'KHONG' && <Tag>{t(LEADER_TIER_LABELS[p.leaderTier])}</Tag>}
      {!p.active && <Tag>{t('Đã rời xã')}</Tag>}
    </Space>
  );
  const editButton = (p: Person) =>
    canEdit(p) ? (
      <Button
        size="small"
        onClick={() => setEditing({ id: p.id })}
        aria-label={t('Sửa {name}', { name: p.fullName })}
      >
        {t('Sửa')}
      </Button>
    ) : null;

  return (
    <div>
      <Typography.Title level={3}>{t('Cá nhân')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          defaultValue={q}
          key={q}
          placeholder={t('Tìm tên (không cần dấu) hoặc số CCCD')}
          allowClear
          onSearch={(v) => setFilter('q', v.trim() || undefined)}
          style={{ width: wide ? 300 : '100%' }}
          aria-label={t('Tìm cá nhân')}
        />
        <Select
          {...vietnameseSearch}
          allowClear
          placeholder={t('Tất cả đơn vị')}
          value={unitId}
          onChange={(v?: string) => setFilter('unitId', v)}
          style={{ width: wide ? 260 : '100%' }}
          aria-label={t('Đơn vị')}
          options={(units.data ?? [])
            .filter((u) => u.parentId !== null)
            .map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          allowClear
          placeholder={t('Mọi đối tượng')}
          value={category}
          onChange={(v?: string) => setFilter('category', v)}
          style={{ width: wide ? 200 : '100%' }}
          aria-label={t('Đối tượng')}
          options={PERSON_CATEGORIES.map((c) => ({ value: c, label: label(CATEGORY_LABELS[c], c) }))}
        />
        <Select
          value={active}
          onChange={(v: ActiveFilter) => setFilter('active', v === 'true' ? undefined : v)}
          style={{ width: wide ? 170 : '100%' }}
          aria-label={t('Tình trạng')}
          options={[
            { value: 'true', label: t('Đang ở xã') },
            { value: 'false', label: t('Đã rời xã') },
            { value: 'all', label: t('Tất cả') },
          ]}
        />
        {may('person.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
            {t('Thêm cá nhân')}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={people.error ?? units.error} />
      {screens.md ? (
        <Table<Person>
          rowKey="id"
          size="middle"
          loading={people.loading}
          dataSource={rows}
          locale={{ emptyText: t('Không có cá nhân nào khớp.') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total,
            showSizeChanger: false,
            showTotal: (n) => t('{n} người', { n }),
            onChange: (p) => setFilter('page', p > 1 ? String(p) : undefined),
          }}
          columns={[
            { title: t('Họ và tên'), key: 'name', render: (_, p) => nameCell(p) },
            { title: t('Ngày/năm sinh'), key: 'birth', width: 120, render: (_, p) => birth(p) },
            { title: t('Số CCCD'), dataIndex: 'citizenId', width: 140, responsive: ['lg'] },
            { title: t('Chức vụ'), dataIndex: 'position', responsive: ['xl'] },
            { title: t('Đơn vị'), dataIndex: 'unitName' },
            {
              title: t('Đối tượng'),
              dataIndex: 'category',
              render: (c: string) => label(CATEGORY_LABELS[c], c),
            },
            { title: '', key: 'actions', width: 80, render: (_, p) => editButton(p) },
          ]}
        />
      ) : (
        <>
          <List<Person>
            loading={people.loading}
            dataSource={rows}
            locale={{ emptyText: t('Không có cá nhân nào khớp.') }}
            renderItem={(p) => (
              <Card size="small" style={{ marginBottom: 8 }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <div style={{ minWidth: 0 }}>
                    {nameCell(p)}
                    <div style={{ color: '#666', fontSize: 13 }}>
                      {[p.unitName, label(CATEGORY_LABELS[p.category], p.category), birth(p)]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                    {p.position && <div style={{ color: '#888', fontSize: 13 }}>{p.position}</div>}
                  </div>
                  {editButton(p)}
                </div>
              </Card>
            )}
          />
          {total > PAGE_SIZE && (
            <Pagination
              simple
              current={page}
              pageSize={PAGE_SIZE}
              total={total}
              onChange={(p) => setFilter('page', p > 1 ? String(p) : undefined)}
              style={{ marginTop: 8, textAlign: 'center' }}
            />
          )}
          <Typography.Text type="secondary">{t('{n} người', { n: total })}</Typography.Text>
        </>
      )}
      <PersonFormDrawer
        open={editing !== null}
        editingId={editing?.id ?? null}
        units={units.data ?? []}
        households={households.data ?? []}
        defaultUnitId={unitId}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void people.reload();
          void households.reload();
        }}
        onChanged={() => void people.reload()}
      />
    </div>
  );
}
