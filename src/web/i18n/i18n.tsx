import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { EN } from './en';

export type Lang = 'vi' | 'en';

interface I18n {
  lang: Lang;
  setLang(l: Lang): void;
  /** Vietnamese text in, the current language out. `{name}` placeholders are filled from `vars`. */
  t(vi: string, vars?: Record<string, string | number>): string;
}

const Ctx = createContext<I18n | null>(null);

function fill(s: string, vars?: Record<string, string | number>): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('lang') === 'en' ? 'en' : 'vi'));
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem('lang', l);
    document.documentElement.lang = l;
    setLangState(l);
  }, []);
  const t = useCallback(
    (vi: string, vars?: Record<string, string | number>) => fill(lang === 'en' ? (EN[vi] ?? vi) : vi, vars),
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const c = useContext(Ctx);
  if (!c) throw new Error('I18nProvider missing');
  return c;
}

/** Pick the label in the current language from a `{ vi, en }` pair. */
export function useLabel() {
  const { lang } = useI18n();
  return (l: { vi: string; en: string } | undefined, fallback = '') => (l ? l[lang] : fallback);
}
