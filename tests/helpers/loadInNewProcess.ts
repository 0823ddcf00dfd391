// Loads a site as a new process does (the next npm run check or build) and prints what its pages show.
import {loadSite} from "../../src/site.ts";
import {siteView} from "./siteView.ts";

process.stdout.write(siteView(loadSite(process.argv[2])));
