#!/usr/bin/env node
// SPDX-License-Identifier: MIT
/*
 * cdrecord-emulator.mjs: a test stand-in for a CD burner on the cdrecord path.
 *
 * It behaves like cdrtools `cdrecord` 3.02a09 or cdrkit `wodim` 1.1.11 with a CD-R (or CD-RW)
 * in an MMC drive, and keeps the emulated disc in a sparse image file, so that real
 * `genisoimage -C a,b -M PATH` reads the previous session at its real LBAs.
 * Node built-ins only. Test fixture: no drive is ever touched.
 *
 * VARIANT
 *   The basename the program was started through: `wodim` -> cdrkit wodim 1.1.11, anything else
 *   (`cdrecord`, `cdrecord-emulator.mjs`) -> cdrtools cdrecord 3.02a09. The environment variable
 *   CDR_EMULATOR_VARIANT=cdrecord|wodim overrides the name.
 *
 * DEVICE
 *   dev=PATH or dev=stdio:PATH. PATH is the disc image: sector LBA L lives at byte L*2048.
 *   Beside it, PATH.cdr.json holds the disc state (written by --emulator-insert and by burns).
 *   PATH missing                  -> the real "No such file or directory" open failure.
 *   PATH present, no state file   -> the real "Inappropriate ioctl for device" open failure
 *                                    (what real wodim says for a regular file, captured here).
 *
 * INSERTING A BLANK DISC
 *   cdrecord-emulator.mjs --emulator-insert PATH [--media cd-r|cd-rw] [--minutes 80|74]
 *   creates an empty sparse image (truncated to the capacity) and a blank state.
 *   80 min: ATIP lead-in 97:27/18 (-11607), lead-out 79:59/74 (359849): the Plasmon CD-R of
 *           cdrecord-burn-dummy-sao-underruns-predicted-01.txt.
 *   74 min: ATIP lead-in 97:27/19, lead-out 74:00/00 (332850): "Plasmon gold PCD-R74", a real disc
 *           listed in the rcap[] table of cdrtools cdrecord/diskid.c (max lead-out 348442).
 *   CD-RW:  ATIP lead-in 97:10/00 (-12900), lead-out 79:59/74: the TDK CD-RW of
 *           cdrskin-minfo-cdrw-closed-after-audio-burn-excerpt-01.txt. Its writing power, reference
 *           speed and sub type are INFERRED (no cdrecord capture of that disc); 97:10 is not in the
 *           diskid.c table, so cdrecord prints "unknown dye (reserved id code)" for it.
 *
 * SCANNING (lib/scan-bus.mjs)
 *   CDR_EMULATOR_SCAN=IMAGE[:IMAGE...] puts a drive on the emulated buses for each existing image:
 *   drive k on bus k, target 0. `-scanbus` lists it as k,0,0 (cdrecord and wodim), `--devices`
 *   (wodim only) by its image path; dev=k,0,0 then opens that image. Without any drive both scans
 *   fail like the real wodim on a machine without one ("Cannot open SCSI driver!", exit 255).
 *
 * NOT EMULATED: -help prints only its first line; -prcap/-inq/-checkdrive do nothing useful;
 * RAW/packet/clone/cuefile= writing is refused with exit 2; audio tracks.
 *
 * FAULTS (environment variable CDR_EMULATOR_FAULT)
 *   no-disc               no medium: test unit ready fails with NOT READY 3A/00, then
 *                         "No disk / Wrong disk!" (cdrecord.c load_media), exit 255.
 *   write-error-after:N   the drive reports MEDIUM ERROR 03/0C/00 (write error) on the WRITE(10)
 *                         that starts at track sector N: sectors 0..N-1 of the track ARE written to
 *                         the image (exactly N, even when N is not a multiple of the 31-sector
 *                         transfer size), cdrecord prints "write track data: error after N*2048 bytes",
 *                         "A write error occured.", tries to fixate, the drive refuses
 *                         ("Cannot fixate disk."), exit 254 (comexit(-2)).
 *                         Resulting state (decision, see report): the session stays open and
 *                         damaged: disk status "incomplete/appendable", the partial track is listed
 *                         by -minfo but not by -toc, -msinfo gives the previous complete session but
 *                         "Cannot read first writable address", further writes fail, and -fix closes
 *                         the session around the partial track (its size = sectors written + 2).
 *   slow:MS_PER_MB        sleep MS_PER_MB milliseconds per MB written (progress speed is measured).
 *   busy                  the device open fails with EBUSY "Device or resource busy", exit 255.
 *   permission-denied     the device open fails with EACCES "Permission denied", exit 255.
 *   busy-retries:N        busy for N open attempts (1-5). wodim retries as cdrkit libusal/scsi-linux-sg.c
 *                         sg_open_excl() does: "Error trying to open %s exclusively (%s)... retrying in
 *                         1 second." on stderr, "giving up." on the fifth try, then the busy failure;
 *                         with N < 5 the run goes on normally. cdrecord fails at once (cdrtools libscg
 *                         opens without O_EXCL and never retries).
 *   closed-msinfo-no-disc on a closed (finalized) disc -msinfo fails in load_media() with NOT READY
 *                         3A/00, "No disk / Wrong disk!", exit 255; -toc and -atip read the disc. A drive
 *                         quirk as reported for real drives (no capture of it is stored): INFERRED.
 *   Several faults may be given separated by commas.
 *
 * KILLED MID-WRITE
 *   While a track is written, the state file is saved every MiB as if the write had failed
 *   there (the same state as write-error-after), so that an emulator killed mid-write (SIGKILL,
 *   its writer gone) leaves a begun, unfinished session, as a real drive does.
 *
 * OTHER ENVIRONMENT
 *   CDR_EMULATOR_REALTIME=1   really sleep through the grace time ("Last chance to quit") countdown.
 *                             Without it the countdown bytes are printed without waiting.
 *   CDR_EMULATOR_CALL_MS=N    each call that opens the device (or scans the bus) waits N ms first:
 *                             what a real drive's spin-up and inquiry cost (drive-calls.mjs).
 *   CDR_EMULATOR_CALL_LOG=F   each such call appends its options to F, one line a call.
 *
 * STATE (PATH.cdr.json, format "cdr-emulator-state/1")
 *   { media, minutes, atip:{leadIn,leadOut,...}, tracks:[{no,session,start,size,runout,mode,xa}],
 *     sessionsClosed, finalized, open:null|{session,damaged,partial?} }
 *   size counts user sectors written (the image padded to >= 300 sectors); TAO tracks add runout=2.
 *   Session layout: first track at LBA 0; next session's first track starts
 *   (end of last track incl. run-out) + 11400 after session 1 (lead-out 6750 + lead-in 4500 +
 *   pregap 150) and + 6900 after later sessions (lead-out 2250 + 4500 + 150). At most 99 tracks.
 *
 * SOURCES OF THE PRINTED FORMATS
 *   Every printed line carries a comment naming where its format comes from:
 *   [3.02] = cdrtools-3.02a09/cdrecord/*.c (alex-free/dreamcast-cdi-burner), [cdrkit] =
 *   Distrotech/cdrkit wodim/*.c (1.1.11 era, commit 9643e10e), [cap:NAME] = a capture in
 *   test/fixtures/real-outputs, [local] = real output of the wodim 1.1.11 installed here, [page:...]
 *   = a real output quoted on a web page. Formats marked INFERRED are not confirmed by any capture.
 *
 * MODULES (lib/)
 *   main.mjs          the order of main() in cdrecord.c / wodim.c: options, open, dispatch
 *   variants.mjs      cdrecord vs wodim: which one runs, version texts, punctuation
 *   arguments.mjs     gargs(): the option table and its getargs parsing, short usage
 *   output.mjs        stdout/stderr writers, errmsg/errmsgno, exit codes, number padding
 *   faults.mjs        CDR_EMULATOR_FAULT
 *   hardware.mjs      the emulated drive and the media (ATIP values), transfer sizes
 *   disc-state.mjs    the state file, the session layout, MSF/LBA
 *   scsi-errors.mjs   the SCSI error reports of libscg / libusal
 *   drive-info.mjs    the preamble and the drive description (inquiry, driver, buffers)
 *   open-device.mjs   opening dev= and loading the medium
 *   print-atip.mjs    getdisktype: -atip and the ATIP of -v
 *   print-msinfo.mjs, print-toc.mjs, print-minfo.mjs   the read-only reports
 *   scan-bus.mjs      -scanbus and --devices: the emulated drives on their buses
 *   tracks.mjs        the tracks to write: files, stdin, padding, size checks
 *   write-track.mjs   writing one track: progress lines, write-error fault
 *   burn.mjs          a write or -fix: the tracks in turn, fixation, the new state
 *   blank.mjs         blank= (CD-RW only)
 *   timing.mjs        sleeping, the grace time countdown, times and speeds
 */

import { main } from './lib/main.mjs';
import { Exit } from './lib/output.mjs';

// Commands throw Exit(code) the way cdrecord calls comexit(); only this top level ends the process.
try {
  const code = main(process.argv.slice(2));
  process.exitCode = code ?? 0;
} catch (e) {
  if (e instanceof Exit) process.exitCode = e.code;
  else throw e;
}
