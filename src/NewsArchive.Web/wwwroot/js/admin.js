// Progressive enhancement for the admin page: starts the import without leaving the page and shows its
// progress. Without JavaScript the form posts and the page shows the status on reload.
(function () {
    const form = document.getElementById('import-form');
    const status = document.getElementById('import-status');
    if (!form || !status || !window.fetch) return;
    const token = form.querySelector('input[name="__RequestVerificationToken"]');
    const button = form.querySelector('button');

    function show(state) {
        status.textContent = '';
        const line = document.createElement('p');
        line.setAttribute('role', 'status');
        if (state.running) {
            line.append('Importing: ' + (state.stage || '') + ' ');
            const bar = document.createElement('progress');
            bar.max = Math.max(state.total, 1);
            bar.value = state.done;
            bar.textContent = state.done + ' of ' + state.total;
            line.append(bar);
        } else if (state.refusal) {
            line.textContent = state.refusal;
        } else if (state.last) {
            line.textContent = state.last.error ? 'Import failed: ' + state.last.error : 'Import finished. Reload the page for the full report.';
        }
        status.append(line);
        button.disabled = state.running;
    }

    async function poll() {
        const response = await fetch('/api/admin/import', { credentials: 'same-origin' });
        if (!response.ok) return;
        const state = await response.json();
        show(state);
        if (state.running) setTimeout(poll, 500);
    }

    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        button.disabled = true;
        const response = await fetch('/api/admin/import', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'RequestVerificationToken': token ? token.value : '' },
        });
        if (response.status === 409) {
            const problem = await response.json();
            show({ running: false, refusal: problem.title });
        }
        poll();
    });

    if (status.dataset.running === 'true') poll();
})();
