/** Composition root: configuration → auth → adapter → bot → server; listens and shuts down on SIGTERM. */
import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { GuideAuthentication } from './auth/guideAuthentication';
import { attachGuide, createGuide } from './composition';
import { ConfigError, loadConfig } from './config';
import { createLogger, routeConsoleToLogger } from './logger';
import { createServer } from './server';

function main(): void {
  let config;
  try {
    config = loadConfig();
  } catch (err: unknown) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  routeConsoleToLogger(logger);
  const startedAt = process.hrtime.bigint();
  let ready = false;

  const authOptions: ConfigurationBotFrameworkAuthenticationOptions = config.auth;
  const auth = new GuideAuthentication(authOptions);
  const guide = createGuide(config);
  const adapter = attachGuide(new CloudAdapter(auth), guide, logger);
  const server = createServer({ config, logger, guide, adapter, isReady: () => ready });

  if (config.localMode) {
    logger.warn(
      'LOCAL MODE: no Microsoft App credentials, /api/messages accepts unauthenticated requests',
    );
  }
  server.listen(config.port, config.host, () => {
    ready = true;
    const ms = Number(process.hrtime.bigint() - startedAt) / 1e6;
    logger.info({ url: server.url, startMs: Math.round(ms), localMode: config.localMode }, 'ready');
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    ready = false;
    server.close(() => {
      guide.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
}

main();
