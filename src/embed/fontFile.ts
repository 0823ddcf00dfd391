import {createRequire} from "node:module";

const require = createRequire(import.meta.url);

/** Inter, which ships with the project (npm), in two weights: resvg draws no text without a font file. */
export const fontFile = {
  regular: require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
} as const;

export type Weight = keyof typeof fontFile;
