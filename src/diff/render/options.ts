import type { Language } from '../../messages/language.js';

export interface RenderOptions {
  /** The language of the report's own words (default English); HR21's words stay Dutch. */
  language?: Language;
}

export interface TextRenderOptions extends RenderOptions {
  /** ANSI colour; the CLI turns it on at a terminal unless NO_COLOR is set. */
  color?: boolean;
  /** The title line naming both files (default true); `hr21 check` names them in its own line. */
  title?: boolean;
}
