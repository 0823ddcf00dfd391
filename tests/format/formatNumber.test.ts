import {describe, expect, it} from "vitest";
import {numberMentions} from "../../src/data/numberMentions.ts";
import {printedForm} from "../../src/data/printedForm.ts";
import {formatValue, type NumberLocale} from "../../src/format/formatNumber.ts";
import {parseUnit, type Unit} from "../../src/format/unit.ts";

const en: NumberLocale = {locale: "en-GB", currencyDisplay: "narrowSymbol"};
const us: NumberLocale = {locale: "en-US", currencyDisplay: "narrowSymbol"};
const de: NumberLocale = {locale: "de-DE", currencyDisplay: "narrowSymbol"};
const unit = (text: string): Unit => parseUnit(text, "GBP")!;

/**
 * Each row: a value as a data file writes it, its unit, the words of the source
 * that state it, the site's locale, and what every page must print (with the
 * no-break space a locale puts between number and sign).
 */
const cases: [string, string, string, NumberLocale, string][] = [
  ["1809", "count", "1,809 officers", en, "1,809"],
  ["1809", "count", "1,809 officers", de, "1.809"],
  ["35800000", "count", "35.8 million journeys", en, "35.8 million"],
  ["35800000", "count", "35.8 million journeys", de, "35,8 Millionen"],
  ["2100000000", "count", "2,100 million passengers", en, "2.1 billion"],
  ["800000", "count", "0.8 million riders", en, "0.8 million"],
  ["800000", "count", "0.8 million riders", de, "0,8 Millionen"],
  ["1000000", "count", "1 million riders", de, "1 Million"],
  ["500000", "EUR", "€0.5 million", de, "0,5 Millionen\u00A0€"],
  ["1.60", "GBP", "a fare of £1.60", en, "£1.60"],
  ["1.6", "gbp", "a fare of £1.6", en, "£1.60"],
  ["4.25", "USD", "a day pass costs $4.25", us, "$4.25"],
  ["4.25", "USD", "a day pass costs $4.25", en, "$4.25"],
  ["1.60", "EUR", "a fare of €1.60", de, "1,60\u00A0€"],
  ["700", "GBP", "a fine of £700", en, "£700"],
  ["18000000", "GBP", "£18 million", en, "£18 million"],
  ["18000000", "currency", "£18m", en, "£18 million"],
  ["2100000000", "GBP", "£2.1bn", en, "£2.1 billion"],
  ["2100000000", "EUR", "€2.1 billion", de, "2,1 Milliarden\u00A0€"],
  ["1500", "JPY", "¥1,500", en, "¥1,500"],
  ["82", "percent", "largely white (82%)", en, "82%"],
  ["82", "percent", "largely white (82%)", de, "82\u00A0%"],
  ["0.71", "percent", "only 13 (0.71%)", en, "0.71%"],
  ["3.5", "points", "up 3.5 percentage points", en, "3.5 percentage points"],
  ["1", "points", "up one percentage point", en, "1 percentage point"],
  ["3", "in-10", "fewer than three in 10", en, "3 in 10"],
  ["1", "in-4", "one in four riders", en, "1 in 4"],
];

describe("numbers as newsrooms print them", () => {
  for (const [value, unitText, quote, locale, expected] of cases) {
    it(`${value} ${unitText} stated as "${quote}" prints ${expected} in ${locale.locale}`, () => {
      // Sources are read in English here, as the quotes are; the site prints in its own locale.
      const {printed} = printedForm(value, numberMentions(quote, "en-GB"));
      expect(printed, `"${quote}" states ${value}`).toBeDefined();
      expect(formatValue(Number(value), unit(unitText), printed!, locale)).toBe(expected);
    });
  }

  it("currencyDisplay: symbol (US$), code and name are the newsroom's choice", () => {
    const printed = {decimals: 2, scale: 0};
    expect(formatValue(4.25, unit("USD"), printed, {locale: "en-GB", currencyDisplay: "symbol"})).toBe("US$4.25");
    expect(formatValue(4.25, unit("USD"), printed, {locale: "en-GB", currencyDisplay: "code"})).toMatch(/^USD\s4\.25$/);
  });

  it("parseUnit(text) reads every unit an editor may write, and refuses others", () => {
    expect(parseUnit("GBP", "EUR")).toEqual({kind: "currency", code: "GBP"});
    expect(parseUnit("usd", "EUR")).toEqual({kind: "currency", code: "USD"});
    expect(parseUnit("currency", "EUR")).toEqual({kind: "currency", code: "EUR"});
    expect(parseUnit("in-100", "EUR")).toEqual({kind: "ratio", per: 100});
    expect(parseUnit("percentage-points", "EUR")).toEqual({kind: "points"});
    for (const wrong of ["XYZ", "dollars", "in-0", "in-x", "per cent", ""]) expect(parseUnit(wrong, "EUR"), wrong).toBeUndefined();
  });
});

describe("numberMentions(text, locale)", () => {
  it("reads numbers as the source's locale writes them", () => {
    expect(numberMentions("1.809 Busse und 1,60 € und 35,8 Millionen Fahrten", "de-DE")).toEqual([
      {value: 1809, base: 1809, decimals: 0, scale: 0},
      {value: 1.6, base: 1.6, decimals: 2, scale: 0},
      {value: 35800000, base: 35.8, decimals: 1, scale: 6},
    ]);
    expect(numberMentions("12 345,6 voyageurs et 3 millions", "fr-FR").map((m) => m.value)).toEqual([12345.6, 3e6]);
  });

  it("reads English scale words and suffixes in any locale", () => {
    expect(numberMentions("£18m and $1.2bn and 35.8 million", "en-US").map((m) => [m.base, m.scale])).toEqual([[18, 6], [1.2, 9], [35.8, 6]]);
  });
});

describe("printedForm(value, mentions)", () => {
  it("keeps the source's decimals and the row's own: 1.60 keeps two, and a quote's 35.8 million keeps one at 10^6", () => {
    expect(printedForm("1.60", numberMentions("£1.6")).printed).toEqual({decimals: 2, scale: 0});
    expect(printedForm("1.6", numberMentions("£1.60")).printed).toEqual({decimals: 2, scale: 0});
    expect(printedForm("35800000", numberMentions("35.8 million")).printed).toEqual({decimals: 1, scale: 6});
  });

  it("refuses a value written at the quote's scale, and says what it is", () => {
    expect(printedForm("35.8", numberMentions("35.8 million journeys"))).toEqual({near: {value: 35800000, base: 35.8, decimals: 1, scale: 6}});
    expect(printedForm("36", numberMentions("35.8 million journeys"))).toEqual({near: undefined});
  });
});
