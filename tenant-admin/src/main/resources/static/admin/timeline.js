// Draws each program's steps on a time axis: when each was due, and when it was done. The page's list below the
// chart carries the same facts as text, so the chart is a summary, not the only way to read them.
(function () {
  const canvas = document.getElementById('timeline');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const programs = JSON.parse(document.getElementById('timeline-data').textContent);
  const labels = {due: canvas.dataset.due, done: canvas.dataset.done, rtl: canvas.dataset.rtl === 'true'};
  const day = 24 * 3600 * 1000;
  const toDay = iso => iso ? Math.round(Date.parse(iso + 'T00:00:00Z') / day) : null;
  const names = [];
  const due = [];
  const done = [];
  programs.forEach(program => program.steps.forEach(step => {
    const y = names.length;
    names.push(step.step);
    if (step.dueOn) { due.push({x: toDay(step.dueOn), y: y}); }
    if (step.actualOn) { done.push({x: toDay(step.actualOn), y: y}); }
  }));
  const isoOf = value => new Date(value * day).toISOString().slice(0, 10);
  const rtl = labels.rtl;
  new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        {label: labels.done, data: done, backgroundColor: '#1f6b2f', borderColor: '#1f6b2f', pointRadius: 6},
        {label: labels.due, data: due, backgroundColor: '#ffffff', borderColor: '#a1241b', pointRadius: 6,
         pointStyle: 'rectRot', borderWidth: 2}
      ]
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: {rtl: rtl, position: 'top'},
        tooltip: {rtl: rtl, callbacks: {label: item => names[item.parsed.y] + ': ' + isoOf(item.parsed.x)}}
      },
      scales: {
        x: {type: 'linear', reverse: rtl, ticks: {callback: value => isoOf(value), maxTicksLimit: 8}},
        // Whole-number ticks, one per step, with a blank tick above and below to keep points off the edges.
        y: {type: 'linear', reverse: true, position: rtl ? 'right' : 'left', min: -1, max: names.length,
            ticks: {stepSize: 1, autoSkip: false, callback: value => Number.isInteger(value) ? names[value] || '' : ''}}
      }
    }
  });
})();
