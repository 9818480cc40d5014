import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Load data from the API; `reload()` after a change. Errors are kept for display, never thrown.
 * `deps` are the values the request depends on; it reloads when they change.
 */
export function useData<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const loader = useRef(load);
  loader.current = load;
  const key = JSON.stringify(deps);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await loader.current());
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void key;
    void reload();
  }, [key, reload]);
  return { data, error, loading, reload, setData };
}
