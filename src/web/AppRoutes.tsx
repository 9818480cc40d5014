import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/auth';
import { LoginPage } from './pages/LoginPage';
import { ChangePasswordPage, MENU, WEB_ROUTES } from './routes';

// Loaded when first needed, so the sign-in page and the public pages do not wait for them: the signed-in
// frame (menu, header), the first-run setup and the not-found page.
const loadAppLayout = () => import('./components/AppLayout');
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));
const SetupPage = lazy(() => import('./pages/accounts/SetupPage').then((m) => ({ default: m.SetupPage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

const loadingPage = <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;

/** The router: the sign-in flow here, every page from the one table (`routes.tsx`). */
export function AppRoutes() {
  const { me, loading, instance } = useAuth();
  // signed in: fetch the frame at once, alongside the page's own chunk, rather than one after the other
  if (me) void loadAppLayout();
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
