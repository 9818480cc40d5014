import { App, Button, Card, Input, InputNumber, Segmented, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { Criterion } from '../../../contract/movements';
import type { ReviewView } from '../../../contract/reviews';
import { scoringApi } from '../../../contract/scoring';
import { seesWholeCommune } from '../../../core/auth/roles';
import { type ApiError, api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-cycle';

type Role = 'SELF' | 'REVIEWER';
interface Cell {
  value: number | null;
  evidence: string;
}

/** One score sheet: the unit head scores their unit with evidence; a council member or the officer scores any unit. */
export function ScoreSheetCard({
  review,
  onSaved,
}: {
  review: ReviewView;
  onSaved: (r: ReviewView) => void;
}) {
  const me = useMe();
  const may = useCan();
  const { t } = useI18n();
  const { message } = App.useApp();
  const isHead = !seesWholeCommune(me.role);
  const canReview = may('score.review');
  /** Officers may enter a unit's self score on its behalf. */
  const canSelfOnBehalf = !isHead && may('score.self');
  const [role, setRole] = useState<Role>(isHead ? 'SELF' : 'REVIEWER');
  const [unitId, setUnitId] = useState<string | undefined>(
    isHead ? (me.unitId ?? undefined) : review.units[0]?.id,
  );
  const [cells, setCells] = useState<Record<string, Cell>>({});
  const [err, setErr] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const sheet = review.sheets.find(
      (s) => s.unitId === unitId && s.role === role && (role === 'SELF' || s.reviewerId === me.id),
    );
    const next: Record<string, Cell> = {};
    for (const c of review.criteria) {
      const sc = sheet?.scores.find((x) => x.criterionId === c.id);
      next[c.id] = { value: sc?.value ?? null, evidence: sc?.evidence ?? '' };
    }
    setCells(next);
    setErr(null);
  }, [review, unitId, role, me.id]);

  if (review.status === 'LOCKED' || !(isHead || canReview)) return null;
  if (isHead && !review.units.some((u) => u.id === me.unitId)) return null;
  const set = (id: string, patch: Partial<Cell>) =>
    setCells((c) => ({ ...c, [id]: { ...(c[id] ?? { value: null, evidence: '' }), ...patch } }));

  const save = async () => {
    if (!unitId) return;
    setSaving(true);
    setErr(null);
    try {
      const scores = review.criteria
        .filter((c) => cells[c.id]?.value !== null && cells[c.id]?.value !== undefined)
        .map((c) => ({
          criterionId: c.id,
          value: cells[c.id]?.value as number,
          evidence: cells[c.id]?.evidence || null,
        }));
      const view = await api.call(scoringApi.saveScores, {
        params: { id: review.id },
        body: { unitId, role, scores },
      });
      message.success(t('Đã lưu bảng điểm.'));
      onSaved(view);
    } catch (e) {
      setErr(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={t('Phiếu chấm điểm')} style={{ marginTop: 16 }} data-testid="score-sheet">
      <Space wrap style={{ marginBottom: 12 }}>
        {(canSelfOnBehalf || (canReview && isHead)) && (
          <Segmented<Role>
            value={role}
            onChange={setRole}
            options={[
              { value: 'REVIEWER', label: t('Chấm thẩm định (Hội đồng)') },
              { value: 'SELF', label: t('Đơn vị tự chấm') },
            ]}
          />
        )}
        <Select
          style={{ width: 360 }}
          value={unitId}
          onChange={setUnitId}
          disabled={isHead}
          aria-label={t('Đơn vị được chấm')}
          options={review.units.map((u) => ({ value: u.id, label: u.name }))}
          showSearch
          optionFilterProp="label"
        />
      </Space>
      <ApiErrorAlert error={err} />
      <Table<Criterion>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={review.criteria}
        columns={[
          {
            title: t('Tiêu chí'),
            dataIndex: 'name',
            render: (n: string, c) => (
              <>
                {n}
                <div style={{ color: '#888' }}>
                  {t('Trọng số')} {c.weight} · {t('thang điểm')} {c.minScore}–{c.maxScore}
                </div>
              </>
            ),
          },
          {
            title: t('Điểm'),
            width: 110,
            render: (_, c) => (
              <InputNumber
                aria-label={`${t('Điểm')} ${c.name}`}
                value={cells[c.id]?.value ?? null}
                onChange={(v) => set(c.id, { value: typeof v === 'number' ? v : null })}
                style={{ width: 90 }}
              />
            ),
          },
          {
            title: role === 'SELF' ? t('Minh chứng') : t('Ghi chú, minh chứng đã xem'),
            render: (_, c) => (
              <Input
                aria-label={`${t('Minh chứng')} ${c.name}`}
                value={cells[c.id]?.evidence ?? ''}
                onChange={(e) => set(c.id, { evidence: e.target.value })}
              />
            ),
          },
        ]}
      />
      <Button type="primary" style={{ marginTop: 12 }} onClick={save} loading={saving} disabled={!unitId}>
        {t('Lưu bảng điểm')}
      </Button>
    </Card>
  );
}
