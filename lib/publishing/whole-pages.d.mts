// Types of whole-pages.mjs (plain JavaScript, loaded by scripts/serve.mjs outside the bundle).
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

export const PUBLIC_CACHE_CONTROL: string;
export function etagOf(body: string | Uint8Array): string;
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean;
export function isScriptlessPage(pathname: string): boolean;
export function isKeptWhole(pathname: string): boolean;
export function withoutScripts(html: string): string;
export const PAGE_METHODS: string;

type Request = { headers: IncomingHttpHeaders; method?: string; url?: string };
type Entry = { body: Buffer; gzip: Buffer; etag: string; headers: Record<string, string | string[]> };

export function refuseOtherMethods(req: Request, res: ServerResponse): boolean;

export class WholePages {
  constructor(options?: {
    maxBytes?: number;
    maxQueryBytes?: number;
    generation?: () => string;
    databaseReachable?: () => boolean;
    notFoundUrl?: string;
  });
  readonly maxBytes: number;
  readonly maxQueryBytes: number;
  notFoundUrl: string | undefined;
  readonly bytes: number;
  readonly entries: Map<string, Entry>;
  readonly queryBytes: number;
  readonly queryEntries: Map<string, Entry>;
  keyOf(req: Request): string | null;
  notFoundPage(): Promise<Buffer | undefined>;
  get(key: string): Entry | undefined;
  set(key: string, generation: string, entry: Entry): void;
  serve(req: Request, res: ServerResponse): boolean;
  serveOrWait(req: Request, res: ServerResponse): Promise<boolean>;
  capture(req: Request, res: ServerResponse): boolean;
}
