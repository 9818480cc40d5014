import { CheckCircleTwoTone, CloseCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Result, Space, Spin, Typography } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { certificatesApi } from '../../../contract/certificates';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-revocation-list';
import { useErrorText } from '../../api/error-text';

/** Public page (no login): check a certificate by the code printed on it or its QR code. */
export function VerifyPage() {
  const { code } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const errorText = useErrorText();
  const nav = useNavigate();
  const s = search.get('s') ?? undefined;
  const { data, error, loading } = useData(
    () =>
      code ? api.call(certificatesApi.verify, { params: { code }, query: { s } }) : Promise.resolve(null),
    [code, s],
  );
  return (
    <div style={{ maxWidth: 760, margin: '32px auto', padding: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ color: '#b71c1c' }}>
          {t('Xác minh giấy khen')}
        </Typography.Title>
        <LanguageSwitch />
      </Space>
      <Input.Search
        defaultValue={code}
        placeholder={t('Nhập mã in trên giấy khen, ví dụ ABCD-EFGH-JKLM')}
        enterButton={t('Kiểm tra')}
        onSearch={(v) => v.trim() && nav(`/xac-minh/${encodeURIComponent(v.trim().toUpperCase())}`)}
        style={{ marginBottom: 24 }}
      />
      {loading && code && <Spin />}
      {error && (
        <Result
          status="error"
          icon={<CloseCircleTwoTone twoToneColor="#cf1322" />}
          title={t('Không xác minh được')}
          subTitle={errorText(error)}
        />
      )}
      {data && (
        <Card>
          {data.status === 'VALID' && (
            <Result
              status="success"
              icon={<CheckCircleTwoTone twoToneColor="#389e0d" />}
              title={t('Giấy khen hợp lệ')}
              subTitle={t('Nội dung dưới đây khớp với hồ sơ gốc và chữ ký số của đơn vị cấp.')}
            />
          )}
          {data.status === 'REVOKED' && (
            <Result
              status="warning"
              icon={<WarningTwoTone twoToneColor="#d4380d" />}
              title={t('Giấy khen đã bị thu hồi')}
              subTitle={`${data.revokedAt ? formatDateVi(data.revokedAt.slice(0, 10)) : ''} — ${data.revokedReason ?? ''}`}
            />
          )}
          {data.status === 'UNVERIFIABLE' && (
            <Result
              status="warning"
              icon={<WarningTwoTone twoToneColor="#d48806" />}
              title={t('Không xác minh được tình trạng giấy khen')}
              subTitle={t(
                'Danh sách thu hồi có chữ ký số của đơn vị cấp bị thiếu hoặc không khớp với hồ sơ. Không coi giấy khen này là còn hiệu lực; hãy liên hệ đơn vị cấp.',
              )}
            />
          )}
          {data.status === 'INVALID' && (
            <Result
              status="error"
              title={t('Giấy khen không hợp lệ')}
              subTitle={t('Chữ ký số không khớp với nội dung: giấy khen hoặc hồ sơ đã bị sửa.')}
            />
          )}
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('Hình thức')}>{data.awardName}</Descriptions.Item>
            <Descriptions.Item label={t('Tặng')}>
              <b>{data.awardeeName}</b> — {data.awardeeDescription}
            </Descriptions.Item>
            <Descriptions.Item label={t('Thành tích')}>{data.achievement}</Descriptions.Item>
            <Descriptions.Item label={t('Quyết định')}>
              {data.decisionNumber} — {formatDateVi(data.decisionDate)}
            </Descriptions.Item>
            <Descriptions.Item label={t('Cơ quan cấp')}>{data.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('Người ký')}>
              {data.signerTitle} {data.signerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('Số sổ')}>{data.registerNumber}</Descriptions.Item>
            <Descriptions.Item label={t('Mã xác minh')}>{data.code}</Descriptions.Item>
            {data.revocationList && (
              <Descriptions.Item label={t('Danh sách thu hồi đã ký')}>
                {t('Số {n}, ngày {d}', {
                  n: data.revocationList.sequence,
                  d: formatDateVi(data.revocationList.issuedAt.slice(0, 10)),
                })}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
        <Button type="link" onClick={() => nav('/dang-nhap')}>
          {t('Đăng nhập dành cho cán bộ')}
        </Button>
      </Typography.Paragraph>
    </div>
  );
}
