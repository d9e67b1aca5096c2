// The meeting room's live events over SignalR: join_meeting after every (re)connect, then meeting_turn,
// rep_typing, rep_delta, turn_decision and meeting_state go to the page's handlers.

/** Reconnect forever: quickly at first, then about every 30 s (with jitter). */
const retryPolicy = {
    nextRetryDelayInMilliseconds(context) {
        const base = [0, 2000, 5000, 10000][context.previousRetryCount] ?? 30000;
        return base + Math.floor(Math.random() * 1000);
    },
};

const RESTART_DELAY_MS = 5000;

export class RoomFeed {
    /**
     * @param {{ meetingId: string, hubPath: string, handlers: Record<string, Function>,
     *           onJoined: Function, onConnection: Function }} options
     */
    constructor(options) {
        this.options = options;
        this.connection = null;
    }

    start() {
        const signalR = globalThis.signalR;
        if (!signalR) {
            this.options.onConnection('unavailable');
            return;
        }

        this.connection = new signalR.HubConnectionBuilder()
            .withUrl(this.options.hubPath)
            .withAutomaticReconnect(retryPolicy)
            .configureLogging(signalR.LogLevel.Warning)
            .build();
        for (const [name, handler] of Object.entries(this.options.handlers)) {
            this.connection.on(name, handler);
        }

        this.connection.onreconnecting(() => this.options.onConnection('reconnecting'));
        this.connection.onreconnected(() => this.join());
        this.connection.onclose(() => {
            this.options.onConnection('disconnected');
            setTimeout(() => this.open(), RESTART_DELAY_MS);
        });
        this.open();
    }

    async open() {
        try {
            await this.connection.start();
        } catch {
            this.options.onConnection('disconnected');
            setTimeout(() => this.open(), RESTART_DELAY_MS);
            return;
        }

        await this.join();
    }

    /** Groups belong to a connection, so the meeting is joined again after every reconnect. */
    async join() {
        try {
            await this.connection.invoke('join_meeting', { meeting_id: this.options.meetingId });
        } catch {
            this.options.onConnection('disconnected');
            return;
        }

        this.options.onConnection('connected');
        // Whatever was said while the socket was down comes in once here.
        await this.options.onJoined();
    }
}
