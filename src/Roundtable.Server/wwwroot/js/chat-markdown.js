// Markdown from the model, rendered for the chat page. The model's text is untrusted: raw HTML in it is
// shown as text, and DOMPurify keeps only a small set of formatting tags on whatever marked produces.
import { Marked } from '/lib/marked/marked.esm.js';
import DOMPurify from '/lib/dompurify/purify.es.js';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const marked = new Marked({
    gfm: true,
    breaks: true,
    renderer: {
        // Raw HTML is text, never markup.
        html: ({ text }) => escapeHtml(text),
        // No images: a model could use them to make the browser fetch any URL.
        image: ({ text }) => escapeHtml(text ?? ''),
    },
});

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
});

/** Sanitised HTML for a (possibly partial) Markdown text. */
export function renderMarkdown(text) {
    const html = marked.parse(text, { async: false });
    return DOMPurify.sanitize(html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    });
}
