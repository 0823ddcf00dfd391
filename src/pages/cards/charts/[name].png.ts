import type {APIRoute} from "astro";
import {cardFile, devCardPaths} from "../../../cards/cardFile.ts";

export const getStaticPaths = () => devCardPaths("charts");
export const GET: APIRoute = ({params}) => cardFile(`/cards/charts/${params.name}.png`);
