/** How a SIP target's app-style program is run in the tests (targets/sip/<id>/runtime.ts, default export). */
export interface SipTargetRuntime {
  /** Null when the toolchain is here, else what is missing. */
  missing(): string | null;
  /** The command that starts the saved program `file` (PORT is set in its environment). */
  command(file: string): [string, string[]];
  /** Where case files are written (default: the system's temporary folder). */
  parent?: string;
}
