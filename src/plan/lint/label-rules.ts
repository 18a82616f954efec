// Session labels become ISO 9660 volume ids. Checked against what genisoimage 1.1.11 and
// xorriso 1.5.4 really do with `-V` / `-volid` (see test/e2e/label-tools.e2e.test.ts):
// both store the label's UTF-8 bytes unchanged in the primary volume descriptor, both refuse
// more than 32 bytes, and both cut the Joliet volume id to 16 characters. Lowercase letters
// and spaces are kept as written, so they get no warning.
import type { Finding } from '../finding.js';
import { finding, type LintContext } from './lint-context.js';

export const MAX_VOLUME_ID_BYTES = 32;
export const JOLIET_VOLUME_ID_CHARS = 16;

export function labelRules(context: LintContext): Finding[] {
  const findings: Finding[] = [];
  const firstIndexOfLabel = new Map<string, number>();
  for (const session of context.plan.sessions) {
    const { label, index } = session;
    const at = context.locate.value(['sessions', index, 'label']);
    const earlier = firstIndexOfLabel.get(label);
    // an imported session's label is what the disc holds: a fact, not a choice to warn about
    if (session.imported) {
      if (earlier === undefined) firstIndexOfLabel.set(label, index);
      continue;
    }
    if (earlier === undefined) {
      firstIndexOfLabel.set(label, index);
    } else {
      findings.push(
        finding('error', 'duplicate-label', `label "${label}" is already used by session ${earlier + 1}; each session needs its own label, or the diff cannot tell them apart`, at),
      );
    }
    const bytes = Buffer.byteLength(label, 'utf8');
    if (bytes > MAX_VOLUME_ID_BYTES) {
      const unit = bytes === label.length ? 'characters' : 'bytes in UTF-8';
      findings.push(
        finding('error', 'label-too-long', `label "${label}" is ${bytes} ${unit}; an ISO 9660 volume id holds at most ${MAX_VOLUME_ID_BYTES} bytes (genisoimage and xorriso refuse longer ones)`, at),
      );
    }
    const characters = [...label];
    if (session.options.joliet && characters.length > JOLIET_VOLUME_ID_CHARS) {
      const shown = characters.slice(0, JOLIET_VOLUME_ID_CHARS).join('');
      findings.push(
        finding('warning', 'label-joliet-truncated', `label "${label}" is ${characters.length} characters; Joliet readers (Windows) show only the first ${JOLIET_VOLUME_ID_CHARS}: "${shown}"`, at),
      );
    }
    if (!session.options.joliet && /[^\x20-\x7e]/.test(label)) {
      const asLatin1 = Buffer.from(label, 'utf8').toString('latin1').replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
      findings.push(
        finding('warning', 'label-not-ascii', `label "${label}" is not plain ASCII and Joliet is off: the volume id holds its raw UTF-8 bytes, which readers show as "${asLatin1}"`, at),
      );
    }
    if (label !== label.trim()) {
      findings.push(finding('error', 'label-blank-edge', `label ${JSON.stringify(label)} starts or ends with a blank: ISO 9660 pads volume ids with blanks, so it would read back as ${JSON.stringify(label.trim())}`, at));
    }
    if (/[\x00-\x1f\x7f]/.test(label)) {
      findings.push(finding('error', 'label-control-character', `label ${JSON.stringify(label)} contains a control character`, at));
    }
  }
  return findings;
}
