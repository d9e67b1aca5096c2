// How the API's keys read on the pages; the same rules as PracticeLabels.cs on the server.

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'at', 'on']);

export function roleLabel(role) {
    return String(role ?? '').split('_').filter(Boolean).map((word) => {
        const lower = word.toLowerCase();
        if (SMALL_WORDS.has(lower)) {
            return lower;
        }

        return word.length <= 3 ? word.toUpperCase() : lower[0].toUpperCase() + lower.slice(1);
    }).join(' ');
}

export function traitLabel(trait) {
    return String(trait ?? '').replaceAll('_', '-');
}

export function tenureLabel(months) {
    const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
    const years = Math.floor(months / 12);
    const rest = months % 12;
    if (years === 0) {
        return plural(rest, 'month');
    }

    return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

export function initialsOf(name) {
    return String(name ?? '').split(' ').filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}
