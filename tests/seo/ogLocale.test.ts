import {describe, expect, it} from "vitest";
import {ogLocale} from "../../src/seo/ogLocale.ts";

describe("ogLocale", () => {
  it("writes a locale as Open Graph does, language_TERRITORY, and a bare language as it is", () => {
    expect([ogLocale("en-GB"), ogLocale("zh-Hant-TW"), ogLocale("de"), ogLocale("en-GB")]).toEqual(["en_GB", "zh_TW", "de", "en_GB"]);
  });
});
