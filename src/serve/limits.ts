/** The bounds `snipgen serve` keeps, so bad or slow clients cost bounded time and memory. */

/** The longest `?delay` in milliseconds (httpbin's bound too). */
export const MAX_DELAY_MS = 10_000;
/** HTTP: a request's headers must arrive within this, and the whole request within REQUEST_TIMEOUT_MS. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
/** Open connections (HTTP and SIP over TCP, each); more are closed as they arrive. */
export const MAX_CONNECTIONS = 10_000;
/** SIP: the largest message read (a UDP datagram holds at most 65,507 bytes). */
export const MAX_SIP_MESSAGE = 65_535;
/** SIP over TCP: a connection that sends nothing for this long is closed. */
export const SIP_IDLE_MS = 60_000;
/** At shutdown: how long in-flight responses may take before their connections are closed. */
export const SHUTDOWN_GRACE_MS = MAX_DELAY_MS + 2_000;
