// What went wrong, from the error text of cdrecord, wodim or cdrskin. Error lines carry the
// program as a prefix that may be a full path ("/usr/bin/wodim:", "/cygdrive/d/…/cdrecord:"),
// so they are recognised by their words, not by the prefix. Phrases from the real captures in
// test/fixtures/real-outputs and local-outputs (see SOURCES.md and README.md there).
import { DeviceError, permissionHint, withoutRetryNotices } from '../../disc/device-errors.js';
import { sectorPath } from '../../disc/device-names.js';

const RULES: ReadonlyArray<[RegExp, DeviceError['reason'], string]> = [
  [/No disk \/ Wrong disk!|medium not present/, 'no-medium', 'no disc in the drive'],
  // not "Operation not permitted. Warning: Cannot raise RLIMIT_MEMLOCK limits.", which wodim prints on every run
  [/Permission denied/, 'permission', 'permission denied'],
  [/Device or resource busy|busy device/i, 'busy', 'the drive is busy: another program is using it'],
  [/Inappropriate ioctl for device/, 'missing', 'is not an optical drive'],
  [/Cannot open SCSI driver|cannot find '.*' among accessible drive devices/, 'missing', 'no such drive'],
];

/** The DeviceError an error output amounts to, or undefined when nothing in it is recognised. */
export function classifyCdrecordError(toolOutput: string, device: string): DeviceError | undefined {
  const output = withoutRetryNotices(toolOutput);
  for (const [pattern, reason, text] of RULES) {
    if (!pattern.test(output)) continue;
    const hint = reason === 'permission' ? permissionHint(sectorPath(device)) : '';
    return new DeviceError(device, reason, `${text}${hint} (${toolWords(output)})`);
  }
  return undefined;
}

/** "cdrecord: ", "/usr/bin/wodim: ", "/cygdrive/d/source code/tools/cdrecord: " (paths may hold blanks). */
const PROGRAM_PREFIX = /^(?:.*\/)?(?:cdrecord|wodim|cdrskin)(?:\.exe)?: /;

/** The tool's own error lines, joined into one line, prefixes stripped. */
export function toolWords(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const prefixed = lines.filter((line) => PROGRAM_PREFIX.test(line)).map((line) => line.replace(PROGRAM_PREFIX, ''));
  const bare = lines.filter((line) => /^(Cannot |No )/.test(line));
  const chosen = [...prefixed, ...bare].filter((line) => !/^(NOTE|HINT|WARNING) : |^Warning: /.test(line));
  const words = chosen.length > 0 ? chosen : lines.filter(Boolean).slice(-1);
  return words
    .map((line) => line.replace(/^(?:SORRY|FATAL|FAILURE) : /, ''))
    .slice(0, 3)
    .join(' ');
}
