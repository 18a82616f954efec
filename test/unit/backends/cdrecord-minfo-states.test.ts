// -minfo of cdrecord (cdrtools) and cdrskin: open sessions, overwriteable media, DVD-ROM,
// and outputs whose numbers disagree. Texts follow cdrskin.c Cdrskin_minfo() (libburn svn
// mirror, 2017) and cdrtools scsi_mmc.c prdiskstatus() where no capture shows the case.
import { describe, expect, it } from 'vitest';
import { discFromMinfo } from '../../../src/backends/cdrecord/assemble-cdrecord-disc.js';
import { parseMinfo } from '../../../src/backends/cdrecord/parse-minfo.js';
import { DeviceError } from '../../../src/disc/device-errors.js';
import { realOutput } from '../../helpers/fixtures.js';

const tool = { backend: 'cdrecord' as const, program: 'cdrskin' };
const read = (text: string) => discFromMinfo(parseMinfo(text), '/dev/sr0', tool);

function refusal(text: string): string {
  try {
    read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

const header = (media: string, disk: string, session: string, sessions: number) =>
  `Mounted media class:      DVD\nMounted media type:       ${media}\ndisk status:              ${disk}\nsession status:           ${session}\nfirst track:              1\nnumber of sessions:       ${sessions}\n\nTrack  Sess Type   Start Addr End Addr   Size\n==============================================\n`;

describe('cdrskin on an appendable disc', () => {
  // "session status: empty" for every appendable disc (cdrskin.c: APPENDABLE -> "empty")
  const appendable = `${header('DVD+R', 'incomplete/appendable', 'empty', 3)}    1     1 Data   0          65263      65264     \n    2     2 Data   67312      220095     152784    \n    3     3 Blank  220096     2295103    2075008   \n\nLast session start address:         67312     \nLast session leadout start address: 220096    \nNext writable address:              220096    \nRemaining writable size:            2075008   \n`;

  it('"session status: empty" is no blank disc', () => {
    expect(read(appendable)).toMatchObject({ status: 'appendable', nextWritableAddress: 220096, freeSectors: 2075008 });
    expect(read(appendable).sessions.map((s) => [s.startLba, s.sizeSectors])).toEqual([
      [0, 65264],
      [67312, 152784],
    ]);
    expect(read(appendable).unfinishedSession).toBeUndefined();
  });

  it.each(['Rsrvd', 'Apdbl', 'Invsb'])('a %s track is a session begun and never finished', (type) => {
    const open = `${header('DVD-R sequential recording', 'incomplete/appendable', 'empty', 2)}    1     1 Data   0          65263      65264     \n    2     2 ${type}  67312      99999      32688     \n    3     2 Blank  100000     2298495    2198496   \n\nWarning: Incomplete session encountered !\n`;
    const disc = read(open);
    expect(disc.unfinishedSession).toBe(true);
    expect(disc.sessions.map((s) => s.startLba)).toEqual([0]);
  });
});

describe('overwriteable media on the cdrecord path', () => {
  it('cdrskin on a DVD+RW: refused in one line', () => {
    expect(refusal(realOutput('cdrskin-minfo-dvdplusrw-overwriteable-01.txt'))).toBe(
      '/dev/sr0: the disc is overwriteable media (DVD+RW); the cdrecord path cannot append sessions to it: use the xorriso backend',
    );
  });

  it.each(['DVD-RW restricted overwrite', 'BD-RE'])('cdrecord -minfo with the profile %s', (media) => {
    expect(refusal(`${header(media, 'complete', 'complete', 1)}    1     1 Data   0          2295103    2295104\n`)).toContain(`overwriteable media (${media})`);
  });
});

describe('a DVD-ROM: Read capacity says where the data ends', () => {
  it('the session ends at the read capacity, not at the formatted size', () => {
    const rom = `${header('DVD-ROM', 'complete', 'complete', 1)}    1     1 Data   0          2295103    2295104   \n\nLast session start address:         0         \nLast session leadout start address: 2295104   \nRead capacity:                      1782176   \n`;
    expect(read(rom)).toMatchObject({ status: 'closed', sessions: [{ number: 1, startLba: 0, sizeSectors: 1782176 }], freeSectors: 0 });
  });
});

describe('Read capacity on recordable media', () => {
  it('does not shorten a DVD+R session (cdrskin prints it for ROM profiles only)', () => {
    const closed = `${header('DVD+R', 'complete', 'complete', 1)}    1     1 Data   0          65263      65264     \n\nLast session start address:         0         \nRead capacity:                      65000     \n`;
    expect(read(closed).sessions).toEqual([{ number: 1, startLba: 0, sizeSectors: 65264 }]);
  });
});

describe('outputs whose numbers disagree are refused', () => {
  it('22 sessions and no track row (real-outputs/cdrecord-minfo-cdr-22sessions-appendable-excerpt-01.txt)', () => {
    expect(refusal(realOutput('cdrecord-minfo-cdr-22sessions-appendable-excerpt-01.txt'))).toMatch(/with 22 sessions but lists no track/);
  });

  it('a session count that is not the sessions listed', () => {
    const text = `${header('DVD+R', 'incomplete/appendable', 'empty', 5)}    1     1 Data   0          65263      65264\n    2     2 Blank  67312      2295103    2227792\n\nNext writable address:              67312\n`;
    expect(refusal(text)).toMatch(/5 sessions/);
  });

  it('a next writable address that is not the blank track start', () => {
    const text = `${header('DVD+R', 'incomplete/appendable', 'empty', 2)}    1     1 Data   0          65263      65264\n    2     2 Blank  67312      2295103    2227792\n\nNext writable address:              1000\n`;
    expect(refusal(text)).toMatch(/next writable address 1000/);
  });

  it('a last session whose first and last tracks are not the ones listed', () => {
    const text = `${header('DVD+R', 'incomplete/appendable', 'empty', 2)}first track in last sess: 3\nlast track in last sess:  3\n    1     1 Data   0          65263      65264\n    2     2 Blank  67312      2295103    2227792\n`;
    expect(refusal(text)).toMatch(/tracks 3 to 3 but its track table lists 2 to 2/);
  });

  it('a last session start that is not the last session', () => {
    const text = `${header('DVD+R', 'incomplete/appendable', 'empty', 3)}    1     1 Data   0          65263      65264\n    2     2 Data   67312      220095     152784\n    3     3 Blank  220096     2295103    2075008\n\nLast session start address:         0\nNext writable address:              220096\n`;
    expect(refusal(text)).toMatch(/last session start/i);
  });

  it('a track that ends before it starts', () => {
    const text = `${header('DVD+R', 'complete', 'complete', 1)}    1     1 Data   500        100        0\n`;
    expect(refusal(text)).toMatch(/refusing/);
  });
});
