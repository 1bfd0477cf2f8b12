import 'i18next';
import type en from '../../locales/en.json';
import type decide from '../../locales/on-demand/decide.en.json';
import type editor from '../../locales/on-demand/editor.en.json';
import type embed from '../../locales/on-demand/embed.en.json';
import type newComparison from '../../locales/on-demand/new-comparison.en.json';
import type sharedLink from '../../locales/on-demand/shared-link.en.json';

// The strings of the first view, and those of the parts that bring their own (see `addOnDemandStrings`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en & typeof decide & typeof editor & typeof embed & typeof newComparison & typeof sharedLink;
    };
  }
}
