/**
 * Removes page furniture that scrapers pick up in the middle of an article, such
 * as a newsletter sign-up promotion and its privacy notice. Each pattern matches
 * from the start of the promotion (just after the previous sentence ends) to the
 * end of the furniture, so the article's own sentences on either side survive.
 */
export interface Boilerplate {
  name: string;
  pattern: RegExp;
}

export const boilerplates: readonly Boilerplate[] = [
  {
    // "<newsletter pitch> Privacy Notice: Newsletters may contain … Terms of Service apply."
    name: "newsletter sign-up and privacy notice",
    // The pitch is one short sentence without a full stop; bounding it keeps an
    // unpunctuated article sentence before it from being taken as part of it.
    pattern: /(?<=[.!?”"’]\s+|^)[^.!?]{0,160}?\bPrivacy Notice: Newsletters may contain[\s\S]{0,400}?Terms of Service apply\.\s*/g,
  },
];

export interface Removal {
  name: string;
  index: number;
  removed: string;
}

export function stripBoilerplate(text: string, patterns: readonly Boilerplate[] = boilerplates): {text: string; removals: Removal[]} {
  const removals: Removal[] = [];
  let out = text;
  for (const {name, pattern} of patterns) {
    out = out.replace(pattern, (removed, index: number) => {
      removals.push({name, index, removed});
      return "";
    });
  }
  return {text: out, removals};
}
