/** The main dialog: takes what the person says and answers it; later flows hang off its steps. */
import {
  WaterfallDialog,
  type WaterfallStepContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { reply, type DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainDialog.waterfall';

/** Answers a matter. Until the understanding module is wired in, it says honestly that it cannot tell yet. */
export class MainDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(MAIN_DIALOG, services);
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.answerStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await reply(this.services, step.context, { kind: 'cannotTellYet' });
    return step.endDialog();
  }
}
