// Overwriteable media (DVD+RW, DVD-RW in restricted overwrite, DVD-RAM, BD-RE, a stdio file) have
// no real sessions: a writer grows one ISO image in place, which cdrecord, wodim and cdrskin do
// not do for burnplan (xorriso does). Refused on this path before anything is planned.
// How the tools say it: cdrskin -minfo prints "disk status: complete" and "cdrskin: Media is
// overwriteable. No blanking needed. No reliable track size." (real-outputs/cdrskin-minfo-
// dvdplusrw-overwriteable-01.txt); cdrecord -minfo prints the profile as "Mounted media type:"
// (cdrtools scsi_mmc.c prdiskstatus()), wodim -atip -v as "Current: 0x001A (DVD+RW)".
import { DeviceError } from '../../disc/device-errors.js';

/** MMC profile names of overwriteable media, as the tools print them. */
const OVERWRITEABLE = /^(?:DVD\+RW(?:\/DL)?|DVD-RW restricted overwrite|DVD-RAM|BD-RE|stdio file)\b/i;

export function refuseOverwriteable(device: string, mediaName: string | undefined, toolSaysOverwriteable: boolean): void {
  const name = mediaName?.trim() ?? '';
  if (!toolSaysOverwriteable && !OVERWRITEABLE.test(name)) return;
  throw new DeviceError(
    device,
    'unparsable',
    `the disc is overwriteable media (${name || 'the tool says so'}); the cdrecord path cannot append sessions to it: use the xorriso backend`,
  );
}
