import { App, Button, Card, Descriptions, Input, List, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type ReviewView, reviewsApi } from '../../../contract/reviews';
import { seesWholeCommune } from '../../../core/auth/roles';
import { CLASSIFICATION_LABELS, CLASSIFICATIONS, formatScore } from '../../../core/scoring';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { useCan } from '../../auth/use-can';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The review record (báo cáo sơ kết / tổng kết): figures computed from the data, the assessment, units' reports. */
export function ReviewRecordCard({
  review,
  onSaved,
}: {
  review: ReviewView;
  onSaved: (r: ReviewView) => void;
}) {
  const me = useMe();
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const f = review.figures;
  const [text, setText] = useState(review.assessment ?? '');
  const own = review.units.find((u) => u.id === me.unitId);
  const [unitText, setUnitText] = useState(own?.assessment ?? '');
  useEffect(() => {
    setText(review.assessment ?? '');
    setUnitText(review.units.find((u) => u.id === me.unitId)?.assessment ?? '');
  }, [review, me.unitId]);
  const canAssess = may('review.manage');
  const open = review.status === 'OPEN';
  /** A unit head sends their own unit's report while the review is open; the others read the reports. */
  const reportsOwn = own && open && !seesWholeCommune(me.role) && may('review.report', { unitId: own.id });

  const save = async (send: () => Promise<ReviewView>) => {
    try {
      const view = await send();
      message.success(t('Đã lưu.'));
      onSaved(view);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      size="small"
      title={t('Báo cáo {k}', { k: t(review.kindLabel).toLowerCase() })}
      style={{ marginTop: 16 }}
      data-testid="review-record"
    >
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('Đơn vị tham gia')}>{f.participants}</Descriptions.Item>
        <Descriptions.Item label={t('Đã đăng ký thi đua')}>
          {f.registered} ({pct(f.registrationShare)})
        </Descriptions.Item>
        <Descriptions.Item label={t('Đã chấm điểm')}>{f.scored}</Descriptions.Item>
        <Descriptions.Item label={t('Điểm bình quân')}>{formatScore(f.averageTotal)}</Descriptions.Item>
        <Descriptions.Item label={t('Đơn vị có chênh lệch điểm')}>
          {f.unitsWithDisagreements}
        </Descriptions.Item>
        <Descriptions.Item label={t('Đề nghị khen thưởng / đã khen')}>
          {f.proposals} / {f.awards}
        </Descriptions.Item>
        <Descriptions.Item label={t('Xếp loại')} span={3}>
          {CLASSIFICATIONS.map((c) => `${t(CLASSIFICATION_LABELS[c])}: ${f.byClassification[c] ?? 0}`).join(
            ' · ',
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {review.status === 'LOCKED'
          ? t('Số liệu chốt khi khóa kết quả ngày {d}.', { d: formatDateVi(review.lockedOn ?? f.asOf) })
          : t('Số liệu tính từ dữ liệu đến ngày {d}.', { d: formatDateVi(f.asOf) })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('Kết quả từng đơn vị')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={review.units}
        style={{ marginBottom: 16 }}
        data-testid="unit-records"
        columns={[
          { title: t('Đơn vị'), dataIndex: 'name' },
          {
            title: t('Đăng ký'),
            width: 200,
            render: (_, u) =>
              u.figures?.registered ? (
                u.figures.registeredTitles.map((c) => <Tag key={c}>{c}</Tag>)
              ) : (
                <Tag color="red">{t('Chưa đăng ký')}</Tag>
              ),
          },
          {
            title: t('Xếp hạng'),
            width: 100,
            render: (_, u) => (u.figures?.result ? `${u.figures.result.rank}/${u.figures.result.of}` : '—'),
          },
          {
            title: t('Tổng điểm'),
            width: 100,
            align: 'right',
            render: (_, u) => (u.figures?.result ? formatScore(u.figures.result.finalTotal) : '—'),
          },
          {
            title: t('Xếp loại'),
            width: 110,
            render: (_, u) =>
              u.figures?.result
                ? t(
                    CLASSIFICATION_LABELS[
                      u.figures.result.classification as keyof typeof CLASSIFICATION_LABELS
                    ] ?? u.figures.result.classification,
                  )
                : '—',
          },
          {
            title: t('Chỉ tiêu chủ trì'),
            width: 130,
            render: (_, u) =>
              u.figures && u.figures.targets.total > 0
                ? `${u.figures.targets.completed}/${u.figures.targets.total}`
                : '—',
          },
          { title: t('Báo cáo'), dataIndex: 'assessment', render: (a: string | null) => a ?? '' },
        ]}
      />
      <Typography.Title level={5}>{t('Đánh giá chung')}</Typography.Title>
      {canAssess ? (
        <>
          <Input.TextArea
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-label={t('Đánh giá chung')}
          />
          <Button
            style={{ marginTop: 8 }}
            onClick={() =>
              save(() =>
                api.call(reviewsApi.saveAssessment, {
                  params: { id: review.id },
                  body: { assessment: text },
                }),
              )
            }
          >
            {t('Lưu đánh giá')}
          </Button>
        </>
      ) : (
        <Typography.Paragraph>{review.assessment || t('Chưa có đánh giá.')}</Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('Báo cáo của đơn vị')}
      </Typography.Title>
      {own && reportsOwn ? (
        <>
          <Input.TextArea
            rows={3}
            value={unitText}
            onChange={(e) => setUnitText(e.target.value)}
            aria-label={t('Báo cáo của đơn vị')}
          />
          <Button
            style={{ marginTop: 8 }}
            onClick={() =>
              save(() =>
                api.call(reviewsApi.saveUnitReport, {
                  params: { id: review.id, unitId: own.id },
                  body: { assessment: unitText },
                }),
              )
            }
          >
            {t('Gửi báo cáo')}
          </Button>
        </>
      ) : (
        <List
          size="small"
          dataSource={review.units.filter((u) => u.assessment)}
          locale={{ emptyText: t('Chưa có đơn vị nào gửi báo cáo.') }}
          renderItem={(u) => (
            <List.Item>
              <b>{u.name}:</b>&nbsp;{u.assessment}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
