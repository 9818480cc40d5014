import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  message,
  Row,
  Space,
  Switch,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  organisationsApi,
  type Unit,
  type UnitAward,
  type UnitDetail,
} from '../../../contract/organisations';
import type { UnitChange } from '../../../contract/units';
import { getAward } from '../../../core/law';
import { compareVietnamese, formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import '../../i18n/en-units';
import { useI18n } from '../../i18n/i18n';
import { DeactivateModal, MergeModal, SplitModal } from './ReorganiseModals';
import { UnitFormModal } from './UnitFormModal';
import { UNIT_KIND_LABELS } from './unit-labels';

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}

function buildTree(units: Unit[], closed: (u: Unit) => string): TreeNode[] {
  const byParent = new Map<string | null, Unit[]>();
  for (const u of [...units].sort((a, b) => compareVietnamese(a.name, b.name)))
    byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const ids = new Set(units.map((u) => u.id));
  const node = (u: Unit): TreeNode => ({
    key: u.id,
    title: u.active ? u.name : `${u.name} (${closed(u)})`,
    children: (byParent.get(u.id) ?? []).map(node),
  });
  return units.filter((u) => !u.parentId || !ids.has(u.parentId)).map(node);
}

type Dialog = 'add' | 'edit' | 'merge' | 'split' | 'deactivate' | null;

/**
 * "Đơn vị": the commune's units as a tree; an officer adds a sub-unit, edits, merges, splits or closes a
 * unit. The detail shows the unit's reorganisations (lineage), its collective awards (including those of
 * the units merged into it) and a link to its people.
 */
export function UnitsPage() {
  const { t } = useI18n();
  const me = useMe();
  const may = useCan();
  const manage = may('unit.manage');
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [showClosed, setShowClosed] = useState(false);
  /** Units the user folded (every other unit, new ones included, shows its sub-units). */
  const [folded, setFolded] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  /** Where the add form puts the new unit by default (the user may still pick another parent). */
  const [addUnder, setAddUnder] = useState<string | null>(null);
  const units = useData(() => api.call(organisationsApi.listUnits, {}), []);
  const detail = useData(
    () => (unitId ? api.call(organisationsApi.getUnit, { params: { id: unitId } }) : Promise.resolve(null)),
    [unitId],
  );
  const awards = useData(
    () =>
      unitId
        ? api.call(organisationsApi.unitAwards, { params: { id: unitId } })
        : Promise.resolve([] as UnitAward[]),
    [unitId],
  );
  const all = units.data ?? [];
  const visible = showClosed ? all : all.filter((u) => u.active);
  const tree = useMemo(
    () =>
      buildTree(visible, (u) =>
        u.activeTo ? t('ngừng từ {d}', { d: formatDateVi(u.activeTo) }) : t('đã ngừng'),
      ),
    [visible, t],
  );
  const selected = all.find((u) => u.id === unitId) ?? null;
  const isCommune = unitId === me.tenantId;

  const done = (c: UnitChange, text: string) => {
    units.setData(c.units);
    setUnitId(c.unit.id);
    void detail.reload();
    void awards.reload();
    setDialog(null);
    message.success(t(text));
  };

  return (
    <div>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Đơn vị')}
        </Typography.Title>
        {manage && (
          <Space wrap>
            <Button
              type="primary"
              onClick={() => {
                // the page's button adds a unit directly under the commune; "Thêm đơn vị trực thuộc" in a
                // unit's panel adds one under that unit
                setAddUnder(me.tenantId);
                setDialog('add');
              }}
            >
              {t('Thêm đơn vị')}
            </Button>
            <Button onClick={() => setDialog('merge')}>{t('Hợp nhất đơn vị')}</Button>
          </Space>
        )}
      </Space>
      <ApiErrorAlert error={units.error ?? detail.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card
            size="small"
            title={t('Cơ cấu tổ chức')}
            extra={
              <Space size={4}>
                <Switch
                  size="small"
                  checked={showClosed}
                  onChange={setShowClosed}
                  aria-label={t('Hiện đơn vị đã ngừng')}
                />
                <Typography.Text type="secondary">{t('Hiện đơn vị đã ngừng')}</Typography.Text>
              </Space>
            }
          >
            {tree.length > 0 && (
              <Tree
                treeData={tree}
                expandedKeys={visible.map((u) => u.id).filter((id) => !folded.has(id))}
                onExpand={(keys) => {
                  const open = new Set(keys.map(String));
                  setFolded(new Set(visible.map((u) => u.id).filter((id) => !open.has(id))));
                }}
                selectedKeys={unitId ? [unitId] : []}
                onSelect={(keys) => setUnitId(keys[0] ? String(keys[0]) : undefined)}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          {detail.data ? (
            <UnitPanel
              unit={detail.data}
              parentName={all.find((u) => u.id === detail.data?.parentId)?.name ?? null}
              awards={awards.data ?? []}
              isCommune={isCommune}
              manage={manage}
              onAction={(d) => {
                if (d === 'add') setAddUnder(unitId ?? me.tenantId);
                setDialog(d);
              }}
            />
          ) : (
            <Card size="small">
              <Empty description={t('Chọn một đơn vị trong cây để xem chi tiết.')} />
            </Card>
          )}
        </Col>
      </Row>
      <UnitFormModal
        open={dialog === 'add' || dialog === 'edit'}
        unit={dialog === 'edit' ? selected : null}
        parentId={dialog === 'add' ? (addUnder ?? unitId ?? me.tenantId) : null}
        units={all}
        onClose={() => setDialog(null)}
        onDone={(c) => done(c, dialog === 'edit' ? 'Đã lưu đơn vị.' : 'Đã thêm đơn vị.')}
      />
      <MergeModal
        open={dialog === 'merge'}
        first={isCommune ? null : (unitId ?? null)}
        units={all}
        communeId={me.tenantId}
        onClose={() => setDialog(null)}
        onDone={(c) => done(c, 'Đã hợp nhất đơn vị.')}
      />
      <SplitModal
        open={dialog === 'split'}
        unit={selected}
        units={all}
        communeId={me.tenantId}
        onClose={() => setDialog(null)}
        onDone={(c) => done(c, 'Đã chia tách đơn vị.')}
      />
      <DeactivateModal
        open={dialog === 'deactivate'}
        unit={selected}
        onClose={() => setDialog(null)}
        onDone={(c) => done(c, 'Đã ngừng hoạt động đơn vị.')}
      />
    </div>
  );
}

function UnitPanel({
  unit,
  parentName,
  awards,
  isCommune,
  manage,
  onAction,
}: {
  unit: UnitDetail;
  parentName: string | null;
  awards: UnitAward[];
  isCommune: boolean;
  manage: boolean;
  onAction: (d: Dialog) => void;
}) {
  const { t } = useI18n();
  const open = unit.activeTo === null;
  const lineage = [
    ...unit.predecessors.map((p) => ({ ...p, from: true })),
    ...unit.successors.map((p) => ({ ...p, from: false })),
  ];
  const lineageText = (l: (typeof lineage)[number]) =>
    l.changeKind === 'MERGE'
      ? l.from
        ? t('{u} hợp nhất vào đơn vị này', { u: l.name })
        : t('Hợp nhất vào {u}', { u: l.name })
      : l.from
        ? t('Chia tách từ {u}', { u: l.name })
        : t('Chia tách thành {u}', { u: l.name });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        size="small"
        title={
          <Space wrap>
            {unit.name}
            {!open && <Tag>{t('Đã ngừng')}</Tag>}
          </Space>
        }
      >
        {manage && open && (
          <Space wrap style={{ marginBottom: 12 }}>
            <Button size="small" onClick={() => onAction('add')}>
              {t('Thêm đơn vị trực thuộc')}
            </Button>
            {!isCommune && (
              <>
                <Button size="small" onClick={() => onAction('edit')}>
                  {t('Sửa')}
                </Button>
                <Button size="small" onClick={() => onAction('merge')}>
                  {t('Hợp nhất')}
                </Button>
                <Button size="small" onClick={() => onAction('split')}>
                  {t('Chia tách')}
                </Button>
                <Button size="small" danger onClick={() => onAction('deactivate')}>
                  {t('Ngừng hoạt động')}
                </Button>
              </>
            )}
          </Space>
        )}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
          <Descriptions.Item label={t('Mã')}>{unit.code}</Descriptions.Item>
          <Descriptions.Item label={t('Loại')}>
            {t(UNIT_KIND_LABELS[unit.kind] ?? unit.kind)}
          </Descriptions.Item>
          {parentName && <Descriptions.Item label={t('Đơn vị cấp trên')}>{parentName}</Descriptions.Item>}
          {unit.shortName && <Descriptions.Item label={t('Tên ngắn')}>{unit.shortName}</Descriptions.Item>}
          <Descriptions.Item label={t('Số thành viên')}>{unit.memberCount ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('Địa chỉ')}>{unit.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('Thống kê')}>
            <Space size={4} wrap>
              {unit.smallCollective && <Tag>{t('Tập thể nhỏ')}</Tag>}
              {unit.directWork && <Tag>{t('Trực tiếp lao động')}</Tag>}
              {!unit.smallCollective && !unit.directWork && '—'}
            </Space>
          </Descriptions.Item>
          {unit.activeFrom && (
            <Descriptions.Item label={t('Thành lập')}>{formatDateVi(unit.activeFrom)}</Descriptions.Item>
          )}
          {unit.activeTo && (
            <Descriptions.Item label={t('Ngừng từ')}>{formatDateVi(unit.activeTo)}</Descriptions.Item>
          )}
        </Descriptions>
        <div style={{ marginTop: 12 }}>
          <Link to={`/ca-nhan?unitId=${encodeURIComponent(unit.id)}`}>
            {t('Cá nhân của đơn vị ({n})', { n: String(unit.peopleCount) })}
          </Link>
        </div>
      </Card>
      {lineage.length > 0 && (
        <Card size="small" title={t('Sáp nhập, chia tách')}>
          <List
            size="small"
            dataSource={lineage}
            renderItem={(l) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <span>
                    {lineageText(l)} — {formatDateVi(l.effectiveDate)}
                  </span>
                  {l.basis && <Typography.Text type="secondary">{l.basis}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small" title={t('Khen thưởng tập thể (kể cả đơn vị tiền thân)')}>
        <Table<UnitAward>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={awards}
          scroll={{ x: 520 }}
          locale={{ emptyText: t('Chưa có khen thưởng.') }}
          columns={[
            { title: t('Năm'), dataIndex: 'year', width: 60 },
            { title: t('Hình thức'), dataIndex: 'awardCode', render: (c: string) => getAward(c)?.name ?? c },
            { title: t('Quyết định'), render: (_, a) => `${a.decision} — ${formatDateVi(a.decisionDate)}` },
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
    </Space>
  );
}
