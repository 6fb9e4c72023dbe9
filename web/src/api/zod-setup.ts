// zod's settings for the browser. zod is not part of the first download: it comes with the pages
// that check forms, and every web module that loads it at run time imports this module first (the
// schema gateways, features/*/api/schemas.ts), so the settings are in place before any schema is
// built. zod-setup.test.ts holds the web to that.
import { z } from 'zod';
// The API's messages ("must not be empty"), so a form checked in the browser reads as the server would.
import '@shared/http/zod-messages.ts';

// The app's Content-Security-Policy forbids eval, which zod's compiled parsers probe for when a
// schema is built (and the browser logs the refusal). Interpreted parsing is fast enough for forms.
z.config({ jitless: true });
