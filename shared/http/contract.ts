import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One API endpoint, described once: the server registers, validates and documents it from this,
 * and the typed client calls it from this.
 */
export interface Endpoint<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | null = z.ZodType | null,
> {
  method: HttpMethod;
  /** Fastify-style path: `/api/v1/goals/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** `user`: a signed-in person or a bearer token; `none`: anyone; `optional`: both, handler decides. */
  auth: 'user' | 'none' | 'optional';
  /**
   * `token in path`: the request's credential is a secret in its own address (an unsubscribe link),
   * never an ambient cookie, so another site sending it is no forgery: route() skips the origin
   * check, which would refuse a mail client's cross-site one-click POST (RFC 8058).
   */
  credential?: 'token in path';
  status: number;
  /**
   * The media types the success answer comes in, for the API document: JSON unless named (a CSV
   * file, an iCalendar feed). A list when the request chooses (`format`, Accept).
   */
  produces?: readonly string[];
  params?: P;
  query?: Q;
  body?: B;
  /** null: no body (204). */
  response: R;
}

/** Declares an endpoint, keeping its literal types (auth mode, schemas) for the typed client and routes. */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;
type In<T> = T extends z.ZodType ? z.input<T> : undefined;

export type ParamsOf<E> = E extends { params: infer P } ? Out<P> : undefined;
export type QueryOf<E> = E extends { query: infer Q } ? Out<Q> : undefined;
export type BodyOf<E> = E extends { body: infer B } ? Out<B> : undefined;
export type ResponseOf<E> = E extends { response: infer R } ? Out<R> : undefined;

/** What a caller passes: the schemas' input types, so defaults may be left out. */
export type CallArgs<E> = (E extends { params: infer P extends z.ZodType }
  ? { params: In<P> }
  : { params?: undefined }) &
  (E extends { query: infer Q extends z.ZodType } ? { query?: In<Q> } : { query?: undefined }) &
  (E extends { body: infer B extends z.ZodType } ? { body: In<B> } : { body?: undefined });
