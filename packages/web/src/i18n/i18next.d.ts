import type { UiStrings } from './resources.ts';

/** Makes `t('…')` check its key against the English strings at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiStrings };
  }
}
