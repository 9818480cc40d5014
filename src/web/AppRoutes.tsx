import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/auth';
import { AppLayout } from './components/AppLayout';
import { EXTRA_ROUTES } from './extra-routes';
import { ChangePasswordPage } from './pages/accounts/ChangePasswordPage';
import { SetupPage } from './pages/accounts/SetupPage';
import { AuditPage } from './pages/audit/AuditPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { DecisionDetailPage } from './pages/decisions/DecisionDetailPage';
import { DecisionsPage } from './pages/decisions/DecisionsPage';
import { LoginPage } from './pages/LoginPage';
import { MovementsPage } from './pages/movements/MovementsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProposalDetailPage } from './pages/proposals/ProposalDetailPage';
import { ProposalFormPage } from './pages/proposals/ProposalFormPage';
import { ProposalsPage } from './pages/proposals/ProposalsPage';
import { VerifyPage } from './pages/public/VerifyPage';
import { UnitsPage } from './pages/units/UnitsPage';

export function AppRoutes() {
  const { me, loading, instance } = useAuth();
  return (
    <Routes>
      <Route path="/xac-minh/:code" element={<VerifyPage />} />
      <Route path="/xac-minh" element={<VerifyPage />} />
      {EXTRA_ROUTES.filter((r) => r.public).map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      <Route
        path="/dang-nhap"
        element={
          me ? (
            <Navigate to="/" replace />
          ) : instance?.setupNeeded ? (
            <Navigate to="/thiet-lap" replace />
          ) : (
            <LoginPage />
          )
        }
      />
      <Route
        path="/thiet-lap"
        element={instance?.setupNeeded && !me ? <SetupPage /> : <Navigate to="/" replace />}
      />
      {loading ? (
        <Route path="*" element={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />} />
      ) : me?.mustChangePassword ? (
        <Route path="*" element={<ChangePasswordPage forced />} />
      ) : !me ? (
        <Route path="*" element={<Navigate to="/dang-nhap" replace />} />
      ) : (
        <Route element={<AppLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="phong-trao" element={<MovementsPage />} />
          <Route path="de-nghi" element={<ProposalsPage />} />
          <Route path="de-nghi/moi" element={<ProposalFormPage />} />
          <Route path="de-nghi/:id" element={<ProposalDetailPage />} />
          <Route path="de-nghi/:id/sua" element={<ProposalFormPage />} />
          <Route path="quyet-dinh" element={<DecisionsPage />} />
          <Route path="quyet-dinh/:id" element={<DecisionDetailPage />} />
          <Route path="don-vi" element={<UnitsPage />} />
          <Route path="nhat-ky" element={<AuditPage />} />
          {EXTRA_ROUTES.filter((r) => !r.public).map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      )}
    </Routes>
  );
}
