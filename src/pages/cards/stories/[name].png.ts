import type {APIRoute} from "astro";
import {cardFile, devCardPaths} from "../../../cards/cardFile.ts";

export const getStaticPaths = () => devCardPaths("stories");
export const GET: APIRoute = ({params}) => cardFile(`/cards/stories/${params.name}.png`);
