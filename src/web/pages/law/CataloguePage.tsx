import { Card, Collapse, Descriptions, Input, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  AWARDS,
  type Award,
  allowedHoldersText,
  DEFAULT_PROFILE,
  PROFILE_SETTINGS,
  RULES,
  WARNING_RULES,
} from '../../../core/law';
import { foldVietnamese } from '../../../core/text';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-law';
import { QuotaSettingsCard } from './QuotaSettingsCard';

const SUBJECT: Record<string, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};
const period = (from?: string, to?: string) => `${from ?? '…'} → ${to ?? 'nay'}`;

/** "Danh mục khen thưởng": every title and form with its facts and articles, and every rule the engine checks. */
export function CataloguePage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const awards = useMemo(
    () => AWARDS.filter((a) => !q || foldVietnamese(`${a.code} ${a.name}`).includes(foldVietnamese(q))),
    [q],
  );
  const rulesOf = (a: Award) => RULES.filter((r) => r.awards === 'ALL' || r.awards.includes(a.code));
  return (
    <div>
      <Typography.Title level={3}>{t('Danh mục khen thưởng')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(
          'Danh hiệu thi đua (công nhận kết quả thi đua hằng năm) khác hình thức khen thưởng (Giấy khen, Bằng khen, Huân chương). Mỗi điều kiện kèm điều khoản để cán bộ đối chiếu.',
        )}
      </Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder={t('Tìm theo tên hoặc mã (không cần dấu)')}
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Collapse
        data-testid="catalogue"
        items={awards.map((a) => ({
          key: a.code,
          label: (
            <>
              {a.name}{' '}
              <Tag color={a.kind === 'DANH_HIEU' ? 'blue' : 'purple'}>
                {a.kind === 'DANH_HIEU' ? t('Danh hiệu thi đua') : t('Hình thức khen thưởng')}
              </Tag>
              <Tag>{a.code}</Tag>
            </>
          ),
          children: (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('Đối tượng')}>
                {a.subjects.map((s) => t(SUBJECT[s] ?? s)).join(', ')}
                {a.collectiveScope
                  ? ` (${a.collectiveScope === 'XA' ? t('xã') : t('thôn, tổ dân phố')})`
                  : ''}
                {a.holders && (
                  <div>
                    {t('Chỉ dành cho')}:{' '}
                    {a.subjects
                      .map((s) => allowedHoldersText(a, s))
                      .filter(Boolean)
                      .join('; ')}{' '}
                    <Typography.Text type="secondary">({a.holders.article})</Typography.Text>
                  </div>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('Tiêu chuẩn')}>
                <ul style={{ margin: 0 }}>
                  {a.criteria.map((c) => (
                    <li key={c.text}>
                      {c.text} — <i>{c.article}</i>
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
              {a.prerequisites.length > 0 && (
                <Descriptions.Item label={t('Điều kiện trước')}>
                  <ul style={{ margin: 0 }}>
                    {a.prerequisites.map((c) => (
                      <li key={c.text}>
                        {c.text} — <i>{c.article}</i>
                      </li>
                    ))}
                  </ul>
                </Descriptions.Item>
              )}
              {a.quota && (
                <Descriptions.Item label={t('Tỷ lệ')}>
                  {a.quota.text} — <i>{a.quota.article}</i>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('Thẩm quyền quyết định')}>
                <ul style={{ margin: 0 }}>
                  {a.decider.map((d) => (
                    <li key={`${d.title}${d.from}`}>
                      {period(d.from, d.to)}: {d.title} — <i>{d.article}</i>
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
              <Descriptions.Item label={t('Hệ số tiền thưởng')}>
                <ul style={{ margin: 0 }}>
                  {a.coefficients.map((c) => (
                    <li key={c.from}>
                      {period(c.from, c.to)}: {c.coefficient?.toLocaleString('vi-VN') ?? t('không')}
                      {c.bySubject
                        ? `; ${Object.entries(c.bySubject)
                            .map(([k, v]) => `${t(SUBJECT[k] ?? k)} ${v.toLocaleString('vi-VN')}`)
                            .join(', ')}`
                        : ''}{' '}
                      — <i>{c.article}</i>
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
              <Descriptions.Item label={t('Hồ sơ')}>
                <ul style={{ margin: 0 }}>
                  {a.dossier.map((d) => (
                    <li key={d.text}>{d.text}</li>
                  ))}
                </ul>
              </Descriptions.Item>
              <Descriptions.Item label={t('Quy tắc kiểm tra')}>
                <ul style={{ margin: 0 }}>
                  {rulesOf(a).map((r) => (
                    <li key={r.id}>
                      <Tag color={r.hard === true ? 'red' : r.hard === false ? 'gold' : 'volcano'}>
                        {r.hard === true
                          ? t('Bắt buộc')
                          : r.hard === false
                            ? t('Xem xét')
                            : t('Theo thời kỳ')}
                      </Tag>
                      {r.id}: {r.summary}
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
            </Descriptions>
          ),
        }))}
      />
      <Card size="small" title={t('Cảnh báo (không chặn)')} style={{ marginTop: 16 }}>
        <ul style={{ margin: 0 }}>
          {WARNING_RULES.map((w) => (
            <li key={w.id}>
              {w.id}: {w.summary}
            </li>
          ))}
        </ul>
      </Card>
      <Card size="small" title={t('Thiết lập của tỉnh (mặc định)')} style={{ marginTop: 16 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={[...PROFILE_SETTINGS]}
          columns={[
            { title: t('Nội dung'), dataIndex: 'label' },
            { title: t('Mặc định'), dataIndex: 'defaultValue' },
            { title: t('Nguồn'), dataIndex: 'source' },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {DEFAULT_PROFILE.name}
        </Typography.Paragraph>
      </Card>
      <QuotaSettingsCard />
    </div>
  );
}
