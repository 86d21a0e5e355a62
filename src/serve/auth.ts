import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './http-error.js';

export interface AuthOptions {
  token: string;
}

/** Routes anyone may call: a load balancer's liveness probe carries no token. */
const OPEN_ROUTES = new Set(['/healthz']);

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Every route but /healthz needs `Authorization: Bearer <token>`. Both sides are hashed first,
 * so the comparison takes the same time whatever the length or content of the guess.
 */
async function authPlugin(app: FastifyInstance, options: AuthOptions): Promise<void> {
  const expected = digest(options.token);
  app.addHook('onRequest', async (request, reply) => {
    if (OPEN_ROUTES.has(request.routeOptions.url ?? '')) return;
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return;
    reply.header('www-authenticate', 'Bearer realm="hr21"');
    throw new HttpError('HR21_UNAUTHORIZED', given === undefined ? 'this server needs Authorization: Bearer <token>' : 'the token is not valid');
  });
}

export default fp(authPlugin, { name: 'hr21-auth', dependencies: ['hr21-errors'] });
