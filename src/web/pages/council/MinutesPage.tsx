import { Button, Space, Spin } from 'antd';
import { useParams } from 'react-router';
import { councilApi } from '../../../contract/council';
import { documentsApi } from '../../../contract/documents';
import { longDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { DownloadButton } from '../documents/DownloadButton';

const OUTCOME: Record<string, string> = {
  RECOMMEND: 'Đề nghị khen thưởng',
  REJECT: 'Không đề nghị',
  DEFER: 'Hoãn xét, trả lại đơn vị bổ sung',
};

/**
 * Biên bản họp Hội đồng TĐKT, generated from the meeting as recorded: time, place, chair, attendance,
 * agenda, discussion, voting method, results per nominee (votes for / members / %), conclusion, signatures.
 * Print it from the browser (Ctrl+P) or save as PDF.
 */
export function MinutesPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data: m, error } = useData(() => api.call(councilApi.getMeeting, { params: { id } }), [id]);
  if (!m) return error ? <ApiErrorAlert error={error} /> : <Spin />;
  const chair = m.members.find((x) => x.role === 'CHU_TICH');
  const secretary = m.members.find((x) => x.role === 'THUONG_TRUC');
  const present = m.members.filter((x) => x.present);
  const absent = m.members.filter((x) => x.present === false);
  const commune = me.tenantName;
  return (
    <div
      className="minutes"
      style={{
        maxWidth: 800,
        margin: '0 auto',
        background: '#fff',
        padding: 40,
        fontFamily: "'Times New Roman', Tinos, serif",
        fontSize: 16,
        lineHeight: 1.5,
      }}
    >
      <style>
        {
          '@media print { .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; } .ant-layout-content { padding: 0 !important; } }'
        }
      </style>
      <div className="no-print" style={{ textAlign: 'right' }}>
        <Space>
          <Button onClick={() => window.print()}>In biên bản</Button>
          {m.status === 'CLOSED' && (
            <DownloadButton endpoint={documentsApi.meetingMinutes} input={{ params: { id: m.id } }}>
              Tải biên bản (Word)
            </DownloadButton>
          )}
        </Space>
      </div>
      <table style={{ width: '100%', textAlign: 'center' }}>
        <tbody>
          <tr>
            <td style={{ width: '40%', verticalAlign: 'top' }}>
              <b>
                HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
                <br />
                {commune.toUpperCase()}
              </b>
            </td>
            <td style={{ verticalAlign: 'top' }}>
              <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>
              <br />
              <b>Độc lập - Tự do - Hạnh phúc</b>
              <br />
              <i>{longDateVi(m.meetingDate, commune.replace(/^Xã\s+/i, ''))}</i>
            </td>
          </tr>
        </tbody>
      </table>
      <h3 style={{ textAlign: 'center', marginTop: 24 }}>
        BIÊN BẢN
        <br />
        Họp Hội đồng Thi đua - Khen thưởng
      </h3>
      <p>
        Thời gian: {longDateVi(m.meetingDate)}. Địa điểm: {m.place}.
      </p>
      <p>
        Chủ trì: {chair ? `${chair.name}, ${chair.roleLabel}` : '…'}. Thư ký:{' '}
        {secretary ? `${secretary.name}, ${secretary.roleLabel}` : '…'}.
      </p>
      <p>
        Thành viên có mặt: {present.length}/{m.members.length} ({present.map((x) => x.name).join(', ')}).{' '}
        {m.quorum.message}
      </p>
      {absent.length > 0 && (
        <p>
          Vắng mặt:{' '}
          {absent
            .map(
              (x) => `${x.name}${x.writtenOpinion ? ` (có ý kiến bằng văn bản: ${x.writtenOpinion})` : ''}`,
            )
            .join('; ')}
          .
        </p>
      )}
      <p>
        <b>Nội dung:</b> Xét đề nghị khen thưởng của {m.agenda.length} trường hợp.
      </p>
      {m.agenda.map((it) => (
        <div key={it.proposalId} style={{ marginBottom: 12 }}>
          <p style={{ marginBottom: 4 }}>
            <b>
              {it.position}. {it.subjectName}
            </b>{' '}
            ({it.unitName}) — {it.awardName}.
          </p>
          {it.conflicts.length > 0 && (
            <p style={{ marginBottom: 4 }}>
              Thành viên không tham gia do xung đột lợi ích:{' '}
              {it.conflicts.map((c) => `${c.name} (${c.reason})`).join('; ')}.
            </p>
          )}
          {it.discussion && <p style={{ marginBottom: 4 }}>Ý kiến thảo luận: {it.discussion}</p>}
          <p style={{ marginBottom: 4 }}>
            Hình thức biểu quyết: {it.voteRule.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết công khai'}.{' '}
            {it.ballot?.result &&
              `Kết quả: ${it.ballot.result.agree}/${it.ballot.result.denominator} phiếu đồng ý (${Math.round(it.ballot.result.share * 1000) / 10}%), ${it.ballot.result.passed ? 'đạt' : 'không đạt'} tỷ lệ quy định (${it.voteRule.article}).`}
          </p>
          <p>
            Kết luận: {it.outcome ? OUTCOME[it.outcome] : 'chưa kết luận'}
            {it.outcomeReason ? ` — ${it.outcomeReason}` : ''}.
          </p>
        </div>
      ))}
      {m.notes && <p>{m.notes}</p>}
      <p>Cuộc họp kết thúc cùng ngày. Biên bản đã được thông qua trước Hội đồng.</p>
      <table style={{ width: '100%', textAlign: 'center', marginTop: 24 }}>
        <tbody>
          <tr>
            <td>
              <b>THƯ KÝ</b>
              <br />
              <br />
              <br />
              <br />
              <b>{secretary?.name ?? ''}</b>
            </td>
            <td>
              <b>CHỦ TỊCH HỘI ĐỒNG</b>
              <br />
              <br />
              <br />
              <br />
              <b>{chair?.name ?? ''}</b>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
