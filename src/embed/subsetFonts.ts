// Run by fontSubsets in a process of its own: cuts fonts down to some characters and writes them, then
// ends, and harfbuzz's WebAssembly (about 27 MB once it has worked) goes with it, not kept by the build.
// Reads {fonts, files, text} as JSON on its input; exits 0 once every file is written.
import {readFileSync, writeFileSync} from "node:fs";
import subsetFont from "subset-font";

const {fonts, files, text} = JSON.parse(readFileSync(0, "utf8")) as {fonts: string[]; files: string[]; text: string};
for (const [i, font] of fonts.entries()) writeFileSync(files[i]!, await subsetFont(readFileSync(font), text, {targetFormat: "truetype"}));
