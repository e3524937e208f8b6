import httpModel from "./http/codes.json" with { type: "json" };
import { CLASS_NAMES, type CodeEntry, type Protocol, type ProtocolModel } from "./types.js";

const MODELS: Record<Protocol, ProtocolModel> = { http: httpModel as ProtocolModel };

export const PROTOCOLS = Object.keys(MODELS) as Protocol[];

export function getModel(protocol: Protocol): ProtocolModel {
  return MODELS[protocol];
}

export function findCode(protocol: Protocol, code: number): CodeEntry | undefined {
  return MODELS[protocol].codes.find((c) => c.code === code);
}

export function classOf(code: number): number {
  return Math.floor(code / 100);
}

export function className(code: number): string {
  return CLASS_NAMES[classOf(code)] ?? "Unknown";
}
