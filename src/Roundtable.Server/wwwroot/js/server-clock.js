// The server's clock as seen from the browser, so countdowns do not depend on the visitor's clock.
//
// A server_time is stamped before it is sent, so on arrival the server's clock reads at least that:
// each sample is a lower bound of (server − client), and the largest recent one is the best estimate.
// This also keeps a state that was computed a while ago (and re-sent on join) from pulling the clock back.

const SAMPLE_LIFETIME_MS = 10 * 60 * 1000;

export class ServerClock {
    constructor() {
        this.samples = [];
    }

    observe(serverTime) {
        const server = Date.parse(serverTime ?? '');
        if (Number.isNaN(server)) {
            return;
        }

        const received = Date.now();
        this.samples = this.samples.filter((s) => received - s.at < SAMPLE_LIFETIME_MS);
        this.samples.push({ offset: server - received, at: received });
    }

    /** Milliseconds since the epoch on the server's clock. */
    now() {
        if (this.samples.length === 0) {
            return Date.now();
        }

        return Date.now() + Math.max(...this.samples.map((s) => s.offset));
    }
}
