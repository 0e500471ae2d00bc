import { headers } from 'next/headers';
import type { Logger } from 'pino';
import { log } from '@/lib/log';

/** The logger bound to the current request's id (proxy.ts sets it); the plain one outside a request. */
export async function requestLogger(): Promise<Logger> {
  try {
    const id = (await headers()).get('x-request-id');
    return id ? log.child({ requestId: id }) : log;
  } catch {
    return log; // scripts and tests run outside a request
  }
}
