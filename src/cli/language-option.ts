import type { Catalogue } from '../messages/catalogue.js';
import { catalogues, isLanguage, type Language, languageOfLocale, languages } from '../messages/language.js';
import { UsageError } from './usage-error.js';

/**
 * The language of the lines a person reads: --lang, else HR21_LANG, else the locale
 * (LC_ALL, LC_MESSAGES, LANG) when it is Dutch or English, else English, which scripts
 * written against earlier versions expect. The JSON does not depend on it.
 */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  for (const [value, name] of [
    [flag, '--lang'],
    [env.HR21_LANG, 'HR21_LANG'],
  ] as const) {
    if (value === undefined || value === '') continue;
    if (!isLanguage(value)) throw new UsageError(`${name} takes one of ${languages.join(', ')}, not "${value}"`);
    return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageOfLocale(locale) ?? 'en';
}

export function cliCatalogue(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Catalogue {
  return catalogues[cliLanguage(flag, env)];
}
