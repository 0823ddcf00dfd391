import type {APIRoute} from "astro";
import {cardFile, devCardPaths} from "../../cards/cardFile.ts";

export const getStaticPaths = () => devCardPaths("site");
export const GET: APIRoute = ({params}) => cardFile(`/cards/${params.name}.png`);
