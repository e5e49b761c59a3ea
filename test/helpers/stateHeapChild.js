// Child process of test/e2e/stateHeap.test.ts, run with the heap cap of `npm start`: loads the
// whole bot from dist/ as production does, fills both in-process state stores past their limits
// with the worst state a person can leave (a 2,000-character Ukrainian span quoted in a prompt),
// and prints what the heap then holds.
'use strict';
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'dist', 'src');
const { createGuide } = require(join(dist, 'composition'));
const { loadConfig } = require(join(dist, 'config'));
const { createStateStorages } = require(join(dist, 'state', 'stateStorages'));

const config = loadConfig({});
const guide = createGuide(config);
const { state } = config;
// The stores as the bot configures them (Instrumented > Optimistic > NodeCacheStorage), written directly.
const storages = createStateStorages(config, () => undefined);
const conversations = storages.conversation.inner.inner;
const users = storages.user.inner.inner;

const SPAN = 'Я шукаю найближчий офіс у Гетеборзі біля Гамлестадена '.repeat(40).slice(0, 2000);
const place = {
  name: 'Gamlestaden',
  municipality: 'Göteborg',
  point: { lat: 57.7283, lon: 12.0069 },
};

function conversation(n) {
  const candidates = [1, 2, 3].map((i) => ({ ...place, id: `place-${i}`, kind: 'district' }));
  return {
    conversationData: {
      language: { lang: 'uk', source: 'message' },
      welcomed: true,
      lastAgency: 'migrationsverket',
      place,
      offices: {
        agency: 'migrationsverket',
        shown: Array.from({ length: 20 }, (_, i) => `office-${i}`),
        page: Array.from({ length: 5 }, (_, i) => `office-${i}`),
      },
      awaiting: 'choice',
    },
    dialogState: {
      dialogStack: [
        { id: 'mainDialog', state: { options: {}, values: { candidates }, stepIndex: 2 } },
        {
          id: 'choicePrompt',
          state: {
            options: {
              question: { kind: 'choosePlace', written: `${n} ${SPAN}`, candidates },
            },
            state: {},
          },
        },
      ],
    },
    telephonyInput: { digits: '4126' },
  };
}

async function main() {
  const total = Math.round(state.memoryMaxItems * 1.5);
  for (let n = 0; n < total; n++) {
    await conversations.write({ [`webchat/conversations/c-${n}`]: conversation(n) });
    // Users keep only a language; filled here as big as conversations, to prove the bound alone.
    await users.write({ [`webchat/users/u-${n}`]: conversation(n) });
  }
  global.gc();
  const heap = process.memoryUsage().heapUsed;
  console.log(
    JSON.stringify({
      heapUsedMb: Math.round(heap / 1e5) / 10,
      conversations: conversations.size,
      conversationMb: Math.round(conversations.bytes / 1e5) / 10,
      users: users.size,
      userMb: Math.round(users.bytes / 1e5) / 10,
      written: total,
    }),
  );
  storages.close();
  guide.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
