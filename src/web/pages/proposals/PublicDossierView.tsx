import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { PublicProposal } from '../../../contract/proposals';
import { PROPOSAL_STATUS_LABELS } from '../../../core/dossier/proposal-workflow';
import { getAward } from '../../../core/law';
import { useI18n, useLabel } from '../../i18n/i18n';
import '../../i18n/en-dossier-access';
import { STATUS_COLORS, SUBJECT_KIND_LABELS } from '../../labels';

/** The public part of a dossier, shown to a reader who declared a conflict of interest with it. */
export function PublicDossierView({ p }: { p: PublicProposal }) {
  const { t } = useI18n();
  const label = useLabel();
  return (
    <div>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {p.subjectName}{' '}
        <Tag color={STATUS_COLORS[p.status]} data-testid="proposal-status">
          {label(PROPOSAL_STATUS_LABELS[p.status])}
        </Tag>
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        style={{ margin: '16px 0' }}
        data-testid="conflict-note"
        message={t('Bạn đã khai báo xung đột lợi ích với hồ sơ này — chỉ xem phần công khai')}
        description={t(
          'Báo cáo thành tích, kết quả kiểm tra điều kiện theo Luật, lịch sử xử lý và các văn bản của hồ sơ không hiển thị với bạn.',
        )}
      />
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('Hình thức khen thưởng')}>
          {getAward(p.awardCode)?.name ?? p.awardCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('Đối tượng')}>
          {label(SUBJECT_KIND_LABELS[p.subjectKind])}
        </Descriptions.Item>
        <Descriptions.Item label={t('Đơn vị đề nghị')}>{p.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('Năm thành tích')}>{p.year}</Descriptions.Item>
        <Descriptions.Item label={t('Tóm tắt thành tích')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{p.achievement ?? t('Chưa công khai')}</div>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
