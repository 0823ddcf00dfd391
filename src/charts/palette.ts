/**
 * Chart colours. Charts draw with these literal values; the site's stylesheet
 * re-maps each one per colour scheme with an attribute selector
 * (`[fill="#c8102e"] { fill: var(--chart-accent) }`), so one SVG serves light
 * and dark mode and a downloaded SVG keeps real colours.
 */
export const palette = {
  /** The figure the chart is about: dismissals, the range, the event. */
  accent: "#c8102e",
  /** Everything else that is data. */
  base: "#5f6b7a",
  /** Background tracks: the whole of which a bar is part. */
  track: "#e3e6ea",
} as const;

/**
 * Colours for the parts of a whole, in order: each at least 3:1 against the
 * page in light and dark (the stylesheet maps each to its dark value), and
 * every part is also named in words beside its swatch.
 */
export const partColours = [palette.accent, palette.base, "#1f6f8b", "#a15c00", "#6b4c9a", "#2e7d32"] as const;
