// What went wrong, from the error text of cdrecord, wodim or cdrskin. Error lines carry the
// program as a prefix that may be a full path ("/usr/bin/wodim:", "/cygdrive/d/…/cdrecord:"),
// so they are recognised by their words, not by the prefix. Phrases from the real captures in
// test/fixtures/real-outputs and local-outputs (see SOURCES.md and README.md there).
import { DeviceError, permissionHint } from '../device-errors.js';
import { sectorPath } from '../../disc/device.js';

const RULES: ReadonlyArray<[RegExp, DeviceError['reason'], string]> = [
  [/No disk \/ Wrong disk!|medium not present/, 'no-medium', 'no disc in the drive'],
  [/Permission denied|Operation not permitted\. Cannot (?:open|send)/, 'permission', 'permission denied'],
  [/Device or resource busy|busy device/i, 'busy', 'the drive is busy: another program is using it'],
  [/Cannot open SCSI driver|cannot find .* among accessible drive devices|No such file or directory/, 'missing', 'no such drive'],
];

/** The DeviceError an error output amounts to, or undefined when nothing in it is recognised. */
export function classifyCdrecordError(output: string, device: string): DeviceError | undefined {
  for (const [pattern, reason, text] of RULES) {
    if (!pattern.test(output)) continue;
    const hint = reason === 'permission' ? permissionHint(sectorPath(device)) : '';
    return new DeviceError(device, reason, `${text}${hint} (${toolWords(output)})`);
  }
  return undefined;
}

/** The tool's own error lines, joined into one line, prefixes stripped. */
export function toolWords(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(\S*(cdrecord|wodim|cdrskin)\S*:|Cannot |No |Sense Key)/.test(line))
    .filter((line) => !/^(CDB|status|Sense Bytes|Sense flags|cmd finished)/.test(line));
  const chosen = lines.length > 0 ? lines : output.trim().split('\n').slice(-1);
  return chosen
    .map((line) => line.replace(/^\S*(?:cdrecord|wodim|cdrskin)(?:\.exe)?: /, '').replace(/^(?:SORRY|FATAL|FAILURE) : /, ''))
    .slice(0, 3)
    .join(' ');
}
