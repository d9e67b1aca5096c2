// The meeting room (/practice/meetings/{id}): start and end the meeting, say something (Enter sends,
// Shift+Enter is a new line), and follow the representatives live: who is typing, their streamed words,
// the orchestrator's reasoning, and which of the top 5 questions have been asked.
import { PracticeApi } from './practice-api.js';
import { RoomFeed } from './practice-room-feed.js';
import { Transcript } from './practice-transcript.js';
import { roleLabel } from './practice-labels.js';

const MAX_INPUT_HEIGHT = 180;

const STATUS_TEXT = {
    created: 'Not started yet: start the meeting when you are ready.',
    active: 'In progress',
    ended: 'This meeting has ended.',
};

class MeetingRoomPage {
    constructor(root) {
        this.root = root;
        this.el = {};
        root.querySelectorAll('[data-role]').forEach((element) => {
            this.el[element.dataset.role.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = element;
        });
        this.meetingId = root.dataset.meetingId;
        this.status = root.dataset.status;
        this.api = new PracticeApi(root.dataset.antiforgeryToken);
        this.typing = new Map();
        this.sending = false;
        this.transcript = new Transcript(this.el.log, {
            salesperson: this.el.salespersonTemplate,
            rep: this.el.repTemplate,
            decision: this.el.decisionTemplate,
        }, () => this.transcriptChanged());
        this.feed = new RoomFeed({
            meetingId: this.meetingId,
            hubPath: root.dataset.hubPath,
            handlers: {
                meeting_turn: (turn) => this.transcript.addTurn(turn),
                rep_typing: (typing) => this.showTyping(typing),
                rep_delta: (delta) => this.transcript.appendPending(delta.speaker_id, delta.text),
                turn_decision: (decision) => this.transcript.addDecision(decision),
                meeting_state: (state) => this.applyStatus(state.status),
            },
            onJoined: () => this.catchUp(),
            onConnection: (mode) => this.showConnection(mode),
        });
    }

    start() {
        this.el.composer.addEventListener('submit', (event) => {
            event.preventDefault();
            this.send();
        });
        this.el.input.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                this.send();
            }
        });
        this.el.input.addEventListener('input', () => this.fitInput());
        this.el.start.addEventListener('click', () => this.startMeeting());
        this.el.end.addEventListener('click', () => this.endMeeting());
        this.applyStatus(this.status);
        this.scrollToEnd();
        this.feed.start();
    }

    async send() {
        const message = this.el.input.value.trim();
        if (!message || this.sending) {
            return;
        }

        this.setSending(true);
        this.hideError();
        this.el.input.value = '';
        this.fitInput();
        const result = await this.api.postJson('/api/conversation/send-message', { meeting_id: this.meetingId, message });
        this.setSending(false);
        if (!result.ok) {
            this.el.input.value = message;
            this.fitInput();
            this.showError(result.problem);
            if (result.status === 409) {
                await this.refreshMeeting();
            }

            return;
        }

        // The room's events usually drew all of this already; the answer fills any gap (a dropped socket).
        const data = result.data;
        this.transcript.addTurn(data.salesperson_turn);
        this.transcript.addDecision({ turn_number: data.salesperson_turn.turn_number, source: data.decision_source, reasoning: data.reasoning });
        await this.catchUp();
        this.el.input.focus();
    }

    async startMeeting() {
        this.el.start.disabled = true;
        const result = await this.api.postJson(`/api/meeting/${encodeURIComponent(this.meetingId)}/start`);
        this.el.start.disabled = false;
        if (!result.ok) {
            this.showError(result.problem);
            return;
        }

        this.hideError();
        this.applyStatus(result.data.status);
        this.el.input.focus();
    }

    async endMeeting() {
        this.el.end.disabled = true;
        this.setStatusText('Ending the meeting and writing your scorecard…');
        const result = await this.api.postJson(`/api/meeting/${encodeURIComponent(this.meetingId)}/end`);
        if (!result.ok) {
            this.el.end.disabled = false;
            this.applyStatus(this.status);
            this.showError(result.problem);
            return;
        }

        window.location.assign(this.el.results.getAttribute('href'));
    }

    /** The stored transcript and decisions, and the top-5 coverage: anything not drawn yet is added. */
    async catchUp() {
        const history = await this.api.get(`/api/conversation/${encodeURIComponent(this.meetingId)}/history`);
        if (history.ok) {
            history.data.turns.forEach((turn) => this.transcript.addTurn(turn));
            history.data.decisions.forEach((decision) => this.transcript.addDecision(decision));
            this.applyStatus(history.data.status);
        }

        const analytics = await this.api.get(`/api/conversation/${encodeURIComponent(this.meetingId)}/analytics`);
        if (analytics.ok) {
            this.showCoverage(analytics.data.top_5_questions_covered);
        }
    }

    async refreshMeeting() {
        const meeting = await this.api.get(`/api/meeting/${encodeURIComponent(this.meetingId)}`);
        if (meeting.ok) {
            this.applyStatus(meeting.data.status);
        }
    }

    applyStatus(status) {
        this.status = status;
        this.root.dataset.status = status;
        this.el.start.hidden = status !== 'created';
        this.el.end.hidden = status !== 'active';
        this.el.end.disabled = false;
        this.el.results.hidden = status !== 'ended';
        this.el.input.disabled = status !== 'active';
        this.el.send.disabled = status !== 'active' || this.sending;
        this.el.input.placeholder = status === 'active' ? 'Say something to the room…'
            : status === 'created' ? 'Start the meeting to speak' : 'The meeting has ended';
        this.setStatusText(STATUS_TEXT[status] ?? status);
    }

    showTyping(typing) {
        const card = this.root.querySelector(`.rep-card[data-rep-id="${CSS.escape(typing.speaker_id)}"]`);
        card?.classList.toggle('is-typing', typing.is_typing);
        if (typing.is_typing) {
            this.typing.set(typing.speaker_id, `${typing.speaker_name} (${roleLabel(typing.speaker_role)})`);
            this.transcript.startPending(typing);
        } else {
            this.typing.delete(typing.speaker_id);
            this.transcript.dropPending(typing.speaker_id);
        }

        const names = [...this.typing.values()];
        this.el.typing.textContent = names.length === 0 ? '' : `${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} typing…`;
    }

    showCoverage(coverage) {
        const items = this.el.questions.querySelectorAll('li');
        coverage.forEach((question, index) => {
            const item = items[index];
            if (item) {
                item.dataset.covered = question.covered ? 'true' : 'false';
                item.querySelector('[data-field=state]').textContent = question.covered ? '(asked)' : '(not asked yet)';
            }
        });
    }

    showConnection(mode) {
        this.root.dataset.connection = mode;
        if (mode !== 'connected' && this.status === 'active') {
            this.setStatusText(mode === 'reconnecting' ? 'Reconnecting… replies appear when they are complete.' : 'Live updates are off; replies appear when they are complete.');
        } else {
            this.setStatusText(STATUS_TEXT[this.status] ?? this.status);
        }
    }

    showError(problem) {
        this.el.error.textContent = problem.detail || problem.title;
        this.el.error.hidden = false;
    }

    hideError() {
        this.el.error.hidden = true;
        this.el.error.textContent = '';
    }

    setSending(sending) {
        this.sending = sending;
        this.root.toggleAttribute('data-busy', sending);
        this.el.send.disabled = sending || this.status !== 'active';
    }

    setStatusText(text) {
        this.el.status.textContent = text;
    }

    transcriptChanged() {
        this.el.welcome.hidden = !this.transcript.isEmpty;
        this.scrollToEnd();
    }

    scrollToEnd() {
        this.el.scroll.scrollTop = this.el.scroll.scrollHeight;
    }

    fitInput() {
        const input = this.el.input;
        input.style.height = 'auto';
        input.style.height = `${Math.min(input.scrollHeight, MAX_INPUT_HEIGHT)}px`;
        input.style.overflowY = input.scrollHeight > MAX_INPUT_HEIGHT ? 'auto' : 'hidden';
    }
}

const root = document.querySelector('[data-practice-meeting]');
if (root) {
    new MeetingRoomPage(root).start();
}
