// Imported first by the launcher, so a wrong configuration value stops `npm start` with one
// message before any other module reads it, a database starts or a build begins.
import { envOrExit } from "../lib/env";

envOrExit();
