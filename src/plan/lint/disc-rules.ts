// The disc as a whole: its id, its device, how many sessions it can take, the finalize policy.
import { CDRECORD_ADDRESS, cdrecordAddressWords } from '../../disc/device-names.js';
import { MEDIA_FACTS, isOverwriteable } from '../../disc/media.js';
import { isToolDefaultId } from '../../disc/tool-default-ids.js';
import type { Finding } from '../finding.js';
import { finding, type LintContext } from './lint-context.js';

/**
 * The disc id is written into every session (as its volume set id) and read back to recognise
 * the disc, so it must survive every tool unchanged: plain ASCII without spaces, and short
 * enough for the Joliet copy of the field (64 characters).
 */
export const DISC_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;


export function discRules(context: LintContext): Finding[] {
  const findings: Finding[] = [];
  const { document, plan, locate } = context;
  if (document.disc.id !== '' && !DISC_ID_PATTERN.test(document.disc.id)) {
    findings.push(
      finding('error', 'disc-id', `disc id ${JSON.stringify(document.disc.id)} cannot be recorded: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`, locate.value(['disc', 'id'])),
    );
  }
  if (isToolDefaultId(document.disc.id)) {
    findings.push(
      finding('warning', 'disc-id-default', `disc id ${JSON.stringify(document.disc.id)} is what the tools record when told none (xorriso: ISOIMAGE, mkisofs: CDROM): every disc burned by hand that way has it, so it cannot tell this disc from another; choose an id of its own`, locate.value(['disc', 'id'])),
    );
  }
  const device = document.disc.device;
  if (device !== undefined) {
    const problem = deviceProblem(device);
    if (problem) findings.push(finding('error', 'device', problem, locate.value(['disc', 'device'])));
    // cdrecord and wodim open only drives ("Cannot open SCSI driver!"); cdrskin and xorriso open files too
    if (!problem && device.startsWith('stdio:') && plan.disc.backend === 'cdrecord') {
      findings.push(finding('warning', 'virtual-disc-backend', 'a virtual disc (stdio:) with backend cdrecord: cdrecord and wodim cannot open a file as a disc (they say "Cannot open SCSI driver!"), only cdrskin can; use backend: xorriso (or auto)', locate.value(['disc', 'backend'])));
    }
  }
  const media = plan.disc.media;
  const maxSessions = media === 'any' ? undefined : MEDIA_FACTS[media].maxSessions;
  if (maxSessions !== undefined && plan.sessions.length > maxSessions) {
    findings.push(
      finding('error', 'too-many-sessions', `the plan has ${plan.sessions.length} sessions, but a ${MEDIA_FACTS[media as keyof typeof MEDIA_FACTS].title} holds at most ${maxSessions}`, locate.value(['sessions', maxSessions])),
    );
  }
  // a DVD-RW may be formatted (overwriteable) or sequential (closable): diff tells them apart
  if (isOverwriteable(media) && media !== 'dvd-rw') findings.push(...overwriteableRules(context));
  if (plan.finalize === 'close' && plan.sessions.length === 0) {
    findings.push(
      finding('error', 'close-without-sessions', 'finalize is "close" but the plan has no sessions: closing would leave an empty disc that can never be written', locate.value(['finalize'])),
    );
  }
  return findings;
}

/**
 * DVD+RW, formatted DVD-RW and BD-RE keep no table of sessions and are never closed: xorriso
 * grows one ISO image on them and leaves them appendable; cdrecord and wodim cannot grow an
 * image (its volume descriptors at the start are rewritten with each new session).
 */
function overwriteableRules({ plan, locate }: LintContext): Finding[] {
  const title = MEDIA_FACTS[plan.disc.media as keyof typeof MEDIA_FACTS].title;
  const findings: Finding[] = [];
  if (plan.finalize === 'close') {
    // xorriso(1) 1.5.4, -close: "This will have no effect on overwritable media types."
    findings.push(finding('warning', 'close-overwriteable', `finalize is "close" but a ${title} cannot be closed: it is overwriteable, apply leaves the close step out and the disc stays appendable (for sessions that can never change, use write-once media)`, locate.value(['finalize'])));
  }
  if (plan.disc.backend === 'cdrecord') {
    findings.push(finding('error', 'overwriteable-backend', `a ${title} with backend cdrecord: cdrecord and wodim cannot append a session to an overwriteable disc (xorriso grows its image and emulates its sessions); use backend: xorriso (or auto)`, locate.value(['disc', 'backend'])));
  }
  return findings;
}

export function deviceProblem(device: string): string | undefined {
  if (device.startsWith('stdio:')) {
    return device.length > 'stdio:'.length ? undefined : 'device "stdio:" needs a file path after the colon, e.g. "stdio:./disc.iso"';
  }
  if (CDRECORD_ADDRESS.test(device)) return cdrecordAddressWords(device);
  if (device.startsWith('/')) return undefined;
  return `device ${JSON.stringify(device)} is not a device path (/dev/sr0) or a virtual disc (stdio:PATH); for a disc image file write "stdio:${device}"`;
}
