// The Practice set-up page (/practice): adds products, companies and representatives through the Practice API,
// keeps the page's lists and pickers in step, and creates a meeting, then enters its room.
import { PracticeApi } from './practice-api.js';
import { roleLabel } from './practice-labels.js';
import { clearProblem, element, representativeCard, setBusy, showProblem } from './practice-forms.js';

class PracticeSetup {
    constructor(root) {
        this.root = root;
        this.api = new PracticeApi(root.dataset.antiforgeryToken);
        this.forms = {};
        root.querySelectorAll('form[data-form]').forEach((form) => { this.forms[form.dataset.form] = form; });
    }

    start() {
        this.handle('salesperson', () => this.addSalesperson());
        this.handle('company', () => this.addCompany());
        this.handle('representative', () => this.addRepresentative());
        this.handle('meeting', () => this.createMeeting());
        this.forms.company.addEventListener('change', (event) => {
            if (event.target.name === 'company_source') {
                this.showCompanyMode();
            }
        });
        this.forms.meeting.addEventListener('change', (event) => {
            if (event.target.name === 'meeting_mode' || event.target.name === 'company_id') {
                this.showSeats();
            }
        });
        this.showCompanyMode();
        this.showSeats();
    }

    handle(name, submit) {
        const form = this.forms[name];
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            if (form.hasAttribute('aria-busy')) {
                return;
            }

            clearProblem(form);
            try {
                await submit();
            } catch (error) {
                setBusy(form, false);
                throw error;
            }
        });
    }

    async addSalesperson() {
        const form = this.forms.salesperson;
        const data = new FormData();
        for (const name of ['name', 'product_name', 'description', 'product_url']) {
            data.append(name, form.elements[name].value.trim());
        }

        for (const file of form.elements.materials.files) {
            data.append('materials', file, file.name);
        }

        setBusy(form, true, 'Uploading and reading your materials…');
        const result = await this.api.postForm('/api/salesperson/create', data);
        if (!result.ok) {
            setBusy(form, false);
            showProblem(form, result.problem);
            return;
        }

        const salesperson = result.data;
        const option = new Option(`${salesperson.product_name} (${salesperson.name})`, salesperson.id, true, true);
        this.forms.meeting.elements.salesperson_id.append(option);
        const item = element('li');
        item.append(element('strong', null, salesperson.product_name), ` — ${salesperson.name}`,
            element('span', 'practice-list-meta', `${salesperson.materials.length} material${salesperson.materials.length === 1 ? '' : 's'}`));
        this.root.querySelector('[data-role=salesperson-list]').append(item);
        form.reset();
        const unread = salesperson.materials.filter((m) => !m.text_extracted);
        setBusy(form, false, unread.length === 0
            ? `Added ${salesperson.product_name}; it is selected for your next meeting.`
            : `Added ${salesperson.product_name}. Not read: ${unread.map((m) => `${m.file_name} (${m.not_extracted_reason ?? 'no text'})`).join(', ')}.`);
    }

    async addCompany() {
        const form = this.forms.company;
        const byHand = form.elements.company_source.value === 'manual';
        const body = byHand
            ? { company_name: form.elements.company_name.value.trim(), company_data: this.companyData(), auto_fetch: false }
            : { company_url: form.elements.company_url.value.trim(), auto_fetch: true };
        setBusy(form, true, byHand ? 'Saving the company…' : 'Researching the company web site…');
        const result = await this.api.postJson('/api/company/create', body);
        if (!result.ok) {
            setBusy(form, false);
            showProblem(form, result.problem);
            return;
        }

        const company = result.data;
        this.root.querySelectorAll('select[data-role=company-select]').forEach((select) => {
            select.append(new Option(company.company_name, company.id, true, true));
        });
        this.addCompanySection(company);
        this.addSeatGroup(company.id);
        this.showSeats();
        form.reset();
        this.showCompanyMode();
        const how = company.source === 'manual' ? '' : company.is_offline ? ' (researched offline, without a model)' : ` (researched by ${company.researched_by})`;
        setBusy(form, false, `Added ${company.company_name}${how}. Now add its representatives.`);
    }

    companyData() {
        const data = {};
        this.forms.company.querySelectorAll('[data-company-field]').forEach((input) => {
            const value = input.value.trim();
            if (value) {
                data[input.dataset.companyField] = input.hasAttribute('data-list')
                    ? value.split(',').map((part) => part.trim()).filter(Boolean)
                    : value;
            }
        });
        return data;
    }

    async addRepresentative() {
        const form = this.forms.representative;
        const companyId = form.elements.company_id.value;
        const tenure = form.elements.tenure_months.value;
        const body = {
            name: form.elements.name.value.trim(),
            role: form.elements.role.value.trim(),
            tenure_months: tenure === '' ? null : Number(tenure),
            personality_traits: [...form.querySelectorAll('[name=personality_traits]:checked')].map((box) => box.value),
            is_decision_maker: form.elements.is_decision_maker.checked,
            notes: form.elements.notes.value.trim() || null,
        };
        setBusy(form, true, 'Adding the representative…');
        const result = await this.api.postJson(`/api/company/${encodeURIComponent(companyId)}/representatives`, body);
        if (!result.ok) {
            setBusy(form, false);
            showProblem(form, result.problem);
            return;
        }

        const rep = result.data;
        const grid = this.root.querySelector(`[data-company-id="${CSS.escape(rep.company_id)}"] [data-role=rep-grid]`);
        grid?.append(representativeCard(rep));
        this.addSeat(rep);
        form.reset();
        form.elements.company_id.value = companyId;
        setBusy(form, false, `Added ${rep.name}; you can seat them in a meeting now.`);
    }

    async createMeeting() {
        const form = this.forms.meeting;
        const duration = form.elements.duration_minutes.value;
        const body = {
            salesperson_id: form.elements.salesperson_id.value,
            company_id: form.elements.company_id.value,
            meeting_mode: form.elements.meeting_mode.value,
            representatives: [...this.currentSeatGroup()?.querySelectorAll('[name=representatives]:checked') ?? []].map((box) => box.value),
            meeting_goal: form.elements.meeting_goal.value.trim(),
            duration_minutes: duration === '' ? null : Number(duration),
            difficulty: form.elements.difficulty.value,
        };
        setBusy(form, true, 'Preparing the meeting and its top questions…');
        const result = await this.api.postJson('/api/meeting/create', body);
        if (!result.ok) {
            setBusy(form, false);
            showProblem(form, result.problem);
            return;
        }

        setBusy(form, true, 'Entering the meeting room…');
        window.location.assign(`/practice/meetings/${encodeURIComponent(result.data.id)}`);
    }

    showCompanyMode() {
        const mode = this.forms.company.elements.company_source.value;
        this.forms.company.querySelectorAll('[data-company-mode]').forEach((part) => {
            part.hidden = part.dataset.companyMode !== mode;
        });
    }

    /** Only the chosen company's representatives can be picked; the hint says how many the mode seats. */
    showSeats() {
        const form = this.forms.meeting;
        const seats = Number(form.querySelector('[name=meeting_mode]:checked')?.dataset.seats ?? 1);
        const current = this.currentSeatGroup();
        form.querySelectorAll('[data-company-reps]').forEach((group) => {
            group.hidden = group !== current;
            group.querySelectorAll('input').forEach((box) => { box.disabled = group !== current; });
        });
        form.querySelector('[data-role=seats-hint]').textContent = `Pick ${seats} representative${seats === 1 ? '' : 's'} to sit across the table.`;
    }

    currentSeatGroup() {
        const companyId = this.forms.meeting.elements.company_id.value;
        return companyId ? this.forms.meeting.querySelector(`[data-company-reps="${CSS.escape(companyId)}"]`) : null;
    }

    addCompanySection(company) {
        const section = element('section', 'practice-company');
        section.dataset.companyId = company.id;
        section.setAttribute('aria-label', company.company_name);
        const name = element('h4', 'practice-company-name', company.company_name);
        if (company.company_url) {
            name.append(' ', element('span', 'practice-list-meta', company.company_url));
        }

        const grid = element('div', 'rep-grid');
        grid.dataset.role = 'rep-grid';
        section.append(name, grid);
        this.root.querySelector('[data-role=company-list]').append(section);
    }

    addSeatGroup(companyId) {
        const group = element('div', 'practice-rep-choices');
        group.dataset.companyReps = companyId;
        const empty = element('p', 'form-text', 'This company has no representatives yet: add one below.');
        empty.dataset.role = 'no-reps';
        group.append(empty);
        this.forms.meeting.querySelector('[data-role=representatives]').append(group);
    }

    addSeat(rep) {
        const group = this.forms.meeting.querySelector(`[data-company-reps="${CSS.escape(rep.company_id)}"]`);
        if (!group) {
            return;
        }

        const wrapper = element('div', 'form-check');
        const box = element('input', 'form-check-input');
        box.type = 'checkbox';
        box.name = 'representatives';
        box.value = rep.id;
        box.id = `seat-${rep.id}`;
        const label = element('label', 'form-check-label', `${rep.name} `);
        label.htmlFor = box.id;
        label.append(element('span', 'text-body-secondary', `· ${roleLabel(rep.role)}`));
        wrapper.append(box, label);
        group.querySelector('[data-role=no-reps]').before(wrapper);
        group.querySelector('[data-role=no-reps]').hidden = true;
        this.showSeats();
    }
}

const root = document.querySelector('[data-practice-setup]');
if (root) {
    new PracticeSetup(root).start();
}
