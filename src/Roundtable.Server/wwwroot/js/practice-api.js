// The Practice API as the pages call it: same-origin with the workspace cookie, the page's antiforgery token
// on every POST, and one shape for every answer: { ok, status, data } or { ok: false, status, problem }.

const NETWORK_PROBLEM = {
    title: 'Network problem',
    detail: 'The server could not be reached. Check your connection and try again.',
};

export class PracticeApi {
    constructor(token) {
        this.token = token;
    }

    get(url) {
        return this.send(url, { method: 'GET' });
    }

    postJson(url, body) {
        return this.send(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body ?? {}),
        });
    }

    /** multipart/form-data: the browser sets the boundary, so no Content-Type here. */
    postForm(url, formData) {
        return this.send(url, { method: 'POST', body: formData });
    }

    async send(url, init) {
        const headers = { Accept: 'application/json', ...(init.headers ?? {}) };
        if (init.method !== 'GET') {
            headers.RequestVerificationToken = this.token;
        }

        let response;
        try {
            response = await fetch(url, { ...init, headers, credentials: 'same-origin', cache: 'no-store' });
        } catch (error) {
            if (error instanceof TypeError) {
                return { ok: false, status: 0, problem: NETWORK_PROBLEM };
            }

            throw error;
        }

        const body = await readJson(response);
        if (response.ok) {
            return { ok: true, status: response.status, data: body?.data };
        }

        return { ok: false, status: response.status, problem: problemOf(response.status, body) };
    }
}

async function readJson(response) {
    try {
        return await response.json();
    } catch {
        // Not JSON (a proxy's error page, an empty body): the status alone explains it.
        return null;
    }
}

function problemOf(status, body) {
    const problem = body && typeof body === 'object' ? body : {};
    return {
        title: typeof problem.title === 'string' ? problem.title : `The server answered ${status}`,
        detail: typeof problem.detail === 'string' ? problem.detail : fallbackDetail(status),
        errors: problem.errors && typeof problem.errors === 'object' ? problem.errors : {},
    };
}

function fallbackDetail(status) {
    if (status === 413) {
        return 'That is more than the server accepts at once: send smaller or fewer files.';
    }

    if (status >= 500) {
        return 'Something went wrong on the server. Please try again in a moment.';
    }

    return '';
}
