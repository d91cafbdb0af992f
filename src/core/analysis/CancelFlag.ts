const idle = 0;
const running = 1;
const cancelled = 2;

/**
 * Whether the long synchronous work in progress (an analysis run) has been asked to stop.
 * It lives in shared memory because that work holds its thread's event loop: a cancel sent as
 * a message would only arrive once the work was done. Main keeps one flag and hands its buffer
 * to the Workbench's worker; the work reads it at each checkpoint.
 */
export class CancelFlag {
  private readonly state: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.state = new Int32Array(buffer, 0, 1);
  }

  begin(): void {
    Atomics.store(this.state, 0, running);
  }

  end(): void {
    Atomics.store(this.state, 0, idle);
  }

  /** Asks the running work to stop; false when nothing was running. */
  cancel(): boolean {
    return Atomics.compareExchange(this.state, 0, running, cancelled) === running;
  }

  get isCancelled(): boolean {
    return Atomics.load(this.state, 0) === cancelled;
  }
}
