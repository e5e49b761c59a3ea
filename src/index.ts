/** Composition root: configuration → auth → adapter → bot → server; listens, and on SIGTERM drains the turns in flight and stops. */
import { CloudAdapter } from 'botbuilder';
import { createAuthentication } from './auth/guideAuthentication';
import { attachGuide, createGuide } from './composition';
import { ConfigError, loadConfig } from './config';
import { createLogger, routeConsoleToLogger } from './logger';
import { closeServer, createServer } from './server';

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

  const auth = createAuthentication(config);
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

  // Stop taking requests, let the turns in flight end (their state saved) within
  // SHUTDOWN_DRAIN_MS, cut the rest, then exit. A second signal stops at once.
  const shutdown = async (signal: string) => {
    ready = false;
    logger.info(
      { signal, inFlight: guide.turns.inFlight, boundMs: config.shutdownDrainMs },
      'shutting down: draining turns in flight',
    );
    const result = await guide.turns.drain(config.shutdownDrainMs);
    await closeServer(server, Math.max(1000, config.shutdownDrainMs - result.ms));
    guide.close();
    if (result.cut > 0) logger.warn({ signal, ...result }, 'shut down: turns cut at the bound');
    else logger.info({ signal, ...result }, 'shut down: turns drained');
    process.exit(0);
  };
  process.once('SIGTERM', () => {
    void shutdown('SIGTERM');
  });
  process.once('SIGINT', () => {
    void shutdown('SIGINT');
  });
}

main();
