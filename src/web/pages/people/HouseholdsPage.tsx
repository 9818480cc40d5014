import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Input, List, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type Household, organisationsApi } from '../../../contract/organisations';
import { api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-people';
import { HouseholdFormModal } from './HouseholdFormModal';
import { householdLookup } from './people-labels';

/** The commune's households (hộ gia đình): search by head or address without diacritics, by thôn. */
export function HouseholdsPage() {
  const { t } = useI18n();
  const may = useCan();
  const nav = useNavigate();
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.md);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const q = params.get('q') ?? '';
  const [adding, setAdding] = useState(false);
  const setFilter = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const list = useData(
    () => api.call(organisationsApi.listHouseholds, { query: { q: q || undefined, unitId } }),
    [q, unitId],
  );
  const rows = list.data ?? [];
  const detail = (h: Household) => `/ho-gia-dinh/${h.id}`;
  const links = (h: Household) => (
    <Space size={12} wrap>
      <Link to={detail(h)}>{t('Chi tiết')}</Link>
      <Link to={householdLookup(h.id)}>{t('Tra cứu lịch sử')}</Link>
    </Space>
  );

  return (
    <div>
      <Typography.Title level={3}>{t('Hộ gia đình')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          defaultValue={q}
          key={q}
          allowClear
          placeholder={t('Tìm chủ hộ, địa chỉ (không cần dấu)')}
          onSearch={(v) => setFilter('q', v.trim() || undefined)}
          style={{ width: wide ? 300 : '100%' }}
          aria-label={t('Tìm hộ gia đình')}
        />
        <Select
          {...vietnameseSearch}
          allowClear
          placeholder={t('Tất cả thôn, tổ')}
          value={unitId}
          onChange={(v?: string) => setFilter('unitId', v)}
          style={{ width: wide ? 260 : '100%' }}
          aria-label={t('Thôn, tổ dân phố')}
          options={(units.data ?? [])
            .filter((u) => u.parentId !== null)
            .map((u) => ({ value: u.id, label: u.name }))}
        />
        {may('household.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('Thêm hộ gia đình')}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={list.error ?? units.error} />
      {screens.md ? (
        <Table<Household>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={rows}
          locale={{ emptyText: t('Chưa có hộ gia đình nào.') }}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => t('{n} hộ', { n }) }}
          columns={[
            {
              title: t('Chủ hộ'),
              dataIndex: 'headName',
              render: (n: string, h) => <Link to={detail(h)}>{n}</Link>,
            },
            { title: t('Thôn, tổ dân phố'), dataIndex: 'unitName' },
            { title: t('Địa chỉ'), dataIndex: 'address' },
            { title: t('Số thành viên'), dataIndex: 'memberCount', width: 130 },
            { title: '', key: 'links', width: 220, render: (_, h) => links(h) },
          ]}
        />
      ) : (
        <List<Household>
          loading={list.loading}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, simple: true, align: 'center' } : false}
          locale={{ emptyText: t('Chưa có hộ gia đình nào.') }}
          renderItem={(h) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Link to={detail(h)} style={{ fontWeight: 600 }}>
                {h.headName}
              </Link>
              <div style={{ color: '#666', fontSize: 13 }}>
                {[h.unitName, h.address, t('{n} thành viên', { n: h.memberCount })]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              {links(h)}
            </Card>
          )}
        />
      )}
      <HouseholdFormModal
        open={adding}
        editing={null}
        units={units.data ?? []}
        defaultUnitId={unitId}
        onClose={() => setAdding(false)}
        onSaved={(h) => {
          setAdding(false);
          nav(`/ho-gia-dinh/${h.id}`);
        }}
      />
    </div>
  );
}
