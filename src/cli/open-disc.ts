// How a command that reads or writes a disc starts: which device, refused early when it is
// surely wrong, and the backend that reads it. status, diff, verify and import open their device
// here, apply too, so that each chooses and checks it the same way, in the same order.
import type { Backend } from '../backends/backend-interface.js';
import { chooseBackendName, loadBackend } from '../backends/backend.js';
import { chooseDevice } from '../disc/device-names.js';
import { DEFAULT_BACKEND, type BackendChoice, type PlannedDisc } from '../plan/plan-model.js';

export interface OpenDeviceRequest {
  /** --device, when given. */
  deviceOption: string | undefined;
  /** --backend, when given (commander has checked it). */
  backendOption: BackendChoice | undefined;
  /** The plan's disc: its device and backend are used when the options name none. */
  plannedDisc: Pick<PlannedDisc, 'device' | 'backend'> | undefined;
  /**
   * Refuses a device the command cannot use, before any tool runs: checkDevice to read it,
   * checkWritableDevice to write it (or preview a write), or a command's own stricter check.
   */
  check: (device: string) => void;
}

export interface OpenedDevice {
  device: string;
  backend: Backend;
}

/** --device, else the plan's, else $BURNPLAN_DEVICE, else /dev/sr0; --backend, else the plan's, else auto. */
export async function openDevice(request: OpenDeviceRequest): Promise<OpenedDevice> {
  const { device } = chooseDevice(request.deviceOption, request.plannedDisc?.device);
  request.check(device);
  const choice = request.backendOption ?? request.plannedDisc?.backend ?? DEFAULT_BACKEND;
  const backend = await loadBackend(chooseBackendName(choice, device));
  return { device, backend };
}
