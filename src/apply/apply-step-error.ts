import { UserError } from '../errors.js';

/** A step of an apply that failed: the message is what the summary says after "Apply stopped:". */
export class ApplyStepError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ApplyStepError';
  }
}
