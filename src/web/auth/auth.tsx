import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { InstanceStatus, Me } from '../../contract/accounts';
import { ApiError, api } from '../api/client';

/**
 * The sign-in endpoints, a chunk of their own rather than part of the first script: the contract's schemas
 * (zod) are not needed to draw the sign-in page, which then loads faster on a slow connection.
 */
let endpointsLoad: Promise<typeof import('../../contract/accounts').authApi> | undefined;
const authEndpoints = () =>
  (endpointsLoad ??= import('../../contract/accounts')
    .then((m) => m.authApi)
    .catch((e: unknown) => {
      endpointsLoad = undefined; // a failed download is tried again at the next call
      throw e;
    }));
// Every page asks who is signed in first: start the download now, while React draws the first page.
void authEndpoints().catch(() => undefined);

interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Demo banner and first-run setup; null until loaded (or when the server cannot be reached). */
  instance: InstanceStatus | null;
  /** Load the signed-in user and the instance status again (after setup or a password change). */
  reload(): Promise<void>;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const Ctx = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [instance, setInstance] = useState<InstanceStatus | null>(null);
  const load = useCallback(async () => {
    let inst: Promise<InstanceStatus | null> = Promise.resolve(null);
    try {
      const authApi = await authEndpoints();
      inst = api.call(authApi.instance, {}).catch(() => null);
      setMe(await api.call(authApi.me, {}));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
      setMe(null);
    } finally {
      setInstance(await inst);
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const login = useCallback(
    async (username: string, password: string) => {
      await api.call((await authEndpoints()).login, { body: { username, password } });
      await load();
    },
    [load],
  );
  const logout = useCallback(async () => {
    await api.call((await authEndpoints()).logout, {});
    setMe(null);
  }, []);
  const value = useMemo(
    () => ({ me, loading, instance, reload: load, login, logout }),
    [me, loading, instance, load, login, logout],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): AuthState {
  const c = useContext(Ctx);
  if (!c) throw new Error('AuthProvider missing');
  return c;
}

/** The signed-in user; only call inside routes that require login. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('not signed in');
  return me;
}
