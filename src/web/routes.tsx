/**
 * The one table of the web app's pages: path, page (loaded when first opened), who sees it, and the menu
 * entry. The router (`AppRoutes.tsx`) mounts every row; the menu (`components/AppLayout.tsx`) lists the
 * rows with a `menu`, in the order written here, to those the policy allows (`can(me, access)`). The
 * sign-in flow (login, first setup, forced password change) stays in `AppRoutes.tsx`.
 *
 * `access`: 'public' — outside the signed-in layout, no login needed; 'signed-in' — any signed-in user;
 * an action of the permission policy — the menu entry shows only to those allowed it (the page itself
 * stays reachable by its address; the server refuses what the user may not see).
 */
import {
  AimOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  HomeOutlined,
  KeyOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SearchOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Action } from '../core/auth/policy';

export type PageAccess = 'public' | 'signed-in' | Action;

export interface WebRoute {
  /** The address, absolute ('/de-nghi/:id'). */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  access: PageAccess;
  /** The entry in the side menu (Vietnamese label, translated by `t`), for pages reached from it. */
  menu?: { label: string; icon: ReactNode };
}

/** A page component loaded on first use: `lazyPage(() => import('./pages/x/XPage').then((m) => m.XPage))`. */
function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: await load() }));
}

export const ChangePasswordPage = lazyPage(() =>
  import('./pages/accounts/ChangePasswordPage').then((m) => m.ChangePasswordPage),
);
const UsersPage = lazyPage(() => import('./pages/accounts/UsersPage').then((m) => m.UsersPage));
const AuditPage = lazyPage(() => import('./pages/audit/AuditPage').then((m) => m.AuditPage));
const CalendarPage = lazyPage(() => import('./pages/calendar/CalendarPage').then((m) => m.CalendarPage));
const MeetingPage = lazyPage(() => import('./pages/council/MeetingPage').then((m) => m.MeetingPage));
const MeetingsPage = lazyPage(() => import('./pages/council/MeetingsPage').then((m) => m.MeetingsPage));
const MinutesPage = lazyPage(() => import('./pages/council/MinutesPage').then((m) => m.MinutesPage));
const DashboardPage = lazyPage(() => import('./pages/dashboard/DashboardPage').then((m) => m.DashboardPage));
const DecisionDetailPage = lazyPage(() =>
  import('./pages/decisions/DecisionDetailPage').then((m) => m.DecisionDetailPage),
);
const DecisionsPage = lazyPage(() => import('./pages/decisions/DecisionsPage').then((m) => m.DecisionsPage));
const DisclosuresPage = lazyPage(() =>
  import('./pages/disclosures/DisclosuresPage').then((m) => m.DisclosuresPage),
);
const PublicDisclosurePage = lazyPage(() =>
  import('./pages/disclosures/PublicDisclosurePage').then((m) => m.PublicDisclosurePage),
);
const CertificatePreviewPage = lazyPage(() =>
  import('./pages/documents/CertificatePreviewPage').then((m) => m.CertificatePreviewPage),
);
const ReportsPage = lazyPage(() => import('./pages/documents/ReportsPage').then((m) => m.ReportsPage));
const ExampleDetailPage = lazyPage(() =>
  import('./pages/examples/ExampleDetailPage').then((m) => m.ExampleDetailPage),
);
const ExamplesPage = lazyPage(() => import('./pages/examples/ExamplesPage').then((m) => m.ExamplesPage));
const PublicExamplesPage = lazyPage(() =>
  import('./pages/examples/PublicExamplesPage').then((m) => m.PublicExamplesPage),
);
const HistoryLookupPage = lazyPage(() =>
  import('./pages/history/HistoryLookupPage').then((m) => m.HistoryLookupPage),
);
const InboxPage = lazyPage(() => import('./pages/inbox/InboxPage').then((m) => m.InboxPage));
const CataloguePage = lazyPage(() => import('./pages/law/CataloguePage').then((m) => m.CataloguePage));
const SuggestionsPage = lazyPage(() => import('./pages/law/SuggestionsPage').then((m) => m.SuggestionsPage));
const MovementDetailPage = lazyPage(() =>
  import('./pages/movements/MovementDetailPage').then((m) => m.MovementDetailPage),
);
const MovementsPage = lazyPage(() => import('./pages/movements/MovementsPage').then((m) => m.MovementsPage));
const PlanEditorPage = lazyPage(() => import('./pages/plans/PlanEditorPage').then((m) => m.PlanEditorPage));
const PlansPage = lazyPage(() => import('./pages/plans/PlansPage').then((m) => m.PlansPage));
const ProposalDetailPage = lazyPage(() =>
  import('./pages/proposals/ProposalDetailPage').then((m) => m.ProposalDetailPage),
);
const ProposalFormPage = lazyPage(() =>
  import('./pages/proposals/ProposalFormPage').then((m) => m.ProposalFormPage),
);
const ProposalsPage = lazyPage(() => import('./pages/proposals/ProposalsPage').then((m) => m.ProposalsPage));
const VerifyPage = lazyPage(() => import('./pages/public/VerifyPage').then((m) => m.VerifyPage));
const IntakePage = lazyPage(() => import('./pages/intake/IntakePage').then((m) => m.IntakePage));
const RatingsPage = lazyPage(() => import('./pages/ratings/RatingsPage').then((m) => m.RatingsPage));
const ReviewsPage = lazyPage(() => import('./pages/scoring/ReviewsPage').then((m) => m.ReviewsPage));
const ScoringPage = lazyPage(() => import('./pages/scoring/ScoringPage').then((m) => m.ScoringPage));
const TargetsPage = lazyPage(() => import('./pages/targets/TargetsPage').then((m) => m.TargetsPage));
const UnitsPage = lazyPage(() => import('./pages/units/UnitsPage').then((m) => m.UnitsPage));
const CommuneProfilePage = lazyPage(() =>
  import('./pages/commune/CommuneProfilePage').then((m) => m.CommuneProfilePage),
);
const PeoplePage = lazyPage(() => import('./pages/people/PeoplePage').then((m) => m.PeoplePage));
const HouseholdsPage = lazyPage(() => import('./pages/people/HouseholdsPage').then((m) => m.HouseholdsPage));
const HouseholdDetailPage = lazyPage(() =>
  import('./pages/people/HouseholdDetailPage').then((m) => m.HouseholdDetailPage),
);

/** Every page; the rows with a `menu` are the side menu, top to bottom. */
export const WEB_ROUTES: WebRoute[] = [
  {
    path: '/',
    page: DashboardPage,
    access: 'signed-in',
    menu: { label: 'Tổng quan', icon: <DashboardOutlined /> },
  },
  {
    path: '/viec-can-lam',
    page: InboxPage,
    access: 'inbox.read',
    menu: { label: 'Việc cần làm', icon: <CheckSquareOutlined /> },
  },
  {
    path: '/ke-hoach',
    page: PlansPage,
    access: 'signed-in',
    menu: { label: 'Kế hoạch thi đua', icon: <ProfileOutlined /> },
  },
  { path: '/ke-hoach/:id', page: PlanEditorPage, access: 'signed-in' },
  {
    path: '/chi-tieu',
    page: TargetsPage,
    access: 'signed-in',
    menu: { label: 'Chỉ tiêu', icon: <AimOutlined /> },
  },
  {
    path: '/phong-trao',
    page: MovementsPage,
    access: 'signed-in',
    menu: { label: 'Phong trào thi đua', icon: <FlagOutlined /> },
  },
  { path: '/phong-trao/:id', page: MovementDetailPage, access: 'signed-in' },
  {
    path: '/so-ket-tong-ket',
    page: ReviewsPage,
    access: 'signed-in',
    menu: { label: 'Sơ kết, tổng kết', icon: <TrophyOutlined /> },
  },
  { path: '/cham-diem/:id', page: ScoringPage, access: 'signed-in' },
  {
    path: '/dien-hinh-tien-tien',
    page: ExamplesPage,
    access: 'signed-in',
    menu: { label: 'Điển hình tiên tiến', icon: <FlagOutlined /> },
  },
  { path: '/dien-hinh-tien-tien/:id', page: ExampleDetailPage, access: 'signed-in' },
  {
    path: '/lich-ky-niem',
    page: CalendarPage,
    access: 'signed-in',
    menu: { label: 'Lịch ngày lễ, kỷ niệm', icon: <CalendarOutlined /> },
  },
  {
    path: '/goi-y-khen-thuong',
    page: SuggestionsPage,
    access: 'law.suggest',
    menu: { label: 'Gợi ý khen thưởng', icon: <BulbOutlined /> },
  },
  {
    path: '/tra-cuu',
    page: HistoryLookupPage,
    access: 'history.read',
    menu: { label: 'Tra cứu khen thưởng', icon: <SearchOutlined /> },
  },
  { path: '/tra-cuu/ca-nhan/:id', page: HistoryLookupPage, access: 'history.read' },
  { path: '/tra-cuu/tap-the/:id', page: HistoryLookupPage, access: 'history.read' },
  { path: '/tra-cuu/ho-gia-dinh/:id', page: HistoryLookupPage, access: 'history.read' },
  {
    path: '/de-nghi',
    page: ProposalsPage,
    access: 'signed-in',
    menu: { label: 'Đề nghị khen thưởng', icon: <SolutionOutlined /> },
  },
  { path: '/de-nghi/moi', page: ProposalFormPage, access: 'signed-in' },
  { path: '/de-nghi/:id', page: ProposalDetailPage, access: 'signed-in' },
  { path: '/de-nghi/:id/sua', page: ProposalFormPage, access: 'signed-in' },
  {
    path: '/hoi-dong',
    page: MeetingsPage,
    access: 'signed-in',
    menu: { label: 'Hội đồng TĐKT', icon: <TeamOutlined /> },
  },
  { path: '/hoi-dong/:id', page: MeetingPage, access: 'signed-in' },
  { path: '/hoi-dong/:id/bien-ban', page: MinutesPage, access: 'signed-in' },
  {
    path: '/cong-khai-xet',
    page: DisclosuresPage,
    access: 'signed-in',
    menu: { label: 'Công khai, ý kiến', icon: <NotificationOutlined /> },
  },
  {
    path: '/quyet-dinh',
    page: DecisionsPage,
    access: 'signed-in',
    menu: { label: 'Quyết định, giấy khen', icon: <FileDoneOutlined /> },
  },
  { path: '/quyet-dinh/:id', page: DecisionDetailPage, access: 'signed-in' },
  { path: '/quyet-dinh/:id/xem-truoc-giay-khen', page: CertificatePreviewPage, access: 'signed-in' },
  {
    path: '/bao-cao',
    page: ReportsPage,
    access: 'commune-report.read',
    menu: { label: 'Báo cáo, thống kê', icon: <FileTextOutlined /> },
  },
  {
    path: '/don-vi',
    page: UnitsPage,
    access: 'signed-in',
    menu: { label: 'Đơn vị', icon: <TeamOutlined /> },
  },
  {
    path: '/thong-tin-xa',
    page: CommuneProfilePage,
    access: 'commune.read',
    menu: { label: 'Thông tin xã', icon: <BankOutlined /> },
  },
  {
    path: '/ca-nhan',
    page: PeoplePage,
    access: 'person.read',
    menu: { label: 'Cá nhân', icon: <UserOutlined /> },
  },
  {
    path: '/ho-gia-dinh',
    page: HouseholdsPage,
    access: 'person.read',
    menu: { label: 'Hộ gia đình', icon: <HomeOutlined /> },
  },
  { path: '/ho-gia-dinh/:id', page: HouseholdDetailPage, access: 'person.read' },
  {
    path: '/danh-gia-xep-loai',
    page: RatingsPage,
    access: 'signed-in',
    menu: { label: 'Đánh giá, xếp loại', icon: <StarOutlined /> },
  },
  {
    path: '/nhap-du-lieu',
    page: IntakePage,
    access: 'intake.import',
    menu: { label: 'Nhập dữ liệu từ Excel', icon: <UploadOutlined /> },
  },
  {
    path: '/nhat-ky',
    page: AuditPage,
    access: 'audit.read',
    menu: { label: 'Nhật ký thao tác', icon: <AuditOutlined /> },
  },
  {
    path: '/danh-muc-khen-thuong',
    page: CataloguePage,
    access: 'signed-in',
    menu: { label: 'Danh mục khen thưởng', icon: <BookOutlined /> },
  },
  {
    path: '/nguoi-dung',
    page: UsersPage,
    access: 'user.read',
    menu: { label: 'Người dùng', icon: <KeyOutlined /> },
  },
  { path: '/doi-mat-khau', page: ChangePasswordPage, access: 'signed-in' },
  { path: '/xac-minh', page: VerifyPage, access: 'public' },
  { path: '/xac-minh/:code', page: VerifyPage, access: 'public' },
  { path: '/cong-khai', page: PublicDisclosurePage, access: 'public' },
  { path: '/cong-khai/:id', page: PublicDisclosurePage, access: 'public' },
  { path: '/dien-hinh', page: PublicExamplesPage, access: 'public' },
];

export type MenuEntry = Required<Pick<WebRoute, 'path' | 'access' | 'menu'>>;

/** The side menu: the rows with a menu entry, in the table's order. */
export const MENU: MenuEntry[] = WEB_ROUTES.flatMap((r) =>
  r.menu ? [{ path: r.path, access: r.access, menu: r.menu }] : [],
);
