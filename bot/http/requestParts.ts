import type { Request } from 'restify';

const field = (record: unknown, name: string): unknown =>
  typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;

/** A route parameter (`:conversationId`): restify types `req.params` as `any`. */
export function routeParam(req: Request, name: string): string | undefined {
  const value = field(req.params, name);
  return typeof value === 'string' ? value : undefined;
}

/** A query-string value, still unchecked: the caller parses it. */
export const queryValue = (req: Request, name: string): unknown => field(req.query, name);
