/**
 * `node dist/bench/turnCost.js`: CPU time per turn of the guide and of the dialog floor, in-process
 * (no HTTP), on the soak's conversation scripts. It runs in seconds, so a change to the hot path
 * can be measured before and after, and `node --cpu-prof dist/bench/turnCost.js guide` profiles
 * only the guide's turns. CPU time (process.cpuUsage) holds on a busy machine; wall time does not.
 *
 * Usage: turnCost.js [guide|floor|both] (default both); TURN_COST_TURNS turns measured (default
 * 20,000) after a warm-up of a quarter as many; TURN_COST_CONVERSATIONS conversations (500);
 * TURN_COST_BY_TEXT=1 runs one turn at a time and prints the median CPU time of each message.
 */
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { attachGuide, createGuide } from '../src/composition';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { floorLogic } from './dialogFloorBot';
import { SCRIPTS } from './soak';

/** CPU µs of this process so far (user + system). */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** Runs `turns` turns of the scripts over `conversations` conversations, `parallel` at a time. */
async function drive(
  adapter: TestAdapter,
  conversations: number,
  turns: number,
  parallel: number,
  steps: number[],
  prefix: string,
  byText?: Map<string, number[]>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < turns) {
      const n = next++;
      const id = n % conversations;
      const script = SCRIPTS[id % SCRIPTS.length]!;
      const step = steps[id] ?? 0;
      steps[id] = step + 1;
      const activity: Partial<Activity> = {
        type: ActivityTypes.Message,
        text: script.turns[step % script.turns.length],
        locale: script.locale,
        channelId: 'directline',
        conversation: {
          id: `${prefix}-${id}`,
          isGroup: false,
          name: 'c',
          conversationType: 'personal',
        },
        from: { id: `${prefix}-user-${id}`, name: 'user' },
        recipient: { id: 'bot', name: 'bot' },
      };
      const before = byText === undefined ? 0 : cpuMicros();
      await adapter.processActivity(activity);
      if (byText !== undefined) {
        const text = activity.text ?? '';
        byText.set(text, [...(byText.get(text) ?? []), cpuMicros() - before]);
      }
      adapter.activeQueue.splice(0);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
}

/** CPU µs per turn of `logic` on a TestAdapter after a warm-up. */
async function measure(
  name: string,
  make: () => TestAdapter,
  options: { turns: number; conversations: number; byText: boolean },
): Promise<number> {
  const adapter = make();
  const steps: number[] = [];
  // Parallel lanes never take one conversation twice at once: conversations ≫ lanes, in order.
  // Timing each text alone needs one lane (a turn's CPU time is then its own).
  const parallel = options.byText ? 1 : Math.min(50, Math.floor(options.conversations / 2));
  await drive(adapter, options.conversations, Math.ceil(options.turns / 4), parallel, steps, name);
  const byText = options.byText ? new Map<string, number[]>() : undefined;
  const before = cpuMicros();
  await drive(adapter, options.conversations, options.turns, parallel, steps, name, byText);
  const perTurn = (cpuMicros() - before) / options.turns;
  for (const [text, times] of byText ?? []) {
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `  ${name}: ${text.padEnd(34)} median ${median.toFixed(0)} µs (${times.length} turns)`,
    );
  }
  return perTurn;
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'both';
  const options = {
    turns: Number(process.env.TURN_COST_TURNS ?? 20_000),
    conversations: Number(process.env.TURN_COST_CONVERSATIONS ?? 500),
    byText: process.env.TURN_COST_BY_TEXT === '1',
  };
  const results: [string, number][] = [];
  if (which === 'floor' || which === 'both') {
    const logic = floorLogic();
    results.push(['dialog floor', await measure('floor', () => new TestAdapter(logic), options)]);
  }
  if (which === 'guide' || which === 'both') {
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
      RATE_LIMIT_IP_PER_MINUTE: '0',
    });
    const guide = createGuide(config);
    const logic = (context: TurnContext) => guide.bot.run(context);
    results.push([
      'guide',
      await measure(
        'guide',
        () => attachGuide(new TestAdapter(logic), guide, createLogger('silent')),
        options,
      ),
    ]);
    guide.close();
  }
  console.log(
    `CPU per turn, in-process (${options.turns} turns over ${options.conversations} conversations, soak scripts):`,
  );
  for (const [name, us] of results) console.log(`  ${name.padEnd(14)} ${us.toFixed(0)} µs`);
  const guide = results.find(([n]) => n === 'guide')?.[1];
  const floor = results.find(([n]) => n === 'dialog floor')?.[1];
  if (guide !== undefined && floor !== undefined)
    console.log(`  guide / floor  ${(guide / floor).toFixed(2)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
