'use client';

import { createInstance } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';

interface Props {
  locale: string;
  /** Only the strings the leaf below needs. */
  messages: Record<string, string>;
  children: ReactNode;
}

/** A tiny i18next instance for one interactive leaf, so pages do not ship whole dictionaries. */
export function I18nLeafProvider({ locale, messages, children }: Props) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: locale,
      resources: { [locale]: { translation: messages } },
      fallbackLng: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    return instance;
  }, [locale, messages]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
