import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { nl } from './nl.js';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export const catalogues: Record<Language, Catalogue> = { nl, en };

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/**
 * The language of a locale setting such as "nl_NL.UTF-8" or "en-GB", if it is one we speak.
 * "C", "POSIX" and other languages give undefined.
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const prefix = locale?.toLowerCase().match(/^([a-z]{2})(?:[_.@-]|$)/)?.[1];
  return prefix !== undefined && isLanguage(prefix) ? prefix : undefined;
}
