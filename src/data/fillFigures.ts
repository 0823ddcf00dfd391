/** `{fig:id}` in an editor's text: a figure from data/, printed where the token stands. */
export const figureToken = /\{fig:([^}]*)\}/g;

/** The text with each `{fig:id}` replaced by `format(id)`. */
export function fillFigures(text: string, format: (id: string) => string): string {
  return text.replace(figureToken, (_, id: string) => format(id));
}
