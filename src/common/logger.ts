import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { LoggerService, LogLevel } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';
import type { Env } from '../config/env';

const REQUEST_ID = /^[\w-]{8,64}$/;

/**
 * Structured JSON logs with a request id. Health data rule: bodies are never
 * logged, credentials are redacted, and query strings (search terms) are cut.
 * `LOG_FORMAT=pretty` (development's default) writes the same entries as readable
 * lines, and puts each request at debug (a server error stays an error): at rest
 * the terminal is quiet, and `LOG_LEVEL=debug` shows one compact line a request.
 */
export function loggerParams(env: Env, destination?: DestinationStream): Params {
  const readable = env.LOG_FORMAT === 'pretty' && !destination;
  const options: Options = {
    level: env.LOG_LEVEL,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: pathOnly(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: {
      ignore: (req: IncomingMessage) => req.url === '/api/health' || !req.url?.startsWith('/api'),
    },
    customSuccessMessage: (req, res) => `${req.method} ${pathOnly(req.url ?? '')} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOnly(req.url ?? '')} ${res.statusCode}`,
    ...(readable ? { customLogLevel: requestLevelWhenReadable } : {}),
  };
  const out = destination ?? (readable ? readableDestination() : undefined);
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: out ? [options, out] : options,
  };
}

function requestLevelWhenReadable(_req: IncomingMessage, res: ServerResponse, error?: Error): 'error' | 'debug' {
  return error || res.statusCode >= 500 ? 'error' : 'debug';
}

/**
 * One readable line an entry, for a person at a terminal: time, level, where, what.
 * Written synchronously, so that lines keep their order with what main.ts prints.
 */
export function readableDestination(): DestinationStream {
  return pretty({
    sync: true,
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    // The fields a terminal reader does not need (`applied`: the migration names; the message has their count).
    ignore: 'pid,hostname,context,req,res,responseTime,applied',
    messageFormat: '{if context}{context}: {end}{msg}',
    singleLine: true,
  });
}

/** What Nest says about itself while starting: one line per module, route and socket handler. */
const FRAMEWORK_CHATTER = new Set([
  'NestFactory',
  'NestApplication',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'WebSocketsController',
]);

/**
 * Nest's own start-up lines (about 180 of them) at debug instead of info, so that a
 * readable log shows what a person starting Hearth needs; everything else is passed on.
 */
export class QuietFrameworkLogger implements LoggerService {
  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && FRAMEWORK_CHATTER.has(context)) {
      this.inner.debug?.(message, ...rest);
      return;
    }
    this.inner.log(message, ...rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.inner.error(message, ...rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.inner.warn(message, ...rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.inner.debug?.(message, ...rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.inner.verbose?.(message, ...rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    (this.inner.fatal ?? this.inner.error).call(this.inner, message, ...rest);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.inner.setLogLevels?.(levels);
  }
}

export function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
