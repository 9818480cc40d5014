import { Card, Col, Input, Row, Table, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Person, Unit } from '../../../contract/organisations';
import { organisationsApi, type UnitAward } from '../../../contract/organisations';
import { getAward } from '../../../core/law';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { CATEGORY_LABELS } from '../../labels';

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}

function buildTree(units: Unit[], inactive: string): TreeNode[] {
  const byParent = new Map<string | null, Unit[]>();
  for (const u of units) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const ids = new Set(units.map((u) => u.id));
  const node = (u: Unit): TreeNode => ({
    key: u.id,
    title: u.active ? u.name : `${u.name} (${inactive})`,
    children: (byParent.get(u.id) ?? []).map(node),
  });
  return units.filter((u) => !u.parentId || !ids.has(u.parentId)).map(node);
}

export function UnitsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [q, setQ] = useState('');
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const people = useData(() => api.call(organisationsApi.listPeople, { query: { q, unitId } }), [q, unitId]);
  const awards = useData(
    () =>
      unitId
        ? api.call(organisationsApi.unitAwards, { params: { id: unitId } })
        : Promise.resolve([] as UnitAward[]),
    [unitId],
  );
  const tree = useMemo(() => buildTree(units.data ?? [], t('đã sáp nhập')), [units.data, t]);
  return (
    <div>
      <Typography.Title level={3}>{t('Đơn vị và cá nhân')}</Typography.Title>
      <ApiErrorAlert error={units.error ?? people.error} />
      <Row gutter={16}>
        <Col xs={24} md={9}>
          <Card size="small" title={t('Cơ cấu tổ chức')}>
            {tree.length > 0 && (
              <Tree
                treeData={tree}
                defaultExpandAll
                onSelect={(keys) => setUnitId(keys[0] ? String(keys[0]) : undefined)}
              />
            )}
          </Card>
          {unitId && (
            <Card
              size="small"
              title={t('Khen thưởng tập thể (kể cả đơn vị tiền thân)')}
              style={{ marginTop: 16 }}
            >
              <Table<UnitAward>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={awards.data ?? []}
                locale={{ emptyText: t('Chưa có khen thưởng.') }}
                columns={[
                  { title: t('Năm'), dataIndex: 'year', width: 60 },
                  {
                    title: t('Hình thức'),
                    dataIndex: 'awardCode',
                    render: (c: string) => getAward(c)?.name ?? c,
                  },
                  {
                    title: t('Quyết định'),
                    render: (_, a) => `${a.decision} — ${formatDateVi(a.decisionDate)}`,
                  },
                  {
                    title: '',
                    render: (_, a) =>
                      a.viaPredecessor ? (
                        <Tag>{t('từ {u}', { u: a.viaPredecessor })}</Tag>
                      ) : a.revoked ? (
                        <Tag color="red">{t('Đã thu hồi')}</Tag>
                      ) : null,
                  },
                ]}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} md={15}>
          <Card
            size="small"
            title={t('Danh sách cá nhân')}
            extra={
              <Input.Search
                placeholder={t('Tìm tên (không cần dấu)')}
                allowClear
                onSearch={setQ}
                style={{ width: 260 }}
                aria-label={t('Tìm tên')}
              />
            }
          >
            <Table<Person>
              rowKey="id"
              size="small"
              loading={people.loading}
              dataSource={people.data ?? []}
              pagination={{ pageSize: 25 }}
              columns={[
                {
                  title: t('Họ và tên'),
                  dataIndex: 'fullName',
                  render: (n: string, p) => (
                    <>
                      {n} {p.isLeader && <Tag>{t('Lãnh đạo')}</Tag>}
                    </>
                  ),
                },
                { title: t('Chức vụ'), dataIndex: 'position' },
                { title: t('Đơn vị'), dataIndex: 'unitName' },
                {
                  title: t('Đối tượng'),
                  dataIndex: 'category',
                  render: (c: string) => label(CATEGORY_LABELS[c], c),
                },
                { title: t('Năm sinh'), dataIndex: 'birthYear', width: 90 },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
