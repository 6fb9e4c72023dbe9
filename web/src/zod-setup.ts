import { z } from 'zod';
// The API's messages ("must not be empty"), so a form checked in the browser reads as the server would.
import '../../src/platform/http/errors.ts';

// The app's Content-Security-Policy forbids eval, which zod's compiled parsers probe for (and the
// browser logs the refusal). Interpreted parsing is fast enough for forms.
z.config({ jitless: true });
