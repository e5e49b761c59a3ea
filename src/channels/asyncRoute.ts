/** Restify 11 takes a route handler only as (req, res, next) or as an async (req, res): this makes any handler the latter. */
import type { Request, Response } from 'restify';

/** A route handler that may or may not be async. */
export type Handler = (req: Request, res: Response) => void | Promise<void>;

/** Wraps a handler into the async form restify requires for handlers without `next`. */
export function asyncRoute(handler: Handler): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    await Promise.resolve(handler(req, res));
  };
}
