// The meeting room's transcript: turns drawn from the page's templates (the same markup the server renders),
// kept in turn order without duplicates, plus the pending bubbles representatives stream into.
import { initialsOf, roleLabel } from './practice-labels.js';

export class Transcript {
    constructor(log, templates, onChange) {
        this.log = log;
        this.templates = templates;
        this.onChange = onChange;
    }

    get isEmpty() {
        return this.log.querySelector('[data-turn-number]') === null && this.log.querySelector('.turn-pending') === null;
    }

    has(turnNumber) {
        return this.log.querySelector(`[data-turn-number="${turnNumber}"]`) !== null;
    }

    /** A finished turn (TurnView); it replaces the speaker's pending bubble, if one is streaming. */
    addTurn(turn) {
        if (this.has(turn.turn_number)) {
            return;
        }

        const item = this.draw(turn);
        const pending = turn.speaker === 'representative' ? this.pendingOf(turn.speaker_id) : null;
        if (pending) {
            pending.replaceWith(item);
        } else {
            this.insertInOrder(item, turn.turn_number);
        }

        this.onChange();
    }

    /** The orchestrator's reasoning, just after the salesperson line it decided on. */
    addDecision(decision) {
        const exchange = decision.turn_number;
        if (this.log.querySelector(`.turn-decision[data-exchange="${exchange}"]`)) {
            return;
        }

        const item = this.templates.decision.content.firstElementChild.cloneNode(true);
        item.dataset.exchange = exchange;
        item.querySelector('[data-field=source]').textContent = decision.source;
        item.querySelector('[data-field=reasoning]').textContent = decision.reasoning;
        const line = this.log.querySelector(`[data-turn-number="${exchange}"]`);
        if (line) {
            line.after(item);
        } else {
            this.log.append(item);
        }

        this.onChange();
    }

    /** A bubble for a representative who started replying; streamed text goes into it. */
    startPending(speaker) {
        if (this.pendingOf(speaker.speaker_id)) {
            return;
        }

        const item = this.templates.rep.content.firstElementChild.cloneNode(true);
        item.classList.add('turn-pending');
        item.removeAttribute('data-turn-number');
        item.dataset.speakerId = speaker.speaker_id;
        // The finished turn is announced; the growing text would be read out piece by piece.
        item.setAttribute('aria-hidden', 'true');
        this.fillSpeaker(item, speaker.speaker_name, speaker.speaker_role);
        item.querySelector('[data-field=typing]').hidden = false;
        item.querySelector('[data-field=producer]').hidden = true;
        this.log.append(item);
        this.onChange();
    }

    appendPending(speakerId, text) {
        const item = this.pendingOf(speakerId);
        if (!item) {
            return;
        }

        item.querySelector('[data-field=typing]').hidden = true;
        item.querySelector('[data-field=text]').textContent += text;
        this.onChange();
    }

    /** A reply that stopped without a finished turn (a failed exchange stores nothing). */
    dropPending(speakerId) {
        this.pendingOf(speakerId)?.remove();
    }

    pendingOf(speakerId) {
        return [...this.log.querySelectorAll('.turn-pending')].find((item) => item.dataset.speakerId === speakerId) ?? null;
    }

    draw(turn) {
        const isSalesperson = turn.speaker === 'salesperson';
        const item = (isSalesperson ? this.templates.salesperson : this.templates.rep).content.firstElementChild.cloneNode(true);
        item.dataset.turnNumber = turn.turn_number;
        item.dataset.speakerId = turn.speaker_id;
        this.fillSpeaker(item, turn.speaker_name, turn.speaker_role);
        item.querySelector('[data-field=time]').textContent = turn.timestamp;
        item.querySelector('[data-field=text]').textContent = turn.text;
        if (!isSalesperson) {
            item.querySelector('[data-field=offline]').hidden = !turn.is_offline;
            const provider = item.querySelector('[data-field=provider]');
            provider.hidden = turn.is_offline || !turn.provider;
            provider.textContent = turn.is_offline ? '' : turn.provider ?? '';
            item.querySelector('[data-field=model]').textContent = turn.model ?? '';
            const sources = [...new Set((turn.citations ?? []).map((c) => c.file_name))];
            const line = item.querySelector('[data-field=sources]');
            line.hidden = sources.length === 0;
            line.textContent = `Drew on ${sources.join(', ')}`;
        }

        return item;
    }

    fillSpeaker(item, name, role) {
        item.querySelector('[data-field=speaker]').textContent = name;
        const roleField = item.querySelector('[data-field=role]');
        if (roleField) {
            roleField.textContent = roleLabel(role);
            item.querySelector('[data-field=initials]').textContent = initialsOf(name);
        }
    }

    insertInOrder(item, turnNumber) {
        const later = [...this.log.querySelectorAll('[data-turn-number]')].find((other) => Number(other.dataset.turnNumber) > turnNumber);
        if (later) {
            later.before(item);
            return;
        }

        // Before any pending bubbles, which belong to replies still coming.
        const pending = this.log.querySelector('.turn-pending');
        if (pending) {
            pending.before(item);
        } else {
            this.log.append(item);
        }
    }
}
