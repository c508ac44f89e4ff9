// The explorer's event-date range: two sliders over the days of the whole years that the shown events'
// dates fall in (one date alone still leaves room to move), and a reset button.
'use strict';
(function () {
  const KG = (window.KG = window.KG || {});
  const DAY = 86_400_000;

  KG.dateRange = function dateRange({ onChange }) {
    const $ = (id) => document.getElementById(id);
    const fromInput = $('date-from');
    const toInput = $('date-to');
    let base = 0; // ms of the sliders' 0
    const dayOf = (iso) => Math.round((Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - base) / DAY);
    const isoOf = (day) => new Date(base + day * DAY).toISOString().slice(0, 10);
    const full = () => fromInput.value === fromInput.min && toInput.value === toInput.max;

    function label() {
      if (Number(fromInput.value) > Number(toInput.value)) toInput.value = fromInput.value;
      $('date-from-label').textContent = isoOf(Number(fromInput.value));
      $('date-to-label').textContent = isoOf(Number(toInput.value));
    }

    /** New bounds from the events' dates; a narrowed selection is kept when `keepSelection`. */
    function reset(eventDates, keepSelection) {
      const dates = eventDates.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d || '')).sort();
      const wasFull = full();
      const [from, to] = [fromInput.value, toInput.value].map((v) => isoOf(Number(v)));
      $('dates').disabled = dates.length === 0;
      if (!dates.length) return;
      base = Date.parse(`${dates[0].slice(0, 4)}-01-01T00:00:00Z`);
      const max = dayOf(`${dates[dates.length - 1].slice(0, 4)}-12-31`);
      for (const input of [fromInput, toInput]) input.max = String(max);
      fromInput.min = toInput.min = '0';
      const keep = keepSelection && !wasFull;
      fromInput.value = keep ? String(Math.max(0, dayOf(from))) : '0';
      toInput.value = keep ? String(Math.min(max, dayOf(to))) : String(max);
      label();
    }

    /** Undated events show only while the range is the whole span (they cannot be placed in a narrower one). */
    function shows(date) {
      if (full()) return true;
      if (!date) return false;
      const day = dayOf(date);
      return day >= Number(fromInput.value) && day <= Number(toInput.value);
    }

    for (const input of [fromInput, toInput]) {
      input.addEventListener('input', () => {
        if (input === toInput && Number(toInput.value) < Number(fromInput.value)) fromInput.value = toInput.value;
        label();
        onChange();
      });
    }
    $('date-reset').addEventListener('click', () => {
      fromInput.value = fromInput.min;
      toInput.value = toInput.max;
      label();
      onChange();
    });
    return { reset, shows };
  };
})();
