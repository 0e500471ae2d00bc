import { z } from 'zod';

// Runs in the browser before the app. Zod probes whether it may compile parsers with
// `new Function`; our CSP forbids eval, and browsers report the probe's (caught) failure as
// a policy violation. Parsing without the compiled fast path avoids the probe.
z.config({ jitless: true });
