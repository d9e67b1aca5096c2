// The results page's talk-ratio chart: words per speaker, read from the table the server rendered (which
// stays as the accessible version of the same numbers). Chart.js is loaded as the global Chart.

const SALESPERSON_COLOR = '#3347d6';
const REPRESENTATIVE_COLORS = ['#e0803a', '#2f9e77', '#b4489b', '#c9a227'];

function drawTalkChart(canvas, table) {
    const rows = [...table.querySelectorAll('tbody tr[data-speaker]')];
    if (rows.length === 0 || typeof globalThis.Chart !== 'function') {
        canvas.closest('.talk-chart').hidden = true;
        return;
    }

    const labels = rows.map((row) => row.dataset.speaker);
    const words = rows.map((row) => Number(row.dataset.words));
    let next = 0;
    const colors = rows.map((row) => (row.dataset.salesperson === 'true'
        ? SALESPERSON_COLOR
        : REPRESENTATIVE_COLORS[next++ % REPRESENTATIVE_COLORS.length]));
    const chart = new globalThis.Chart(canvas, {
        type: 'doughnut',
        data: { labels, datasets: [{ label: 'Words', data: words, backgroundColor: colors, borderWidth: 2, borderColor: '#fff' }] },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 400 },
            plugins: { legend: { position: 'bottom' } },
        },
    });
    canvas.dataset.rendered = 'true';
    return chart;
}

const canvas = document.querySelector('[data-role=talk-chart]');
const table = document.querySelector('[data-role=talk-table]');
if (canvas && table) {
    drawTalkChart(canvas, table);
}
