// Reads a text/event-stream response body as it arrives (fetch + ReadableStream), calling onEvent(name, data)
// for every complete event. EventSource cannot POST or send headers, hence this reader.

/** Reads every event of the response; resolves when the stream ends. */
export async function readServerSentEvents(response, onEvent) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
        const { value, done } = await reader.read();
        if (done) {
            break;
        }

        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, end), onEvent);
            buffer = buffer.slice(end + 2);
        }
    }

    if (buffer.trim()) {
        dispatch(buffer, onEvent);
    }
}

function dispatch(frame, onEvent) {
    let name = 'message';
    const data = [];
    for (const line of frame.split('\n')) {
        if (line.startsWith(':')) {
            continue;
        }

        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') {
            name = value;
        } else if (field === 'data') {
            data.push(value);
        }
    }

    if (data.length > 0) {
        onEvent(name, JSON.parse(data.join('\n')));
    }
}
