import { Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { examplesApi } from '../../../contract/examples';
import { EXAMPLE_STAGE_LABELS } from '../../../core/examples';
import { formatDateVi, matchesSearch } from '../../../core/text';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { STAGE_COLORS } from './example-labels';
import '../../i18n/en-examples';

/** Public page (no login): the commune's summed-up typical examples, to make them known (tuyên truyền). */
export function PublicExamplesPage() {
  const { t } = useI18n();
  const { data, error } = useData(() => api.call(examplesApi.listPublicExamples, {}), []);
  const [q, setQ] = useState('');
  const rows = (data ?? []).filter(
    (x) => !q || matchesSearch(`${x.title} ${x.subjectName} ${x.unitName} ${x.model}`, q),
  );
  return (
    <div style={{ maxWidth: 960, margin: '24px auto', padding: 16 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <Typography.Title level={3} style={{ color: '#b71c1c' }}>
          {t('Gương điển hình tiên tiến')}
        </Typography.Title>
        <LanguageSwitch />
      </div>
      <Typography.Paragraph type="secondary">
        {t('Những mô hình, cách làm hay đã được tổng kết để học tập và nhân rộng.')}
      </Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder={t('Tìm theo tên, mô hình (không cần dấu)')}
        onChange={(ev) => setQ(ev.target.value)}
        style={{ maxWidth: 360, marginBottom: 16 }}
      />
      <ApiErrorAlert error={error} />
      {data && rows.length === 0 && <Empty description={t('Chưa có điển hình nào được công bố.')} />}
      {rows.map((x) => (
        <Card
          key={x.id}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="public-example"
          title={<span style={{ whiteSpace: 'normal' }}>{x.title}</span>}
          extra={<Tag color={STAGE_COLORS[x.stage]}>{t(EXAMPLE_STAGE_LABELS[x.stage])}</Tag>}
        >
          <div>
            <b>{x.subjectName}</b> — {x.unitName}, {x.commune}
          </div>
          <Space size={4} style={{ margin: '4px 0' }}>
            <Tag>{t(x.field)}</Tag>
            <Tag>{x.year}</Tag>
          </Space>
          <Typography.Paragraph style={{ margin: '8px 0' }}>
            <i>{t('Mô hình, cách làm hay')}:</i> {x.model}
          </Typography.Paragraph>
          {x.story && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{x.story}</Typography.Paragraph>
          )}
          {x.replicatedIn.length > 0 && (
            <div>
              {t('Đã nhân rộng tại')}:{' '}
              {x.replicatedIn.map((r) => `${r.unitName} (${formatDateVi(r.adoptedOn)})`).join('; ')}
            </div>
          )}
          {x.media.length > 0 && (
            <div style={{ marginTop: 4 }}>
              {t('Báo chí, truyền thông')}:{' '}
              {x.media.map((m, i) => (
                <span key={`${m.date}-${m.outlet}-${m.title}`}>
                  {i > 0 && '; '}
                  {m.link ? (
                    <a href={m.link} target="_blank" rel="noreferrer">
                      {m.title}
                    </a>
                  ) : (
                    m.title
                  )}
                  {m.outlet ? ` — ${m.outlet}` : ''}, {formatDateVi(m.date)}
                </span>
              ))}
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}
