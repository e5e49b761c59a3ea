/**
 * `node dist/bench/turnCost.js`: CPU time per turn of the guide and of the dialog floor, in-process
 * (no HTTP), on the soak's conversation scripts. It runs in seconds, so a change to the hot path
 * can be measured before and after, and `node --cpu-prof dist/bench/turnCost.js guide` profiles
 * only the guide's turns. CPU time (process.cpuUsage) holds on a busy machine; wall time does not.
 *
 * Usage: turnCost.js [guide|floor|both] (default both); TURN_COST_TURNS turns measured (default
 * 20,000) after a warm-up of a quarter as many; TURN_COST_CONVERSATIONS conversations (500);
 * TURN_COST_WINDOWS windows (8) the measured turns are taken in, the bots in turn, each bot's
 * figure the median of its windows (on a busy machine a window can double; the median holds);
 * TURN_COST_BY_TEXT=1 runs one turn at a time and prints the median CPU time of each message.
 *
 * `turnCost.js conversations`: after the same warm-up, plays every conversation of
 * test/conversations/*.jsonl once (people's own words, each text new to the bot's memos, web and
 * phone) on the guide and the floor in turn, and prints CPU µs per turn and the costliest turns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { attachGuide, createGuide } from '../src/composition';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { projectRoot } from '../src/paths';
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

/** One bot under measure: its adapter, where each conversation stands, and its windows' µs per turn. */
interface Subject {
  name: string;
  adapter: TestAdapter;
  steps: number[];
  windows: number[];
  byText?: Map<string, number[]>;
}

interface Options {
  turns: number;
  conversations: number;
  windows: number;
  byText: boolean;
}

/** Parallel lanes never take one conversation twice at once: conversations ≫ lanes, in order. */
function lanes(options: Options): number {
  // Timing each text alone needs one lane (a turn's CPU time is then its own).
  return options.byText ? 1 : Math.min(50, Math.floor(options.conversations / 2));
}

/** A quarter of the measured turns, unmeasured: code compiled, caches and state warm. */
async function warmUp(subject: Subject, options: Options): Promise<void> {
  const { adapter, steps, name } = subject;
  const turns = Math.ceil(options.turns / 4);
  await drive(adapter, options.conversations, turns, lanes(options), steps, name);
}

/** One window of `turns / windows` turns: its CPU µs per turn is added to the subject's windows. */
async function window(subject: Subject, options: Options): Promise<void> {
  const turns = Math.ceil(options.turns / options.windows);
  const { adapter, steps, name, byText } = subject;
  const before = cpuMicros();
  await drive(adapter, options.conversations, turns, lanes(options), steps, name, byText);
  subject.windows.push((cpuMicros() - before) / turns);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median CPU time of each message of the subject, when timed one turn at a time. */
function printByText(subject: Subject): void {
  for (const [text, times] of subject.byText ?? []) {
    console.log(
      `  ${subject.name}: ${text.padEnd(34)} median ${median(times).toFixed(0)} µs (${times.length} turns)`,
    );
  }
}

/** One conversation of the test sets: its locale, channel and what the person says, turn by turn. */
interface Played {
  id: string;
  locale: string;
  channelId: string;
  turns: string[];
}

const LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB', uk: 'uk-UA' };

/** Every conversation of test/conversations/*.jsonl (the eval's sets, study and dev alike). */
function testConversations(): Played[] {
  const dir = join(projectRoot, 'test', 'conversations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const c = JSON.parse(line) as {
            id: string;
            lang: string;
            channel: string;
            turns: string[];
            locale?: string;
          };
          return {
            id: `${file}:${c.id}`,
            locale: c.locale ?? LOCALES[c.lang] ?? 'sv-SE',
            channelId: c.channel === 'voice' ? 'telephony' : 'webchat',
            turns: c.turns,
          };
        }),
    );
}

/** Plays one conversation from its start (join, then each turn); returns the CPU µs of each turn. */
async function play(adapter: TestAdapter, c: Played, prefix: string): Promise<number[]> {
  const base: Partial<Activity> = {
    locale: c.locale,
    channelId: c.channelId,
    conversation: {
      id: `${prefix}-${c.id}`,
      isGroup: false,
      name: 'c',
      conversationType: 'personal',
    },
    from: { id: `${prefix}-user-${c.id}`, name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
  };
  await adapter.processActivity({
    ...base,
    type: ActivityTypes.ConversationUpdate,
    membersAdded: [{ id: `${prefix}-user-${c.id}`, name: 'user' }],
  });
  const times: number[] = [];
  for (const text of c.turns) {
    const before = cpuMicros();
    await adapter.processActivity({ ...base, type: ActivityTypes.Message, text });
    times.push(cpuMicros() - before);
    adapter.activeQueue.splice(0);
  }
  adapter.activeQueue.splice(0);
  return times;
}

/** CPU per turn of the guide and the floor over the test sets' conversations, each played once. */
async function conversationsCost(floor: Subject, guide: Subject, options: Options): Promise<void> {
  for (const s of [floor, guide]) await warmUp(s, options);
  const played = testConversations();
  const costs = { floor: [] as number[], guide: [] as number[] };
  const costly: { us: number; text: string; id: string }[] = [];
  for (const c of played) {
    costs.floor.push(...(await play(floor.adapter, c, 'floor')));
    const times = await play(guide.adapter, c, 'guide');
    costs.guide.push(...times);
    times.forEach((us, i) => costly.push({ us, text: c.turns[i] ?? '', id: c.id }));
  }
  const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  console.log(
    `CPU per turn, in-process, ${played.length} conversations of test/conversations played once (${costs.guide.length} turns):`,
  );
  for (const [name, v] of [
    ['dialog floor', costs.floor],
    ['guide', costs.guide],
  ] as const) {
    console.log(
      `  ${name.padEnd(14)} mean ${mean(v).toFixed(0)} µs, median ${median(v).toFixed(0)} µs`,
    );
  }
  console.log(`  guide / floor  ${(mean(costs.guide) / mean(costs.floor)).toFixed(2)} (means)`);
  console.log('  costliest turns of the guide:');
  for (const t of costly.sort((a, b) => b.us - a.us).slice(0, 15)) {
    console.log(`    ${t.us.toFixed(0).padStart(7)} µs  ${t.id}  ${t.text.slice(0, 90)}`);
  }
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'both';
  const options: Options = {
    turns: Number(process.env.TURN_COST_TURNS ?? 20_000),
    conversations: Number(process.env.TURN_COST_CONVERSATIONS ?? 500),
    windows: Math.max(1, Number(process.env.TURN_COST_WINDOWS ?? 8)),
    byText: process.env.TURN_COST_BY_TEXT === '1',
  };
  const subjects: Subject[] = [];
  const subject = (name: string, adapter: TestAdapter): Subject => ({
    name,
    adapter,
    steps: [],
    windows: [],
    ...(options.byText ? { byText: new Map<string, number[]>() } : {}),
  });
  const all = which === 'both' || which === 'conversations';
  if (which === 'floor' || all) {
    subjects.push(subject('dialog floor', new TestAdapter(floorLogic())));
  }
  let close = (): void => undefined;
  if (which === 'guide' || all) {
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
      RATE_LIMIT_IP_PER_MINUTE: '0',
    });
    const guide = createGuide(config);
    const logic = (context: TurnContext) => guide.bot.run(context);
    const adapter = attachGuide(new TestAdapter(logic), guide, createLogger('silent'));
    subjects.push(subject('guide', adapter));
    close = () => {
      guide.close();
    };
  }
  const [first, second] = subjects;
  if (which === 'conversations' && first !== undefined && second !== undefined) {
    await conversationsCost(first, second, { ...options, byText: false });
    close();
    return;
  }
  for (const s of subjects) await warmUp(s, { ...options, byText: false });
  // The bots take turns window by window, so a change in the machine's load falls on both alike.
  for (let w = 0; w < options.windows; w++) for (const s of subjects) await window(s, options);
  close();
  subjects.forEach(printByText);
  console.log(
    `CPU per turn, in-process (${options.turns} turns over ${options.conversations} conversations, soak scripts; median of ${options.windows} windows, bots in turn):`,
  );
  for (const s of subjects) {
    const min = Math.min(...s.windows);
    console.log(
      `  ${s.name.padEnd(14)} ${median(s.windows).toFixed(0)} µs (least ${min.toFixed(0)})`,
    );
  }
  const [floor, guide] = subjects;
  if (floor !== undefined && guide !== undefined) {
    const ratios = guide.windows.map((g, w) => g / (floor.windows[w] ?? g));
    console.log(`  guide / floor  ${median(ratios).toFixed(2)} (median of the windows' ratios)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
