import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { isIP } from 'node:net';

/**
 * An unset variable skips its checks. The environment has no null, so this is
 * all common/optional's OptionalField does here; config sits below common.
 */
const IfSet = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) {
    return true;
  }
  if (['0', 'false', 'no', 'off', ''].includes(v)) {
    return false;
  }
  return value;
};

const toNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a subnet (address/bits) or one of proxy-addr's names, as Express's `trust proxy` takes them. */
function isProxy(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) {
    return true;
  }
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

const IsProxyList = (): PropertyDecorator =>
  ValidateBy({
    name: 'isProxyList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.split(',').every((e) => isProxy(e.trim())),
      defaultMessage: () =>
        'must be a comma-separated list of proxy addresses or subnets (e.g. 172.28.0.10 or 10.0.0.0/8)',
    },
  });

/** Every setting Hearth reads from the environment (API.md, Configuration). */
export class Env {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger)
  @IsInt({ message: 'must be an integer port number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IfSet()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IfSet()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// connection URL' })
  REDIS_URL?: string;

  @IfSet()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IfSet()
  @IsString()
  HEARTH_ADMIN_EMAIL?: string;

  @IfSet()
  @IsString()
  HEARTH_ADMIN_PASSWORD?: string;

  /** Defaults to on outside production (resolved in validateEnv). */
  @IfSet()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  HEARTH_DEMO?: boolean;

  /** Fractions are allowed (0.5 = 30 s) for drills and tests. */
  @Transform(toNumber)
  @IsNumber({}, { message: 'must be a number of minutes' })
  @Min(0.05)
  CRISIS_ESCALATION_MINUTES = 10;

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  AUTO_HIDE_SCORE = 3;

  /** Chat messages older than this many days are deleted (unset or 0: kept). The audit log outlives them. */
  @IfSet()
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0)
  CHAT_RETENTION_DAYS?: number;

  /** Care-line messages older than this many days are deleted (unset or 0: kept); chat retention never applies to them. */
  @IfSet()
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0)
  CARE_RETENTION_DAYS?: number;

  /** Other origins allowed to call the API from a browser (comma-separated); none by default. */
  @IfSet()
  @Matches(/^(https?:\/\/[^\s,]+)(\s*,\s*https?:\/\/[^\s,]+)*$/, {
    message: 'must be a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS?: string;

  /**
   * The reverse proxies whose X-Forwarded-For is believed: addresses, subnets
   * (CIDR) or the names loopback, linklocal, uniquelocal, comma-separated. Unset:
   * none, so a client cannot pose as many addresses to get past per-address limits.
   */
  @IfSet()
  @IsProxyList()
  TRUST_PROXY?: string;

  /** Serve the OpenAPI documentation at /api/docs (resolved in validateEnv: on outside production). */
  @IfSet()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  API_DOCS?: boolean;

  /** Automatic logoff: a member's session ends after this long without use (minutes; default 7 days). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(5)
  SESSION_IDLE_MINUTES = 7 * 24 * 60;

  /** Automatic logoff for staff, who see other people's health information (minutes). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(5)
  STAFF_SESSION_IDLE_MINUTES = 30;

  /** Threads that run the crisis and personal-detail rules off the event loop (0: on it). Default: one per core beyond the first, up to 4. */
  @IfSet()
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(16)
  SCREENING_THREADS?: number;

  /** Where embedded PostgreSQL data, the generated JWT secret and other local state live. */
  @IsString()
  HEARTH_DATA_DIR = '.data';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** `pretty`: one readable line per entry, framework chatter and requests at debug; `json`: one JSON object a line. */
  @IfSet()
  @IsIn(['pretty', 'json'])
  LOG_FORMAT?: 'pretty' | 'json';
}

export class ConfigError extends Error {}

/**
 * Validates raw environment values into a typed Env. Throws a ConfigError whose
 * message is one line naming the first bad variable, so a bad deploy says why.
 */
export function validateEnv(raw: Record<string, string | undefined>): Env {
  const env = plainToInstance(Env, withoutEmpty(raw), { exposeDefaultValues: true });
  // whitelist drops every variable Hearth does not read (PATH, HOME, ...).
  const errors = validateSync(env, { whitelist: true });
  if (errors.length > 0) {
    const first = errors[0];
    // Say what is wrong with the kind of value before its range ("abc" is not "too big").
    const constraints = Object.entries(first.constraints ?? {});
    const [, reason = 'is invalid'] =
      constraints.find(([name]) => !['min', 'max', 'minLength', 'maxLength'].includes(name)) ?? constraints[0] ?? [];
    const secret = /SECRET|PASSWORD|URL/.test(first.property);
    const shown = secret ? '' : ` (got ${JSON.stringify(first.value)})`;
    throw new ConfigError(
      `Invalid configuration: ${first.property} ${reason.replace(`${first.property} `, '')}${shown}`,
    );
  }
  if (env.HEARTH_DEMO === undefined) {
    env.HEARTH_DEMO = env.NODE_ENV !== 'production';
  }
  if (env.API_DOCS === undefined) {
    env.API_DOCS = env.NODE_ENV !== 'production';
  }
  if (env.LOG_FORMAT === undefined) {
    env.LOG_FORMAT = env.NODE_ENV === 'development' ? 'pretty' : 'json';
  }
  return env;
}

/** An empty variable (`PORT=`) means "use the default", as in most twelve-factor apps. */
function withoutEmpty(raw: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && value !== '') {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Production refuses to start on weak settings: no JWT secret, demo accounts on,
 * or a bootstrap admin password that is short or the demo one.
 */
export function refuseWeakProductionConfig(env: Env): void {
  if (env.NODE_ENV !== 'production') {
    return;
  }
  if (!env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production');
  }
  if (env.HEARTH_DEMO) {
    throw new ConfigError('Invalid configuration: HEARTH_DEMO must be off when NODE_ENV=production');
  }
  const admin = env.HEARTH_ADMIN_PASSWORD;
  if (admin !== undefined && (admin.length < 12 || /^(hearth-demo|password|changeme|admin)/i.test(admin))) {
    throw new ConfigError(
      'Invalid configuration: HEARTH_ADMIN_PASSWORD is too weak for production (12+ characters, not a default)',
    );
  }
}
