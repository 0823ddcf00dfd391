/** Where the data package is served, as a site path (at the site's root, so its relative paths name /downloads/). */
export const dataPackagePath = "/datapackage.json";

/** The address of a page of the data page's list of tables: page 1 is /data/. */
export const dataPagePath = (number = 1) => (number === 1 ? "/data/" : `/data/page/${number}/`);
