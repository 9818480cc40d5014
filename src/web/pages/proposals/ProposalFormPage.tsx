import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { movementsApi } from '../../../contract/movements';
import { organisationsApi } from '../../../contract/organisations';
import { type ProposalBody, proposalsApi } from '../../../contract/proposals';
import { seesWholeCommune } from '../../../core/auth/roles';
import {
  ACHIEVEMENT_BASIS_LABELS,
  type AchievementBasis,
  AWARDS,
  basesFor,
  defaultBasis,
  type SubjectKind,
} from '../../../core/law';
import { ApiError, api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { SUBJECT_KIND_LABELS } from '../../labels';
import { LawVerdictPanel } from './LawVerdictPanel';

interface Values {
  unitId?: string;
  movementId?: string | null;
  subjectKind: SubjectKind;
  personId?: string | null;
  subjectUnitId?: string | null;
  householdId?: string | null;
  awardCode: string;
  year: number;
  achievement: string;
  /** what the achievement is (one achievement, one award — khoản 2 Điều 5) */
  achievementBasis?: AchievementBasis;
  achievementRef?: string | null;
}

export function ProposalFormPage() {
  const { id } = useParams();
  const me = useMe();
  const { t } = useI18n();
  const label = useLabel();
  const nav = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form) as Values | undefined;
  const { data, error, loading } = useData(async () => {
    const [units, movements, people, households, proposal] = await Promise.all([
      api.call(organisationsApi.listUnits, {}),
      api.call(movementsApi.listMovements, {}),
      api.call(organisationsApi.listPeople, {}),
      api.call(organisationsApi.listHouseholds, {}),
      id ? api.call(proposalsApi.getProposal, { params: { id } }) : Promise.resolve(null),
    ]);
    // only a dossier read in full can be edited (a declared conflict of interest shows its public part only)
    if (proposal && proposal.access !== 'FULL')
      throw new ApiError(403, 'CONFLICT_OF_INTEREST', proposal.note);
    return { units, movements, people, households, proposal };
  }, [id]);

  useEffect(() => {
    if (!data) return;
    const p = data.proposal;
    form.setFieldsValue(
      p
        ? {
            unitId: p.unitId,
            movementId: p.movementId,
            subjectKind: p.subjectKind,
            personId: p.personId,
            subjectUnitId: p.subjectUnitId,
            householdId: p.householdId,
            awardCode: p.awardCode,
            year: p.year,
            achievement: p.achievement,
            achievementBasis: p.achievementBasis,
            achievementRef: p.achievementRef,
          }
        : {
            unitId: me.unitId ?? undefined,
            subjectKind: 'INDIVIDUAL',
            awardCode: 'GK_XA_REGULAR',
            year: new Date().getFullYear(),
            achievement: '',
          },
    );
  }, [data, form, me.unitId]);

  const unitId = values?.unitId ?? me.unitId ?? undefined;
  const kind = values?.subjectKind ?? 'INDIVIDUAL';
  const awards = useMemo(() => AWARDS.filter((a) => a.subjects.includes(kind)), [kind]);
  const people = (data?.people ?? []).filter((p) => !unitId || p.unitId === unitId);
  const units = (data?.units ?? []).filter((u) => u.active && u.level !== 'XA');
  const collectives = units.filter((u) => !unitId || u.id === unitId || u.parentId === unitId);
  const households = (data?.households ?? []).filter((h) => !unitId || h.unitId === unitId);
  const awardCode = values?.awardCode ?? 'GK_XA_REGULAR';
  const bases = basesFor(awardCode);
  const basis =
    values?.achievementBasis && bases.includes(values.achievementBasis)
      ? values.achievementBasis
      : defaultBasis(awardCode);
  // An award takes its usual basis unless it allows a choice; a choice it does not allow is put back.
  useEffect(() => {
    if (values?.achievementBasis && !bases.includes(values.achievementBasis))
      form.setFieldValue('achievementBasis', defaultBasis(awardCode));
  }, [awardCode, bases, values?.achievementBasis, form]);
  const needsRef = basis === 'SUDDEN' || (basis === 'MOVEMENT' && !values?.movementId);
  const sameAchievement = saveError?.code === 'SAME_ACHIEVEMENT' ? saveError : null;

  const save = async (v: Values, submit: boolean) => {
    setSaving(true);
    setSaveError(null);
    try {
      const body: ProposalBody = {
        ...v,
        unitId: v.unitId ?? me.unitId ?? undefined,
        achievementBasis: basis,
        achievementRef: needsRef ? (v.achievementRef ?? null) : null,
      };
      const saved = data?.proposal
        ? await api.call(proposalsApi.updateProposal, {
            params: { id: data.proposal.id },
            body: { ...body, version: data.proposal.version },
          })
        : await api.call(proposalsApi.createProposal, { body });
      if (submit)
        await api.call(proposalsApi.actOnProposal, { params: { id: saved.id, action: 'submit' }, body: {} });
      message.success(submit ? t('Đã gửi đề nghị.') : t('Đã lưu đề nghị.'));
      nav(`/de-nghi/${saved.id}`);
    } catch (e) {
      setSaveError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  if (loading && !data) return <Spin />;
  if (id && !data) return <ApiErrorAlert error={error} />;
  return (
    <div>
      <Typography.Title level={3}>
        {data?.proposal ? t('Sửa đề nghị khen thưởng') : t('Lập đề nghị khen thưởng')}
      </Typography.Title>
      <ApiErrorAlert error={error ?? (sameAchievement ? null : saveError)} />
      {data?.proposal?.status === 'RETURNED' && (
        <Card size="small" style={{ marginBottom: 16, borderColor: '#fa8c16' }}>
          <b>{t('Đề nghị bị trả lại:')}</b> {data.proposal.returnReason}
          <ul>
            {data.proposal.returnMissing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Card>
      )}
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <Form form={form} layout="vertical" onFinish={(v) => save(v, false)}>
            {seesWholeCommune(me.role) && (
              <Form.Item
                name="unitId"
                label={t('Đơn vị đề nghị')}
                rules={[{ required: true, message: t('Chưa chọn đơn vị đề nghị') }]}
              >
                <Select {...vietnameseSearch} options={units.map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
            )}
            <Form.Item name="movementId" label={t('Phong trào thi đua')}>
              <Select
                allowClear
                {...vietnameseSearch}
                placeholder={t('Khen thưởng thường xuyên (không gắn phong trào)')}
                options={(data?.movements ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
            <Form.Item name="subjectKind" label={t('Đối tượng')}>
              <Radio.Group
                options={Object.entries(SUBJECT_KIND_LABELS).map(([value, l]) => ({
                  value,
                  label: label(l),
                }))}
              />
            </Form.Item>
            {kind === 'INDIVIDUAL' && (
              <Form.Item
                name="personId"
                label={t('Cá nhân')}
                rules={[{ required: true, message: t('Chưa chọn cá nhân') }]}
              >
                <Select
                  {...vietnameseSearch}
                  placeholder={t('Gõ tên để tìm (không cần dấu)')}
                  options={people.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.position ?? ''}` }))}
                />
              </Form.Item>
            )}
            {kind === 'COLLECTIVE' && (
              <Form.Item
                name="subjectUnitId"
                label={t('Tập thể')}
                rules={[{ required: true, message: t('Chưa chọn tập thể') }]}
              >
                <Select
                  {...vietnameseSearch}
                  options={collectives.map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            )}
            {kind === 'HOUSEHOLD' && (
              <Form.Item
                name="householdId"
                label={t('Hộ gia đình')}
                rules={[{ required: true, message: t('Chưa chọn hộ gia đình') }]}
              >
                <Select
                  {...vietnameseSearch}
                  options={households.map((h) => ({
                    value: h.id,
                    label: `${h.headName} — ${h.address ?? ''}`,
                  }))}
                />
              </Form.Item>
            )}
            <Space wrap>
              <Form.Item name="awardCode" label={t('Hình thức khen thưởng')} rules={[{ required: true }]}>
                <Select
                  style={{ width: 420 }}
                  options={awards.map((a) => ({ value: a.code, label: a.name }))}
                />
              </Form.Item>
              <Form.Item name="year" label={t('Năm thành tích')} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
            </Space>
            {bases.length > 1 ? (
              <Form.Item
                name="achievementBasis"
                label={t('Khen thưởng cho thành tích')}
                extra={t(
                  'Một thành tích chỉ được khen một lần, bằng một hình thức (khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022).',
                )}
              >
                <Select
                  style={{ maxWidth: 520 }}
                  placeholder={t(ACHIEVEMENT_BASIS_LABELS[defaultBasis(awardCode)])}
                  options={bases.map((b) => ({ value: b, label: t(ACHIEVEMENT_BASIS_LABELS[b]) }))}
                />
              </Form.Item>
            ) : (
              <Typography.Paragraph type="secondary">
                {t('Khen thưởng cho thành tích')}: {t(ACHIEVEMENT_BASIS_LABELS[basis])}
              </Typography.Paragraph>
            )}
            {needsRef && (
              <Form.Item
                name="achievementRef"
                label={
                  basis === 'SUDDEN'
                    ? t('Hành động, sự việc đột xuất (ngày, nội dung)')
                    : t('Tên phong trào (khi không có trong danh sách phong trào)')
                }
                rules={[{ max: 200, message: t('Tối đa 200 ký tự') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            )}
            {/* a second award for the same achievement: shown here, beside what the achievement is */}
            <ApiErrorAlert error={sameAchievement} />
            <Form.Item
              name="achievement"
              label={t('Tóm tắt thành tích')}
              rules={[{ required: true, min: 10, message: t('Tóm tắt thành tích ít nhất 10 ký tự') }]}
            >
              <Input.TextArea rows={6} showCount maxLength={5000} />
            </Form.Item>
            <Space>
              <Button htmlType="submit" loading={saving}>
                {t('Lưu nháp')}
              </Button>
              <Button
                type="primary"
                loading={saving}
                onClick={async () => save(await form.validateFields(), true)}
              >
                {t('Lưu và gửi')}
              </Button>
              <Button onClick={() => nav(-1)}>{t('Hủy')}</Button>
            </Space>
          </Form>
        </Col>
        <Col xs={24} lg={10}>
          <LawVerdictPanel
            awardCode={values?.awardCode}
            subjectKind={kind}
            personId={kind === 'INDIVIDUAL' ? (values?.personId ?? undefined) : undefined}
            subjectUnitId={kind === 'COLLECTIVE' ? (values?.subjectUnitId ?? undefined) : undefined}
            householdId={kind === 'HOUSEHOLD' ? (values?.householdId ?? undefined) : undefined}
            year={values?.year}
            movementId={values?.movementId ?? undefined}
            achievementBasis={basis}
            achievementRef={needsRef ? values?.achievementRef : null}
            editedProposalId={data?.proposal?.id}
          />
        </Col>
      </Row>
    </div>
  );
}
