import type {APIRoute} from "astro";
import {chartFile, devChartPaths} from "../../embed/chartFile.ts";

export const getStaticPaths = devChartPaths;
export const GET: APIRoute = ({params}) => chartFile(params.chart!, "csv");
