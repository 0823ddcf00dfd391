import type {APIRoute} from "astro";
import {dataPackage} from "../datapackage/dataPackage.ts";
import {loadCheckedSite} from "../site.ts";

// One file for the whole site, written at build time.
export const prerender = true;
export const GET: APIRoute = () => new Response(`${JSON.stringify(dataPackage(loadCheckedSite()), null, 2)}\n`, {headers: {"Content-Type": "application/json"}});
