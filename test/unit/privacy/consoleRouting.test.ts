import { AuthenticationError } from 'botframework-connector';
import { routeConsoleToLogger } from '../../../src/logger';
import { CapturedLog } from '../../helpers/productionServer';

describe('console output of libraries', () => {
  it('a refused request is one warn line in the log, without a stack', () => {
    const log = new CapturedLog('info');
    const restore = routeConsoleToLogger(log.logger);
    try {
      console.error(new AuthenticationError('Unauthorized Access. Request is not authorized', 401));
    } finally {
      restore();
    }
    expect(log.entries()).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: 'request refused',
        status: 401,
        reason: 'Unauthorized Access. Request is not authorized',
      }),
    ]);
    expect(log.text).not.toMatch(/\n\s+at /);
    expect(log.text).not.toContain('stack');
  });

  it('other errors and warnings keep their level and are redacted', () => {
    const log = new CapturedLog('info');
    const restore = routeConsoleToLogger(log.logger);
    try {
      console.error(new Error('failed for 19121212-1212, anna@example.se'));
      console.warn('BadRequest: call me on 070-123 45 67');
    } finally {
      restore();
    }
    const [error, warning] = log.entries();
    expect(error).toMatchObject({ level: 'error', msg: 'console.error' });
    expect(warning).toMatchObject({ level: 'warn', msg: 'console.warn' });
    expect(log.text).not.toMatch(/19121212|anna@example|070-123/);
  });

  it("Node's own process warnings are warnings, not errors", () => {
    const log = new CapturedLog('info');
    const restore = routeConsoleToLogger(log.logger);
    try {
      console.error(
        "(node:4242) [DEP0111] DeprecationWarning: Access to process.binding('http_parser') is deprecated.",
      );
    } finally {
      restore();
    }
    expect(log.entries()).toEqual([expect.objectContaining({ level: 'warn' })]);
  });

  it('puts the console back', () => {
    const before = console.error;
    routeConsoleToLogger(new CapturedLog().logger)();
    expect(console.error).toBe(before);
  });
});
