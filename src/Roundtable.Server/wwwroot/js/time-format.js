// Times are sent in UTC; visitors see them in their own time zone.

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });
const shortTime = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

const formats = { time: shortTime, date: dateOnly, datetime: dateTime };

/** The visitor's time zone as a short label, e.g. "CET" or "GMT+2". */
export function zoneLabel(date = new Date()) {
    const part = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' })
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName');
    return part ? part.value : '';
}

export function formatClock(date) {
    return clock.format(date);
}

/** Whole seconds left, rounded up, as m:ss or h:mm:ss. */
export function formatCountdown(milliseconds) {
    const total = Math.max(0, Math.ceil(milliseconds / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const two = (n) => String(n).padStart(2, '0');
    return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** Rewrites <time data-local="time|date|datetime" datetime="…"> in the visitor's time zone. */
export function localizeTime(element) {
    const date = new Date(element.getAttribute('datetime'));
    if (Number.isNaN(date.getTime())) {
        return;
    }

    const format = formats[element.dataset.local] ?? shortTime;
    element.textContent = format.format(date);
    element.title = full.format(date);
}

export function localizeTimes(root = document) {
    root.querySelectorAll('time[data-local][datetime]').forEach(localizeTime);
}
