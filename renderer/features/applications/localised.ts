import { storeToRefs } from 'pinia';
import type { LocalisedText } from '../../../shared/contract/catalog-text.ts';
import type { Locale } from '../../../shared/locales.ts';
import { usePreferencesStore } from '../../stores/preferences.ts';

/** A catalog text in `locale`, its {name} placeholders filled from `params` (unknown ones left as they are). */
export function localised(text: LocalisedText, locale: Locale, params: Record<string, string | number> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A calendar day (YYYY-MM-DD) written for `locale`: 2027年3月15日, 15 March 2027 (a day, not an instant: no time zone moves it). */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** An instant written for `locale` in the catalog's time zone (China: UTC+8), to the minute. */
export function formatTime(iso: string, locale: Locale, utcOffsetMinutes = 480): string {
  const shifted = new Date(Date.parse(iso) + utcOffsetMinutes * 60_000);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(shifted);
}

/** Catalog texts and days in the language on screen now. */
export function useLocalised() {
  const { locale } = storeToRefs(usePreferencesStore());
  return {
    locale,
    text: (value: LocalisedText, params?: Record<string, string | number>) => localised(value, locale.value, params),
    day: (value: string) => formatDay(value, locale.value),
    time: (value: string, utcOffsetMinutes?: number) => formatTime(value, locale.value, utcOffsetMinutes),
  };
}
