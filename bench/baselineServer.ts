/** The plain botbuilder + restify server the bench's baseline bots run on, as the SDK samples set it up. */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import restify from 'restify';

/** Serves `logic` at POST /api/messages (and GET /healthz) on loopback, $PORT; stops on SIGTERM. */
export function serveBaseline(logic: (context: TurnContext) => Promise<void>): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, logic);
  });
  server.get('/healthz', async (_req, res) => {
    await Promise.resolve();
    res.json({ status: 'ok' });
  });
  server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close(() => process.exit(0));
  });
}
