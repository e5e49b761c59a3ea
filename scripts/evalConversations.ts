/**
 * npm run eval:conversations — plays every conversation in test/conversations/*.jsonl through the
 * real bot (text on the web channel, voice on the telephony channel) and prints, per file and per
 * language, conversations passed / total and the failures by kind. `--verbose` prints each failed
 * conversation as played.
 */
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import {
  ConversationPlayer,
  conversationTable,
  loadConversationFiles,
  type ConversationOutcome,
} from '../test/helpers/conversationEval';
import { WEDNESDAY_11 } from '../test/helpers/guideHarness';

function describe(o: ConversationOutcome): string {
  const { expect } = o.case;
  const offices = o.got.offices.map((f) => `${f.name} ${f.distanceKm} km`).join(', ');
  return [
    `  [${o.case.lang}/${o.case.channel}] ${o.case.id} (${o.case.source}): wrong ${o.failures.join(', ')}`,
    `    expected body ${expect.body ?? '-'}, place ${expect.place ?? '-'}${expect.person === undefined ? '' : `, person ${expect.person}`}`,
    `    got      body ${o.got.body ?? '-'}, offices ${offices || '-'}${o.got.placeOffKm === undefined ? '' : ` (${o.got.placeOffKm} km off)`}, language ${o.got.language ?? '-'}, person ${o.got.person}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const player = ConversationPlayer.load(WEDNESDAY_11);
  try {
    for (const { file, cases } of loadConversationFiles(
      join(projectRoot, 'test', 'conversations'),
    )) {
      const outcomes: ConversationOutcome[] = [];
      for (const c of cases) outcomes.push(await player.play(c));
      console.log(`\n## ${file}\n`);
      for (const line of conversationTable(outcomes)) console.log(line);
      const failed = outcomes.filter((o) => o.failures.length > 0);
      if (failed.length > 0) console.log('\nfailed:');
      for (const o of failed) {
        console.log(describe(o));
        if (verbose) for (const line of o.transcript) console.log(`      ${line}`);
      }
    }
  } finally {
    player.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
