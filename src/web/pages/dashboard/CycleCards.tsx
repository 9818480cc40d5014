import { Card, Col, List, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DashboardView } from '../../../contract/dashboard';
import { MOVEMENT_STATE_LABELS } from '../../../core/movements';
import { formatDateVi } from '../../../core/text';
import { useI18n } from '../../i18n/i18n';
import { STATE_COLORS } from '../movements/movement-labels';
import '../../i18n/en-cycle';

const pct = (share: number) => Math.round(share * 1000) / 10;

/** The commune's year at a glance: targets at risk, movements, missing registrations, deadlines, award spread. */
export function CommuneCycleCards({ d }: { d: DashboardView }) {
  const { t } = useI18n();
  const c = d.commune;
  if (!c) return null;
  const a = c.awards;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }} data-testid="cycle-dashboard">
      <Col xs={24} md={12} lg={8}>
        <Card size="small" title={t('Chỉ tiêu năm {y}', { y: d.year })}>
          <Statistic
            value={t('{completed}/{total} chỉ tiêu hoàn thành', {
              completed: c.targets.completed,
              total: c.targets.total,
            })}
          />
          <Typography.Text strong>
            {t('Chỉ tiêu có nguy cơ không đạt')}: {c.targetsAtRisk.length}
          </Typography.Text>
          <List
            size="small"
            dataSource={c.targetsAtRisk}
            locale={{ emptyText: t('Không có chỉ tiêu nào có nguy cơ.') }}
            renderItem={(x) => (
              <List.Item>
                <Tag color="red">{x.code}</Tag>
                {x.name} — {x.label}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} lg={8}>
        <Card size="small" title={`${t('Phong trào đang triển khai')} (${c.movementsInProgress.length})`}>
          <List
            size="small"
            dataSource={c.movementsInProgress.slice(0, 8)}
            locale={{ emptyText: t('Không có phong trào nào đang triển khai.') }}
            renderItem={(m) => (
              <List.Item>
                <Link to={`/phong-trao/${m.id}`}>{m.name}</Link>{' '}
                <Tag color={STATE_COLORS[m.state]}>{t(MOVEMENT_STATE_LABELS[m.state])}</Tag>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} lg={8}>
        <Card size="small" title={t('Hạn trong tuần này')}>
          <List
            size="small"
            dataSource={c.deadlinesThisWeek}
            locale={{ emptyText: t('Không có hạn nào trong 7 ngày tới.') }}
            renderItem={(x) => (
              <List.Item style={{ display: 'block' }}>
                {x.link ? (
                  <Link to={x.link}>{x.text}</Link>
                ) : x.refId && (x.kind === 'REGISTRATION' || x.kind === 'MOVEMENT_END') ? (
                  <Link to={`/phong-trao/${x.refId}`}>{x.text}</Link>
                ) : (
                  x.text
                )}
                {x.article && (
                  <div style={{ color: '#888', fontSize: 12, overflowWrap: 'anywhere' }}>{x.article}</div>
                )}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('Đơn vị chưa đăng ký thi đua')}>
          <List
            size="small"
            dataSource={c.registrationsMissing}
            locale={{ emptyText: t('Các đơn vị đã đăng ký đầy đủ.') }}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <Link to={`/phong-trao/${r.movementId}`}>{r.movementName}</Link>:{' '}
                  <Typography.Text type="danger">
                    {r.missing.length} {t('đơn vị')}
                  </Typography.Text>
                  <div style={{ color: '#888' }}>
                    {r.missing
                      .slice(0, 6)
                      .map((m) => m.name)
                      .join(', ')}
                    {r.missing.length > 6 ? '…' : ''}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('Cơ cấu khen thưởng năm {y}', { y: d.year })} data-testid="award-spread">
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title={t('Tổng số khen thưởng')} value={a.total} />
            </Col>
            <Col span={8}>
              <Statistic title={t('Cá nhân')} value={a.individuals} />
            </Col>
            <Col span={8}>
              <Statistic title={t('Tập thể')} value={a.collectives} />
            </Col>
          </Row>
          <div style={{ marginTop: 8 }}>
            {t('Tập thể nhỏ')} ({a.smallCollectives.count}/{a.smallCollectives.base} {t('tập thể')})
          </div>
          <Progress percent={pct(a.smallCollectives.share)} />
          <div>
            {t('Người lao động trực tiếp')} ({a.directWorkers.count}/{a.directWorkers.base} {t('cá nhân')})
          </div>
          <Progress percent={pct(a.directWorkers.share)} strokeColor="#52c41a" />
          <div>
            {t('Lãnh đạo, quản lý')} ({a.leaders.count}/{a.leaders.base})
          </div>
          <Progress percent={pct(a.leaders.share)} strokeColor="#faad14" />
          <Typography.Text type="secondary">
            {t('Kế hoạch yêu cầu nâng tỷ lệ khen thưởng tập thể nhỏ và người lao động trực tiếp.')}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

/** A unit head's view: their unit's open tasks and the movements it takes part in. */
export function UnitCycleCards({ d }: { d: DashboardView }) {
  const { t } = useI18n();
  const u = d.unit;
  if (!u) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }} data-testid="unit-dashboard">
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={
            <>
              {t('Việc cần làm của đơn vị')}{' '}
              <Tag color={u.tasks.length ? 'red' : 'green'}>{u.tasks.length}</Tag>
            </>
          }
          extra={<Link to="/viec-can-lam">{t('Xem tất cả')}</Link>}
        >
          <List
            size="small"
            dataSource={u.tasks.slice(0, 8)}
            locale={{ emptyText: t('Không có việc nào.') }}
            renderItem={(x) => (
              <List.Item>
                {x.link ? <Link to={x.link}>{x.title}</Link> : x.title}
                {x.dueDate && (
                  <Tag color={x.overdue ? 'red' : 'default'} style={{ marginLeft: 6 }}>
                    {t('hạn')} {formatDateVi(x.dueDate)}
                  </Tag>
                )}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('Phong trào đơn vị tham gia')}>
          <List
            size="small"
            dataSource={u.movements}
            locale={{ emptyText: t('Đơn vị chưa tham gia phong trào nào đang triển khai.') }}
            renderItem={(m) => (
              <List.Item>
                <Link to={`/phong-trao/${m.id}`}>{m.name}</Link>
                {m.registered ? (
                  <Tag color="green">{t('Đã đăng ký')}</Tag>
                ) : (
                  <Tag color="red">{t('Chưa đăng ký')}</Tag>
                )}
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
