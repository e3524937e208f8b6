import type { CodeEntry, Protocol } from "./types.js";

/** Every protocol, one line each: `protocols/<id>/protocol.ts`. The first is the default. */
const LOADERS = {
  http: () => import("./http/protocol.js"),
  sip: () => import("./sip/protocol.js"),
} satisfies Record<string, () => Promise<{ default: Protocol }>>;

export type ProtocolId = keyof typeof LOADERS;
export const PROTOCOL_IDS = Object.keys(LOADERS) as ProtocolId[];
export const DEFAULT_PROTOCOL: ProtocolId = PROTOCOL_IDS[0]!;

export async function loadProtocol(id: ProtocolId): Promise<Protocol> {
  return (await LOADERS[id]()).default;
}

export function classOf(code: number): number {
  return Math.floor(code / 100);
}

export function className(protocol: Protocol, code: number): string {
  return protocol.classNames[classOf(code)] ?? "Unknown";
}

export function findCode(protocol: Protocol, code: number): CodeEntry | undefined {
  return protocol.codes.find((c) => c.code === code);
}

/** How a command names the protocol: nothing for the default one, else its id first (`snipgen sip 486`). */
export function command(protocol: Pick<Protocol, "id">, rest: string): string {
  return protocol.id === DEFAULT_PROTOCOL ? `snipgen ${rest}` : `snipgen ${protocol.id} ${rest}`;
}
