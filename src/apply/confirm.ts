// Asking before writing. Interactive runs ask; --yes answers for scripts; without a terminal and
// without --yes, apply refuses rather than guess.
import { createInterface } from 'node:readline/promises';
import { UserError } from '../errors.js';

export interface Confirmer {
  ask(question: string): Promise<boolean>;
}

export function confirmerFor(yes: boolean, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Confirmer {
  if (yes) return { ask: async () => true };
  if (!input.isTTY) {
    return {
      ask: async () => {
        throw new UserError('apply writes to the disc and needs a confirmation: run it in a terminal, or pass --yes');
      },
    };
  }
  return {
    async ask(question) {
      const prompt = createInterface({ input, output });
      try {
        const answer = await prompt.question(`${question} [y/N] `);
        return /^(y|yes)$/i.test(answer.trim());
      } catch (error) {
        // Ctrl-C (or Ctrl-D) at the question is a "no", said the shell's way: exit 130
        if ((error as Error).name === 'AbortError' || (error as NodeJS.ErrnoException).code === 'ABORT_ERR') {
          throw new UserError('\nnothing was burned (cancelled at the question)', { exitCode: 130 });
        }
        throw error;
      } finally {
        prompt.close();
      }
    },
  };
}
