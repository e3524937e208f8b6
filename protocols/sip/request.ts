import type { Header } from "../types.js";

/** A SIP request as a UAS receives it: the one a response answers. */
export interface SipRequest {
  method: string;
  uri: string;
  headers: Header[];
}

/** The methods a snippet can answer; ACK is never answered (RFC 3261 §17.1.1.3), so it is not one. */
export const METHODS = ["INVITE", "BYE", "CANCEL", "OPTIONS", "REGISTER", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "INFO", "UPDATE", "PRACK", "PUBLISH"];

// Documentation addresses (RFC 5737, RFC 2606): Alice's phone calls Bob through example.com.
const CALLER = "192.0.2.10";
const ALICE = "sip:alice@example.com";
const BOB = "sip:bob@example.com";

/** Headers only some methods carry: what a UAS would see in a well-formed request of that method. */
const METHOD_HEADERS: Record<string, Header[]> = {
  INVITE: [["Contact", `<sip:alice@${CALLER}:5060>`]],
  REGISTER: [
    ["Contact", `<sip:alice@${CALLER}:5060>`],
    ["Expires", "3600"],
  ],
  SUBSCRIBE: [
    ["Contact", `<sip:alice@${CALLER}:5060>`],
    ["Event", "presence"],
    ["Expires", "3600"],
  ],
  NOTIFY: [
    ["Contact", `<sip:alice@${CALLER}:5060>`],
    ["Event", "presence"],
    ["Subscription-State", "active;expires=3600"],
  ],
  REFER: [
    ["Contact", `<sip:alice@${CALLER}:5060>`],
    ["Refer-To", "<sip:carol@example.com>"],
  ],
  PUBLISH: [
    ["Event", "presence"],
    ["Expires", "3600"],
  ],
  PRACK: [["RAck", "1 1 INVITE"]],
};

/**
 * The example request a code answers: Alice's UA at 192.0.2.10 sends `method` to Bob (REGISTER goes to
 * the registrar, example.com, for Alice's own address of record). Fixed values, so pages are stable.
 */
export function exampleRequest(method: string): SipRequest {
  const register = method === "REGISTER";
  return {
    method,
    uri: register ? "sip:example.com" : BOB,
    headers: [
      ["Via", `SIP/2.0/UDP ${CALLER}:5060;branch=z9hG4bK-snipgen-1`],
      ["Max-Forwards", "70"],
      ["From", `Alice <${ALICE}>;tag=9fxced76sl`],
      ["To", register ? `Alice <${ALICE}>` : `Bob <${BOB}>`],
      ["Call-ID", `3848276298220188511@${CALLER}`],
      ["CSeq", `1 ${method}`],
      ...(METHOD_HEADERS[method] ?? []),
      ["Content-Length", "0"],
    ],
  };
}

/** The headers a response copies from its request (RFC 3261 §8.2.6.2), To aside (it gains a tag). */
export const COPIED = ["via", "from", "call-id", "cseq"];

/** The tag a UAS adds to To (every response but 100); pages show this example, stacks make their own. */
export const EXAMPLE_TO_TAG = "314159";
