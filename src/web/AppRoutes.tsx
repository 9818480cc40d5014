import { Spin } from 'antd';
import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/auth';
import { AppLayout } from './components/AppLayout';
import { SetupPage } from './pages/accounts/SetupPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ChangePasswordPage, MENU, WEB_ROUTES } from './routes';

const loadingPage = <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;

/** The router: the sign-in flow here, every page from the one table (`routes.tsx`). */
export function AppRoutes() {
  const { me, loading, instance } = useAuth();
  return (
    <Suspense fallback={loadingPage}>
      <Routes>
        {WEB_ROUTES.filter((r) => r.access === 'public').map((r) => (
          <Route key={r.path} path={r.path} element={<r.page />} />
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
          <Route path="*" element={loadingPage} />
        ) : me?.mustChangePassword ? (
          <Route path="*" element={<ChangePasswordPage forced />} />
        ) : !me ? (
          <Route path="*" element={<Navigate to="/dang-nhap" replace />} />
        ) : (
          <Route element={<AppLayout menu={MENU} />}>
            {WEB_ROUTES.filter((r) => r.access !== 'public').map((r) => (
              <Route key={r.path} path={r.path} element={<r.page />} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        )}
      </Routes>
    </Suspense>
  );
}
