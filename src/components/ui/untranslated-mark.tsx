import { untranslatedLocale } from '../../domain/edition/model';
import type { LocalizedText } from '../../domain/edition/schema';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';

/**
 * "Not translated", after a text of a user edition that exists only in the other language (the
 * text itself is then shown in that language, never blank). Renders nothing for a translated text.
 */
export function UntranslatedMark({ text }: { readonly text: LocalizedText }) {
  const { t, locale } = useUiLocale();
  if (untranslatedLocale(text) !== locale) return null;
  return <span className="untranslated">{t('comparison.notTranslated')}</span>;
}
