// The emulated disc: the state file beside the sparse image (PATH.cdr.json), the session layout
// derived from it (gaps, next writable address, session offset) and the MSF/LBA conversions.
// The format of the state and the layout rules are described in the header of cdrecord-emulator.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { MEDIA } from './hardware.mjs';
import { err, exit, pad2 } from './output.mjs';

// MSF / LBA (cdrtools cd_misc.c lba_to_msf / msf_to_lba)
export function lbaToMsf(lba) {
  let frames = lba >= -150 ? lba + 150 : lba + 450150;
  const m = Math.floor(frames / (60 * 75));
  frames -= m * 60 * 75;
  const s = Math.floor(frames / 75);
  const f = frames - s * 75;
  return { m, s, f };
}
export function msfToLba(m, s, f, forcePositive) {
  let lba = (m * 60 + s) * 75 + f;
  if (m >= 90 && !forcePositive) lba -= 450000;
  return lba - 150;
}
export const fmtMsfSlash = ({ m, s, f }) => `${pad2(m)}:${pad2(s)}/${pad2(f)}`;

// State file
export const statePath = (image) => `${image}.cdr.json`;

export function readState(image) {
  return JSON.parse(fs.readFileSync(statePath(image), 'utf8'));
}
export function writeState(image, state) {
  const tmp = `${statePath(image)}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(tmp, statePath(image));
}

export function insertBlank(image, mediaName, minutes) {
  const key = `${mediaName}:${minutes}`;
  const m = MEDIA[key];
  if (!m) {
    err(`cdrecord-emulator: unsupported medium ${mediaName} ${minutes} min (cd-r|cd-rw, 80|74)\n`);
    exit(2);
  }
  fs.mkdirSync(path.dirname(path.resolve(image)), { recursive: true });
  const fd = fs.openSync(image, 'w');
  fs.ftruncateSync(fd, 0);
  fs.closeSync(fd);
  const state = {
    format: 'cdr-emulator-state/1',
    media: m.media,
    minutes: m.minutes,
    atip: {
      leadIn: msfToLba(m.leadIn.m, m.leadIn.s, m.leadIn.f, false),
      leadInMsf: m.leadIn,
      leadOut: m.leadOut,
      erasable: m.erasable,
      indWrPower: m.indWrPower,
      refSpeed: m.refSpeed,
      subType: m.subType,
      uru: m.uru,
      rcap: m.rcap,
    },
    tracks: [],
    sessionsClosed: 0,
    finalized: false,
    open: null,
  };
  writeState(image, state);
  return state;
}

// Disc model
export const LEADIN = 4500;
export const PREGAP = 150;
const FIRST_LEADOUT = 6750;
const NEXT_LEADOUT = 2250;
export const MAX_TRACK = 99;

export const trackEnd = (t) => t.start + t.size + t.runout;

export function completeTracks(state) {
  return state.tracks.filter((t) => t.session <= state.sessionsClosed);
}
export function openTracks(state) {
  return state.tracks.filter((t) => t.session > state.sessionsClosed);
}
export function diskStatus(state) {
  if (state.finalized) return 'complete';
  if (state.tracks.length === 0 && !state.open) return 'empty';
  return 'appendable';
}
/** Start of the next session's first track (TAO NWA) after the complete sessions. */
export function nextSessionStart(state) {
  const done = completeTracks(state);
  if (done.length === 0) return 0;
  const last = done[done.length - 1];
  const leadOut = state.sessionsClosed === 1 ? FIRST_LEADOUT : NEXT_LEADOUT;
  return trackEnd(last) + leadOut + LEADIN + PREGAP;
}
/** NWA as READ TRACK INFO 0xFF reports it, or null when it cannot be read. */
export function nextWritable(state) {
  if (state.finalized) return null;
  if (state.open) {
    if (state.open.damaged) return null;
    const t = openTracks(state);
    if (t.length > 0) return trackEnd(t[t.length - 1]) + PREGAP;
  }
  return nextSessionStart(state);
}
/** Start of the first track of the last complete session (READ TOC format 1), or null. */
export function lastSessionOffset(state) {
  const done = completeTracks(state);
  if (done.length === 0) return null;
  const lastSession = done[done.length - 1].session;
  return done.find((t) => t.session === lastSession).start;
}

/** What a finished write or -fix does to the state (the caller writes it; -dummy changes nothing). */
export function recordBurn(state, o, { isFix, fixOk, newTracks, damaged }) {
  if (isFix) {
    if (fixOk) {
      if (state.open) {
        const t = state.tracks[state.tracks.length - 1];
        if (t && t.partial) {
          t.runout = 2;
          delete t.partial;
        }
        state.sessionsClosed = state.open.session;
        state.open = null;
      }
      if (!o.multi) state.finalized = true;
    }
  } else {
    state.tracks.push(...newTracks);
    if (damaged) {
      state.tracks.push(damaged);
      state.open = { session: damaged.session, damaged: true };
    } else if (newTracks.length > 0) {
      const sessionNo = newTracks[0].session;
      if (o.nofix) state.open = { session: sessionNo, damaged: false };
      else {
        state.sessionsClosed = sessionNo;
        state.open = null;
        if (!o.multi) state.finalized = true;
      }
    }
  }
}
