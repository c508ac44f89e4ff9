// CORS is off (no grant to any Origin) unless KG_CORS_ORIGINS lists the origins allowed to read answers
// from a browser page. Yoga's default echoed every Origin back with credentials allowed. No credentials
// either way: writes take a bearer token, never a cookie.
import type { YogaServerOptions } from 'graphql-yoga';

type CorsOption = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

/** The origins in KG_CORS_ORIGINS (comma or space separated), e.g. "https://a.example, http://localhost:5173". */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.KG_CORS_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean);
}

export function corsOptions(origins: string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization'] };
  };
}
