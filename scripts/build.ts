// `npm run build`: a production build of the Next app, recorded so that `npm start` does not build again.
import { buildApp } from "./app-build";

buildApp({ force: true });
