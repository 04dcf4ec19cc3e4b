import { ConfigError, validateEnv } from './env';

describe('validateEnv', () => {
  it('applies the documented defaults', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      HEARTH_DEMO: true,
      CRISIS_ESCALATION_MINUTES: 10,
      AUTO_HIDE_SCORE: 3,
      HEARTH_DATA_DIR: '.data',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans from strings', () => {
    const env = validateEnv({ PORT: '8080', HEARTH_DEMO: 'off', AUTO_HIDE_SCORE: '5' });
    expect(env.PORT).toBe(8080);
    expect(env.HEARTH_DEMO).toBe(false);
    expect(env.AUTO_HIDE_SCORE).toBe(5);
  });

  it('turns demo data off by default in production', () => {
    expect(validateEnv({ NODE_ENV: 'production' }).HEARTH_DEMO).toBe(false);
  });

  it('ignores variables Hearth does not read', () => {
    expect(() => validateEnv({ PATH: '/usr/bin', HOME: '/root', npm_config_x: '1' })).not.toThrow();
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be an integer port number \(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must not be greater than 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL must be a postgres:\/\/ connection URL$/],
    [{ REDIS_URL: 'localhost:6379' }, /^Invalid configuration: REDIS_URL must be a redis:\/\/ connection URL$/],
    [{ HEARTH_DEMO: 'maybe' }, /^Invalid configuration: HEARTH_DEMO must be true or false/],
    [
      { CRISIS_ESCALATION_MINUTES: '0' },
      /^Invalid configuration: CRISIS_ESCALATION_MINUTES must not be less than 0.05/,
    ],
    [{ NODE_ENV: 'staging' }, /^Invalid configuration: NODE_ENV must be one of/],
  ])('refuses %j with one line naming the variable', (raw, message) => {
    expect(() => validateEnv(raw)).toThrow(ConfigError);
    expect(() => validateEnv(raw)).toThrow(message);
  });

  it('never echoes a secret value back', () => {
    expect(() => validateEnv({ JWT_SECRET: 'short-secret' })).toThrow(
      /^Invalid configuration: JWT_SECRET must be at least 32 characters$/,
    );
  });
});

describe('proxies and documentation', () => {
  it('trusts no proxy by default and serves docs outside production only', () => {
    expect(validateEnv({}).TRUST_PROXY).toBeUndefined();
    expect(validateEnv({}).API_DOCS).toBe(true);
    expect(validateEnv({ NODE_ENV: 'production' }).API_DOCS).toBe(false);
    expect(validateEnv({ NODE_ENV: 'production', API_DOCS: '1' }).API_DOCS).toBe(true);
  });

  it('takes addresses, subnets and the names loopback, linklocal and uniquelocal', () => {
    expect(validateEnv({ TRUST_PROXY: '172.28.0.10' }).TRUST_PROXY).toBe('172.28.0.10');
    expect(validateEnv({ TRUST_PROXY: '10.0.0.0/8, fd00::/8,::1, loopback' }).TRUST_PROXY).toBe(
      '10.0.0.0/8, fd00::/8,::1, loopback',
    );
  });

  it.each(['true', '1', 'caddy', '10.0.0.0/33', '300.1.1.1', '10.0.0.1,,'])('refuses TRUST_PROXY=%s', (value) => {
    expect(() => validateEnv({ TRUST_PROXY: value })).toThrow(/^Invalid configuration: TRUST_PROXY must be/);
  });
});

describe('log format', () => {
  it('is readable in development (npm start) and JSON elsewhere, unless LOG_FORMAT says', () => {
    expect(validateEnv({}).LOG_FORMAT).toBe('pretty');
    expect(validateEnv({ NODE_ENV: 'test' }).LOG_FORMAT).toBe('json');
    expect(validateEnv({ NODE_ENV: 'production' }).LOG_FORMAT).toBe('json');
    expect(validateEnv({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
    expect(validateEnv({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }).LOG_FORMAT).toBe('pretty');
  });

  it('refuses anything else', () => {
    expect(() => validateEnv({ LOG_FORMAT: 'xml' })).toThrow(
      /^Invalid configuration: LOG_FORMAT must be one of the following values: pretty, json \(got "xml"\)$/,
    );
  });
});
