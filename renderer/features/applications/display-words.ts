import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { IdType } from '../../../shared/validation/id-number.ts';
import type { DisplayWords } from './field-display.ts';
import { useLocalised } from './localised.ts';

/** The words displayValue reads values back in: catalog texts and days in the language on screen, 是/否 and document types from the locale files. */
export function useDisplayWords() {
  const { t } = useI18n();
  const words = useLocalised();
  return computed<DisplayWords>(() => ({
    text: words.text,
    day: words.day,
    yes: t('applyForm.yes'),
    no: t('applyForm.no'),
    idType: (value: string) => t(`idTypes.${value as IdType}`),
  }));
}
