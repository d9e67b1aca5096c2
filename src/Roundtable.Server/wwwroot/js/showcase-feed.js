// The live feed of one business: SignalR first (join_room, then state_update / new_message);
// while the socket is down or cannot be opened, GET /api/live-conversation-latest every few seconds.

const RESTART_DELAYS = [2000, 5000, 10000, 20000, 30000];

/** Reconnect forever: quickly at first, then every 30 s or so (with jitter, so visitors do not return in step). */
const retryPolicy = {
    nextRetryDelayInMilliseconds(context) {
        const base = [0, 2000, 5000, 10000][context.previousRetryCount] ?? 30000;
        return base + Math.floor(Math.random() * 1000);
    },
};

export class ShowcaseFeed {
    /**
     * @param {{ businessId: number, hubPath: string, latestUrl: string, pollInterval: number,
     *           onState: Function, onMessage: Function, onSnapshot: Function, onConnection: Function }} options
     */
    constructor(options) {
        this.options = options;
        this.connection = null;
        this.pollTimer = null;
        this.restartTimer = null;
        this.restarts = 0;
        this.mode = 'connecting';
    }

    start() {
        const signalR = globalThis.signalR;
        if (!signalR) {
            this.fallBack('polling');
            return;
        }

        this.connection = new signalR.HubConnectionBuilder()
            .withUrl(this.options.hubPath)
            .withAutomaticReconnect(retryPolicy)
            .configureLogging(signalR.LogLevel.Warning)
            .build();
        this.connection.on('state_update', (state) => this.options.onState(state));
        this.connection.on('new_message', (message) => this.options.onMessage(message));
        this.connection.onreconnecting(() => this.fallBack('reconnecting'));
        this.connection.onreconnected(() => this.join());
        this.connection.onclose(() => {
            this.fallBack('polling');
            this.scheduleRestart();
        });
        this.open();

        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') {
                this.refresh();
            }
        });
    }

    async open() {
        this.setMode(this.mode === 'polling' || this.mode === 'offline' ? this.mode : 'connecting');
        try {
            await this.connection.start();
        } catch {
            this.fallBack('polling');
            this.scheduleRestart();
            return;
        }

        await this.join();
    }

    /** Groups belong to a connection, so the room is joined again after every (re)connect. */
    async join() {
        try {
            await this.connection.invoke('join_room', { business_id: this.options.businessId });
        } catch {
            this.fallBack('polling');
            return;
        }

        this.restarts = 0;
        this.stopPolling();
        this.setMode('connected');
        // Whatever was published while the socket was down (or before it joined) comes in once here.
        await this.refresh();
    }

    scheduleRestart() {
        if (this.restartTimer !== null) {
            return;
        }

        const delay = RESTART_DELAYS[Math.min(this.restarts, RESTART_DELAYS.length - 1)] + Math.floor(Math.random() * 1000);
        this.restarts += 1;
        this.restartTimer = setTimeout(() => {
            this.restartTimer = null;
            this.open();
        }, delay);
    }

    fallBack(mode) {
        this.setMode(mode);
        if (this.pollTimer === null) {
            this.pollTimer = setInterval(() => this.refresh(), this.options.pollInterval);
            this.refresh();
        }
    }

    stopPolling() {
        if (this.pollTimer !== null) {
            clearInterval(this.pollTimer);
            this.pollTimer = null;
        }
    }

    async refresh() {
        const url = `${this.options.latestUrl}?business_id=${encodeURIComponent(this.options.businessId)}`;
        try {
            const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
            if (!response.ok) {
                throw new Error(`HTTP ${response.status}`);
            }

            this.options.onSnapshot(await response.json());
            if (this.mode === 'offline') {
                this.setMode('polling');
            }
        } catch {
            if (this.pollTimer !== null) {
                this.setMode('offline');
            }
        }
    }

    setMode(mode) {
        this.mode = mode;
        this.options.onConnection(mode);
    }
}
