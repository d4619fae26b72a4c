// Name suggestions for the site's search box, as an ARIA combobox (the WAI-ARIA "list autocomplete" pattern).
// Without JavaScript the box is a plain search form; this only adds the list of matching people.
(function () {
    const input = document.getElementById('site-q');
    if (!input || !window.fetch) return;
    const form = input.form;
    const list = document.createElement('ul');
    list.id = 'site-q-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'People matching the search');
    list.hidden = true;
    form.append(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');

    let people = [];
    let active = -1;
    let pending = null;

    function close() {
        list.hidden = true;
        list.textContent = '';
        people = [];
        active = -1;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
        active = index;
        list.querySelectorAll('[role="option"]').forEach(function (option, i) {
            option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        });
        if (index >= 0) input.setAttribute('aria-activedescendant', list.id + '-' + index);
        else input.removeAttribute('aria-activedescendant');
    }

    function show(found) {
        close();
        people = found;
        if (people.length === 0) return;
        people.forEach(function (person, i) {
            const option = document.createElement('li');
            option.id = list.id + '-' + i;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.textContent = person.name;
            const count = document.createElement('span');
            count.className = 'count';
            count.textContent = person.articleCount + (person.articleCount === 1 ? ' article' : ' articles');
            option.append(' ', count);
            option.addEventListener('mousedown', function (event) { event.preventDefault(); go(i); });
            list.append(option);
        });
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
    }

    function go(index) {
        window.location.href = '/people/' + encodeURIComponent(people[index].slug);
    }

    async function suggest() {
        const query = input.value.trim();
        if (query.length < 2) { close(); return; }
        const controller = new AbortController();
        if (pending) pending.abort();
        pending = controller;
        try {
            const response = await fetch(input.dataset.suggest + '?q=' + encodeURIComponent(query), { signal: controller.signal });
            if (response.ok && input.value.trim() === query) show(await response.json());
        } catch (error) {
            if (error.name !== 'AbortError') close();
        }
    }

    input.addEventListener('input', suggest);
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowDown' && people.length > 0) {
            highlight((active + 1) % people.length);
            event.preventDefault();
        } else if (event.key === 'ArrowUp' && people.length > 0) {
            highlight(active <= 0 ? people.length - 1 : active - 1);
            event.preventDefault();
        } else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            go(active);
        } else if (event.key === 'Escape' && !list.hidden) {
            event.preventDefault();
            close();
        }
    });
})();
