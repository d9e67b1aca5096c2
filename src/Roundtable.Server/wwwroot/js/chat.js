// The chat page: sends the visitor's message to /chat/api, streams the reply token by token and renders it as
// sanitised Markdown, then shows who answered and the knowledge it drew on. Configured by [data-chat].
import { readServerSentEvents } from './chat-stream.js';
import { renderMarkdown } from './chat-markdown.js';

const MAX_INPUT_HEIGHT = 200;

class ChatPage {
    constructor(root) {
        this.root = root;
        this.el = {};
        root.querySelectorAll('[data-role]').forEach((element) => {
            this.el[element.dataset.role.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = element;
        });
        this.conversationsUrl = root.dataset.conversationsUrl;
        this.token = root.dataset.antiforgeryToken;
        this.conversationId = null;
        this.busy = false;
    }

    start() {
        this.el.composer.addEventListener('submit', (event) => {
            event.preventDefault();
            this.send(this.el.input.value);
        });
        this.el.input.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                this.send(this.el.input.value);
            }
        });
        this.el.input.addEventListener('input', () => this.fitInput());
        this.el.quickActions.addEventListener('click', (event) => {
            const chip = event.target.closest('[data-prompt]');
            if (chip) {
                this.send(chip.dataset.prompt);
            }
        });
        this.el.newConversation.addEventListener('click', () => this.reset());
        this.el.input.focus();
    }

    fitInput() {
        const input = this.el.input;
        input.style.height = 'auto';
        input.style.height = `${Math.min(input.scrollHeight, MAX_INPUT_HEIGHT)}px`;
        input.style.overflowY = input.scrollHeight > MAX_INPUT_HEIGHT ? 'auto' : 'hidden';
    }

    reset() {
        if (this.busy) {
            return;
        }

        this.conversationId = null;
        this.el.log.replaceChildren();
        this.el.welcome.hidden = false;
        this.hideError();
        this.setStatus('Ready when you are');
        this.el.input.focus();
    }

    async send(text) {
        const content = text.trim();
        if (!content || this.busy) {
            return;
        }

        this.setBusy(true);
        this.hideError();
        this.el.welcome.hidden = true;
        this.el.input.value = '';
        this.fitInput();
        this.addUserMessage(content);
        const reply = new AssistantReply(this.cloneTemplate('assistantTemplate'), () => this.scrollToEnd());
        this.el.log.append(reply.item);
        this.scrollToEnd();
        this.setStatus('Thinking…');
        try {
            await this.exchange(content, reply);
        } catch (error) {
            if (!(error instanceof TypeError)) {
                throw error;
            }

            // fetch rejects with a TypeError when the network fails.
            reply.fail('The reply could not be loaded.');
            this.showError('Network problem: the server could not be reached. Check your connection and try again.',
                'Try again', () => { reply.item.remove(); this.removeLastUserMessage(); this.send(content); });
        } finally {
            this.setBusy(false);
        }
    }

    async exchange(content, reply) {
        if (this.conversationId === null) {
            const created = await this.post(this.conversationsUrl, {}, 'application/json');
            if (!created.ok) {
                await this.handleProblem(created, reply, content);
                return;
            }

            this.conversationId = (await created.json()).id;
        }

        const response = await this.post(`${this.conversationsUrl}/${encodeURIComponent(this.conversationId)}/messages`,
            { content }, 'text/event-stream');
        if (!response.ok) {
            await this.handleProblem(response, reply, content);
            return;
        }

        this.setStatus('Answering…');
        let finished = false;
        await readServerSentEvents(response, (name, data) => {
            if (name === 'token') {
                reply.append(data.text);
            } else if (name === 'message') {
                finished = true;
                reply.complete(data);
            } else if (name === 'error') {
                finished = true;
                reply.fail(data.detail || data.title);
                this.showError(describe(data.status, data.detail));
            }
        });
        if (!finished) {
            reply.fail('The reply was cut off.');
            this.showError('The connection closed before the reply was complete. Please ask again.');
        }

        this.setStatus(finished ? 'Ready when you are' : 'Connection interrupted');
    }

    post(url, body, accept) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: accept, RequestVerificationToken: this.token },
            body: JSON.stringify(body),
        });
    }

    async handleProblem(response, reply, content) {
        let problem = {};
        try {
            problem = await response.json();
        } catch {
            // Not ProblemDetails (a proxy's page, say): the status alone explains it.
        }

        const detail = problem.errors ? Object.values(problem.errors).flat().join(' ') : problem.detail;
        reply.fail(response.status === 409 || response.status === 404 ? 'This conversation has ended.' : 'No reply.');
        this.setStatus('Ready when you are');
        if (response.status === 409 || response.status === 404) {
            this.conversationId = null;
            this.showError('This conversation has ended or expired.', 'Start a new conversation', () => {
                this.reset();
                this.el.input.value = content;
                this.fitInput();
            });
        } else {
            this.showError(describe(response.status, detail));
        }
    }

    addUserMessage(content) {
        const item = this.cloneTemplate('userTemplate');
        item.querySelector('[data-field=content]').textContent = content;
        this.el.log.append(item);
    }

    removeLastUserMessage() {
        const users = this.el.log.querySelectorAll('.chat-message-user');
        users[users.length - 1]?.remove();
    }

    cloneTemplate(role) {
        return this.el[role].content.firstElementChild.cloneNode(true);
    }

    setBusy(busy) {
        this.busy = busy;
        this.root.toggleAttribute('data-busy', busy);
        this.el.send.disabled = busy;
        this.el.newConversation.disabled = busy;
        this.el.quickActions.querySelectorAll('button').forEach((button) => { button.disabled = busy; });
    }

    setStatus(text) {
        this.el.status.textContent = text;
    }

    showError(text, actionLabel, action) {
        this.el.errorText.textContent = text;
        this.el.errorAction.hidden = !actionLabel;
        this.el.errorAction.textContent = actionLabel ?? '';
        this.el.errorAction.onclick = action ? () => { this.hideError(); action(); } : null;
        this.el.error.hidden = false;
    }

    hideError() {
        this.el.error.hidden = true;
    }

    scrollToEnd() {
        this.el.scroll.scrollTop = this.el.scroll.scrollHeight;
    }
}

/** One assistant reply: typing indicator, then the streamed Markdown, then its producer and sources. */
class AssistantReply {
    constructor(item, onChange) {
        this.item = item;
        this.onChange = onChange;
        this.text = '';
        this.frame = 0;
        this.field = (name) => item.querySelector(`[data-field=${name}]`);
    }

    append(token) {
        this.text += token;
        this.item.dataset.state = 'streaming';
        // One render per animation frame, however fast the tokens come.
        this.frame ||= requestAnimationFrame(() => {
            this.frame = 0;
            this.render(this.text);
        });
    }

    complete(message) {
        cancelAnimationFrame(this.frame);
        this.frame = 0;
        this.item.dataset.state = 'done';
        this.render(message.content);
        const usage = message.usage;
        if (usage) {
            this.field('offline').hidden = !usage.offline;
            this.field('provider').hidden = usage.offline;
            this.field('provider').textContent = usage.provider;
            this.field('model').textContent = usage.model;
        }

        const citations = message.citations ?? [];
        const list = this.field('source-list');
        list.replaceChildren(...citations.map(sourceItem));
        this.field('sources').hidden = citations.length === 0;
        this.field('meta').hidden = false;
        this.onChange();
    }

    fail(text) {
        cancelAnimationFrame(this.frame);
        this.frame = 0;
        this.item.dataset.state = 'failed';
        if (this.text) {
            this.render(this.text);
        }

        this.field('error').textContent = text;
        this.field('error').hidden = false;
        this.onChange();
    }

    render(text) {
        this.field('content').innerHTML = renderMarkdown(text);
        this.onChange();
    }
}

function sourceItem(citation) {
    const item = document.createElement('li');
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = citation.title;
    const excerpt = document.createElement('p');
    excerpt.textContent = citation.excerpt;
    details.append(summary, excerpt);
    item.append(details);
    return item;
}

function describe(status, detail) {
    switch (status) {
        case 400: return `That message could not be sent: ${detail || 'it is not valid.'}`;
        case 413: return 'That message is too long to send. Please shorten it.';
        case 429: return 'You are sending messages too quickly. Please wait a minute and try again.';
        case 503: return 'The assistant is unavailable right now. Please try again shortly.';
        case 504: return 'The assistant took too long to answer. Please try again.';
        default: return detail ? `Something went wrong: ${detail}` : `Something went wrong (HTTP ${status}). Please try again.`;
    }
}

document.querySelectorAll('[data-chat]').forEach((root) => new ChatPage(root).start());
