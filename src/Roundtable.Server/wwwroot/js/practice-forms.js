// Showing an API problem next to the form that caused it: the detail, every field error, and the fields marked.

import { roleLabel, tenureLabel, traitLabel, initialsOf } from './practice-labels.js';

export function clearProblem(form) {
    const box = form.querySelector('[data-role=error]');
    box.hidden = true;
    box.replaceChildren();
    form.querySelectorAll('.is-invalid').forEach((field) => {
        field.classList.remove('is-invalid');
        field.removeAttribute('aria-invalid');
    });
}

export function showProblem(form, problem) {
    clearProblem(form);
    const box = form.querySelector('[data-role=error]');
    const heading = document.createElement('p');
    heading.className = 'practice-form-error-title';
    heading.textContent = problem.detail || problem.title;
    box.append(heading);
    const messages = Object.entries(problem.errors ?? {});
    if (messages.length > 0) {
        const list = document.createElement('ul');
        for (const [field, errors] of messages) {
            for (const message of [].concat(errors)) {
                const item = document.createElement('li');
                item.textContent = String(message);
                list.append(item);
            }

            markInvalid(form, field);
        }

        box.append(list);
        if (!problem.detail) {
            heading.textContent = 'Please check the form:';
        }
    }

    box.hidden = false;
    box.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function markInvalid(form, field) {
    const name = CSS.escape(field);
    form.querySelectorAll(`[name="${name}"], [data-field="${name}"], [data-company-field="${name}"]`).forEach((element) => {
        element.classList.add('is-invalid');
        element.setAttribute('aria-invalid', 'true');
    });
}

export function setBusy(form, busy, status) {
    form.querySelector('[data-role=submit]').disabled = busy;
    form.querySelector('[data-role=status]').textContent = status ?? '';
    form.toggleAttribute('aria-busy', busy);
}

/** A representative card like the server's _PracticeRepresentative partial, filled with text only. */
export function representativeCard(rep) {
    const card = element('article', 'rep-card');
    card.dataset.repId = rep.id;
    const avatar = element('span', 'rep-avatar', initialsOf(rep.name));
    avatar.setAttribute('aria-hidden', 'true');
    const body = element('div', 'rep-body');
    const role = element('p', 'rep-role', roleLabel(rep.role));
    role.append(element('span', 'rep-tenure', ` · ${tenureLabel(rep.tenure_months)} in role`));
    const traits = element('ul', 'rep-traits');
    traits.setAttribute('aria-label', 'Personality');
    for (const trait of rep.personality_traits) {
        const badge = element('li', 'badge rep-trait', traitLabel(trait));
        badge.dataset.trait = trait;
        traits.append(badge);
    }

    if (rep.is_decision_maker) {
        traits.append(element('li', 'badge rep-decision-maker', 'Decision maker'));
    }

    body.append(element('h3', 'rep-name', rep.name), role, traits);
    card.append(avatar, body);
    return card;
}

export function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
        node.className = className;
    }

    if (text !== undefined) {
        node.textContent = text;
    }

    return node;
}
