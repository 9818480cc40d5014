import { Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { reviewsApi } from '../../../contract/reviews';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { RankingCard } from './RankingCard';
import { ReviewRecordCard } from './ReviewRecordCard';
import { ScoreSheetCard } from './ScoreSheetCard';
import '../../i18n/en-cycle';

/** A review (sơ kết / tổng kết): score sheets, ranking, lock, proposals, and the review record. */
export function ScoringPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, reload, setData } = useData(
    () => api.call(reviewsApi.getReview, { params: { id } }),
    [id],
  );
  if (!data) return <ApiErrorAlert error={error} />;
  return (
    <div>
      {data.movementId && <Link to={`/phong-trao/${data.movementId}`}>← {t('Về phong trào')}</Link>}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data.title}
        </Typography.Title>
        {data.status === 'LOCKED' ? (
          <Tag color="purple" data-testid="review-status">
            {t('Đã khóa kết quả')} {data.lockedOn ? formatDateVi(data.lockedOn) : ''}
          </Tag>
        ) : (
          <Tag color="green" data-testid="review-status">
            {t('Đang chấm điểm')}
          </Tag>
        )}
      </Space>
      <ApiErrorAlert error={error} />
      <ScoreSheetCard review={data} onSaved={setData} />
      <RankingCard review={data} onLocked={setData} onChanged={reload} />
      <ReviewRecordCard review={data} onSaved={setData} />
    </div>
  );
}
