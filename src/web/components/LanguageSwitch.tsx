import { Segmented } from 'antd';
import { type Lang, useI18n } from '../i18n/i18n';

/** Tiếng Việt / English, on every page (signed in or public). */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <Segmented
      size="small"
      value={lang}
      options={[
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(v) => setLang(v as Lang)}
      aria-label="Ngôn ngữ / Language"
    />
  );
}
