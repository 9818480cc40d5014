import {
  AimOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  FlagOutlined,
  KeyOutlined,
  NotificationOutlined,
  ProfileOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Action } from '../core/auth/policy';
import type { Role } from '../core/auth/roles';
import { ChangePasswordPage } from './pages/accounts/ChangePasswordPage';
import { UsersPage } from './pages/accounts/UsersPage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { MeetingPage } from './pages/council/MeetingPage';
import { MeetingsPage } from './pages/council/MeetingsPage';
import { MinutesPage } from './pages/council/MinutesPage';
import { DisclosuresPage } from './pages/disclosures/DisclosuresPage';
import { PublicDisclosurePage } from './pages/disclosures/PublicDisclosurePage';
import { CertificatePreviewPage } from './pages/documents/CertificatePreviewPage';
import { ReportsPage } from './pages/documents/ReportsPage';
import { ExampleDetailPage } from './pages/examples/ExampleDetailPage';
import { ExamplesPage } from './pages/examples/ExamplesPage';
import { PublicExamplesPage } from './pages/examples/PublicExamplesPage';
import { InboxPage } from './pages/inbox/InboxPage';
import { CataloguePage } from './pages/law/CataloguePage';
import { SuggestionsPage } from './pages/law/SuggestionsPage';
import { MovementDetailPage } from './pages/movements/MovementDetailPage';
import { PlanEditorPage } from './pages/plans/PlanEditorPage';
import { PlansPage } from './pages/plans/PlansPage';
import { RatingsPage } from './pages/ratings/RatingsPage';
import { ReviewsPage } from './pages/scoring/ReviewsPage';
import { ScoringPage } from './pages/scoring/ScoringPage';
import { TargetsPage } from './pages/targets/TargetsPage';

/**
 * Feature pages beyond the foundation register here: a route, and optionally a menu entry.
 * Keeping them in one list lets features be added without touching the router or the layout.
 */
export interface ExtraRoute {
  path: string;
  element: ReactNode;
  public?: boolean;
  menu?: { label: string; icon?: ReactNode; roles?: Role[]; action?: Action; order: number };
}

export const EXTRA_ROUTES: ExtraRoute[] = [
  { path: 'doi-mat-khau', element: <ChangePasswordPage /> },
  {
    path: 'nguoi-dung',
    element: <UsersPage />,
    menu: { label: 'Người dùng', icon: <KeyOutlined />, action: 'user.read', order: 95 },
  },
  {
    path: 'goi-y-khen-thuong',
    element: <SuggestionsPage />,
    menu: {
      label: 'Gợi ý khen thưởng',
      icon: <BulbOutlined />,
      roles: ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD', 'TRUONG_DON_VI'],
      order: 38,
    },
  },
  {
    path: 'danh-muc-khen-thuong',
    element: <CataloguePage />,
    menu: { label: 'Danh mục khen thưởng', icon: <BookOutlined />, order: 90 },
  },
  { path: 'phong-trao/:id', element: <MovementDetailPage /> },
  { path: 'cham-diem/:id', element: <ScoringPage /> },
  {
    path: 'so-ket-tong-ket',
    element: <ReviewsPage />,
    menu: { label: 'Sơ kết, tổng kết', icon: <TrophyOutlined />, order: 22 },
  },
  {
    path: 'viec-can-lam',
    element: <InboxPage />,
    menu: {
      label: 'Việc cần làm',
      icon: <CheckSquareOutlined />,
      action: 'inbox.read',
      order: 5,
    },
  },
  {
    path: 'lich-ky-niem',
    element: <CalendarPage />,
    menu: { label: 'Lịch ngày lễ, kỷ niệm', icon: <CalendarOutlined />, order: 25 },
  },
  {
    path: 'ke-hoach',
    element: <PlansPage />,
    menu: { label: 'Kế hoạch thi đua', icon: <ProfileOutlined />, order: 10 },
  },
  { path: 'ke-hoach/:id', element: <PlanEditorPage /> },
  {
    path: 'chi-tieu',
    element: <TargetsPage />,
    menu: { label: 'Chỉ tiêu', icon: <AimOutlined />, order: 12 },
  },
  {
    path: 'danh-gia-xep-loai',
    element: <RatingsPage />,
    menu: { label: 'Đánh giá, xếp loại', icon: <StarOutlined />, order: 85 },
  },
  {
    path: 'hoi-dong',
    element: <MeetingsPage />,
    menu: { label: 'Hội đồng TĐKT', icon: <TeamOutlined />, order: 45 },
  },
  { path: 'hoi-dong/:id', element: <MeetingPage /> },
  { path: 'hoi-dong/:id/bien-ban', element: <MinutesPage /> },
  {
    path: 'cong-khai-xet',
    element: <DisclosuresPage />,
    menu: { label: 'Công khai, ý kiến', icon: <NotificationOutlined />, order: 50 },
  },
  { path: '/cong-khai', element: <PublicDisclosurePage />, public: true },
  { path: '/cong-khai/:id', element: <PublicDisclosurePage />, public: true },
  { path: 'quyet-dinh/:id/xem-truoc-giay-khen', element: <CertificatePreviewPage /> },
  {
    path: 'bao-cao',
    element: <ReportsPage />,
    menu: {
      label: 'Báo cáo, thống kê',
      icon: <FileTextOutlined />,
      roles: ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD', 'XEM'],
      order: 70,
    },
  },
  {
    path: 'dien-hinh-tien-tien',
    element: <ExamplesPage />,
    menu: { label: 'Điển hình tiên tiến', icon: <FlagOutlined />, order: 24 },
  },
  { path: 'dien-hinh-tien-tien/:id', element: <ExampleDetailPage /> },
  { path: '/dien-hinh', element: <PublicExamplesPage />, public: true },
];
