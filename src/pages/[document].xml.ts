import type {APIRoute} from "astro";
import {xmlDocuments} from "../feeds/xmlDocuments.ts";

// /feed.xml and /sitemap.xml, when the site's address is known.
export const getStaticPaths = () => xmlDocuments().map(({name}) => ({params: {document: name}}));
export const GET: APIRoute = ({params}) => {
  const document = xmlDocuments().find((d) => d.name === params.document);
  return document ? new Response(document.body(), {headers: {"Content-Type": `${document.type}; charset=utf-8`}}) : new Response(null, {status: 404});
};
