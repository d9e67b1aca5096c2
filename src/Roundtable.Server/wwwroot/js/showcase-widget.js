// The live widget of a business page: status, countdown, progress and the message stream.
// Configured by the data- attributes of [data-showcase-widget]; every message is inserted as text.
import { ShowcaseFeed } from './showcase-feed.js';
import { ServerClock } from './server-clock.js';
import { formatClock, formatCountdown, localizeTime, zoneLabel } from './time-format.js';

const COPY = {
    WAITING: { headline: 'Waiting for the next discussion', countdown: 'Conversation starts in', next: 'Starts at' },
    ACTIVE: { headline: 'The AI agents are talking right now', countdown: 'Next message in', next: 'Next message' },
    BREAK: { headline: 'A short break before the next discussion', countdown: 'Next conversation in', next: 'Next conversation' },
    PAUSED: { headline: 'Paused: this business has no conversation credits left', countdown: 'Paused', next: 'Next conversation' },
};

const CONNECTION_TEXT = {
    connecting: 'Connecting…',
    connected: 'Live',
    reconnecting: 'Reconnecting…',
    polling: 'Polling',
    offline: 'Offline',
};

const AGENTS_PER_ROUND = 4;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

class ShowcaseWidget {
    constructor(root) {
        this.root = root;
        this.el = {};
        root.querySelectorAll('[data-role]').forEach((element) => {
            this.el[element.dataset.role.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = element;
        });
        this.clock = new ServerClock();
        this.state = null;
        this.conversationId = root.dataset.conversationId ? Number(root.dataset.conversationId) : null;
        this.messageIds = new Set([...this.el.messages.querySelectorAll('[data-message-id]')].map((li) => Number(li.dataset.messageId)));
        this.feed = new ShowcaseFeed({
            businessId: Number(root.dataset.businessId),
            hubPath: root.dataset.hubPath,
            latestUrl: root.dataset.latestUrl,
            pollInterval: Number(root.dataset.pollInterval) || 5000,
            onState: (state) => this.applyState(state),
            onMessage: (message) => this.addMessage(normalize(message, message.conversation_id)),
            onSnapshot: (snapshot) => this.applySnapshot(snapshot),
            onConnection: (mode) => this.showConnection(mode),
        });
        if (root.dataset.initialState) {
            this.applyState(JSON.parse(root.dataset.initialState));
        }
    }

    start() {
        this.el.timeZone.textContent = zoneLabel();
        this.tick();
        setInterval(() => this.tick(), 1000);
        this.feed.start();
    }

    applyState(state) {
        this.clock.observe(state.server_time);
        const id = state.current_conversation_id ?? null;
        if (state.status === 'ACTIVE' && id !== null) {
            this.followConversation(id);
            if (id === this.conversationId && state.topic) {
                this.el.topic.textContent = state.topic;
            }
        }

        // Messages can arrive before the state that counts them.
        const previous = this.state;
        if (previous && previous.status === 'ACTIVE' && state.status === 'ACTIVE' && id === previous.current_conversation_id) {
            state = { ...state, message_count: Math.max(state.message_count ?? 0, previous.message_count ?? 0) };
        }

        this.state = state;
        this.markCompleted(state.status !== 'ACTIVE');
        this.render();
    }

    applySnapshot(snapshot) {
        if (snapshot.state) {
            this.applyState(snapshot.state);
        }

        const id = snapshot.conversation_id ?? null;
        if (id === null || !this.followConversation(id)) {
            return;
        }

        if (snapshot.topic) {
            this.el.topic.textContent = snapshot.topic;
        }

        (snapshot.messages ?? []).forEach((message) => this.addMessage(normalize(message, id)));
        this.markCompleted(snapshot.status === 'completed');
    }

    /** Switches to a newer conversation (clearing the stream); false for an older one, which is ignored. */
    followConversation(id) {
        if (this.conversationId === id) {
            return true;
        }

        if (this.conversationId !== null && id < this.conversationId) {
            return false;
        }

        this.conversationId = id;
        this.messageIds.clear();
        this.el.messages.replaceChildren();
        this.el.empty.hidden = false;
        this.el.topic.textContent = 'A new conversation is starting…';
        this.markCompleted(false);
        return true;
    }

    markCompleted(completed) {
        const showLink = completed && this.conversationId !== null && this.messageIds.size > 0;
        this.el.archiveLink.hidden = !showLink;
        if (showLink) {
            this.el.archiveLink.href = `${this.root.dataset.archivePath}${this.conversationId}`;
        }

        this.el.conversationKicker.textContent = showLink ? 'Latest conversation' : this.messageIds.size > 0 ? 'Live conversation' : 'Conversation';
    }

    addMessage(message) {
        if (message.conversation_id == null || !this.followConversation(message.conversation_id) || this.messageIds.has(message.id)) {
            return;
        }

        this.messageIds.add(message.id);
        const list = this.el.messages;
        const stickToBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
        const item = this.renderMessage(message);
        const later = [...list.children].find((li) => Number(li.dataset.messageNumber) > message.message_number);
        list.insertBefore(item, later ?? null);
        this.el.empty.hidden = true;
        if (stickToBottom && !later) {
            list.scrollTop = list.scrollHeight;
        }

        if (this.state && this.state.status === 'ACTIVE' && this.state.current_conversation_id === message.conversation_id) {
            this.state.message_count = Math.max(this.state.message_count ?? 0, message.message_number);
        }

        // Completion is decided by the state and the snapshots; a message only refreshes the labels.
        this.markCompleted(!this.el.archiveLink.hidden);
        this.render();
    }

    renderMessage(message) {
        const item = this.el.messageTemplate.content.firstElementChild.cloneNode(true);
        const field = (name) => item.querySelector(`[data-field="${name}"]`);
        item.dataset.messageId = String(message.id);
        item.dataset.messageNumber = String(message.message_number);
        item.style.setProperty('--agent-color', HEX_COLOR.test(message.agent_color ?? '') ? message.agent_color : '#6c757d');
        item.classList.add('message-new');
        field('initials').textContent = initialsOf(message.agent_name ?? '');
        field('agent-name').textContent = message.agent_name ?? '';
        field('offline').hidden = !message.is_offline;
        field('provider').hidden = Boolean(message.is_offline);
        field('provider').textContent = message.provider ?? '';
        field('model').textContent = message.model ?? '';
        field('number').textContent = `#${message.message_number}`;
        const time = field('time');
        time.setAttribute('datetime', message.timestamp ?? '');
        localizeTime(time);
        const body = field('content');
        body.replaceChildren(...paragraphsOf(message.content ?? '').map((text) => {
            const paragraph = document.createElement('p');
            paragraph.textContent = text;
            return paragraph;
        }));
        return item;
    }

    render() {
        const state = this.state;
        if (!state) {
            return;
        }

        const copy = COPY[state.status] ?? COPY.WAITING;
        this.el.statusBadge.textContent = state.status;
        this.el.statusBadge.dataset.status = state.status;
        this.el.statusText.textContent = copy.headline;
        this.el.countdownLabel.textContent = copy.countdown;
        this.el.nextEventLabel.textContent = copy.next;
        const total = state.total_messages || 16;
        const count = state.status === 'ACTIVE' ? Math.min(state.message_count ?? 0, total) : 0;
        this.el.messageCount.textContent = `${count}/${total} messages`;
        const next = Date.parse(state.next_event_time ?? '');
        const scheduled = !Number.isNaN(next) && state.status !== 'PAUSED';
        this.el.nextEventTime.textContent = scheduled ? formatClock(new Date(next)) : '—';
        this.el.nextTimeZone.textContent = scheduled ? zoneLabel(new Date(next)) : '';
        this.tick();
    }

    /** Every second: the clock, the countdown and the time-based progress, all on the server's time. */
    tick() {
        const now = this.clock.now();
        this.el.localTime.textContent = formatClock(new Date(now));
        const state = this.state;
        if (!state) {
            return;
        }

        const next = Date.parse(state.next_event_time ?? '');
        const paused = state.status === 'PAUSED' || Number.isNaN(next);
        this.el.countdown.textContent = paused ? '--:--' : formatCountdown(next - now);
        this.el.countdown.dataset.remaining = paused ? '' : String(Math.max(0, Math.ceil((next - now) / 1000)));

        let percent = 0;
        let caption = '';
        const total = state.total_messages || 16;
        if (state.status === 'ACTIVE') {
            const count = Math.min(state.message_count ?? 0, total);
            percent = (count / total) * 100;
            caption = `Round ${Math.max(1, Math.ceil(count / AGENTS_PER_ROUND))} of ${Math.ceil(total / AGENTS_PER_ROUND)}`;
        } else if (!paused) {
            const started = Date.parse(state.phase_started_at ?? '');
            if (!Number.isNaN(started) && next > started) {
                percent = ((now - started) / (next - started)) * 100;
            }

            caption = state.status === 'BREAK' ? 'Break' : 'Getting ready';
        }

        percent = Math.round(Math.min(100, Math.max(0, percent)));
        this.el.progressBar.style.width = `${percent}%`;
        this.el.progress.setAttribute('aria-valuenow', String(percent));
        this.el.progressCaption.textContent = caption;
    }

    showConnection(mode) {
        this.el.connection.dataset.state = mode;
        this.el.connectionText.textContent = CONNECTION_TEXT[mode] ?? mode;
    }
}

/** new_message and live-conversation-latest name a few fields differently; one shape from here on. */
function normalize(message, conversationId) {
    return {
        id: message.id,
        conversation_id: message.conversation_id ?? conversationId,
        agent_name: message.agent_name,
        content: message.content,
        message_number: message.message_number ?? message.messageNumber ?? 0,
        timestamp: message.timestamp,
        provider: message.provider,
        model: message.model,
        is_offline: Boolean(message.is_offline),
        agent_color: message.agent_color,
    };
}

/** Mirrors AgentPalette.InitialsOf on the server. */
function initialsOf(name) {
    return name.split(' ').filter((w) => w && w.toUpperCase() !== 'AI').slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}

function paragraphsOf(content) {
    return content.replace(/\r\n/g, '\n').split('\n\n').map((p) => p.trim()).filter((p) => p.length > 0);
}

document.querySelectorAll('[data-showcase-widget]').forEach((root) => new ShowcaseWidget(root).start());
