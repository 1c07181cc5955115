// Draws milestones on a time axis: the planned day and the day each was reached. The table next to the chart
// carries the same facts as text, so the chart is a summary, not the only way to read them.
(function () {
  const canvas = document.getElementById('milestone-timeline');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const milestones = JSON.parse(document.getElementById('milestone-timeline-data').textContent);
  const rtl = canvas.dataset.rtl === 'true';
  const day = 24 * 3600 * 1000;
  const toDay = iso => Math.round(Date.parse(iso + 'T00:00:00Z') / day);
  const isoOf = value => new Date(value * day).toISOString().slice(0, 10);
  // Long titles are cut on the axis only; the tooltip and the table keep them whole.
  const names = milestones.map(m => m.title);
  const short = text => text.length > 48 ? text.slice(0, 47) + '…' : text;
  const planned = [];
  const reached = [];
  // A line from plan to achievement shows the delay at a glance.
  const gaps = [];
  milestones.forEach((m, y) => {
    if (m.plannedOn) { planned.push({x: toDay(m.plannedOn), y: y}); }
    if (m.actualOn) { reached.push({x: toDay(m.actualOn), y: y}); }
    if (m.plannedOn && m.actualOn) {
      gaps.push({x: toDay(m.plannedOn), y: y}, {x: toDay(m.actualOn), y: y}, {x: null, y: null});
    }
  });
  canvas.parentElement.style.height = Math.max(160, 40 + names.length * 28) + 'px';
  new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        {label: canvas.dataset.actual, data: reached, backgroundColor: '#1f6b2f', borderColor: '#1f6b2f',
         pointRadius: 6},
        {label: canvas.dataset.planned, data: planned, backgroundColor: '#ffffff', borderColor: '#a1241b',
         pointRadius: 6, pointStyle: 'rectRot', borderWidth: 2},
        {label: '', data: gaps, showLine: true, spanGaps: false, pointRadius: 0, borderColor: '#767676',
         borderWidth: 1}
      ]
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: {rtl: rtl, position: 'top', labels: {filter: item => item.text !== ''}},
        tooltip: {rtl: rtl, filter: item => item.datasetIndex !== 2,
                  callbacks: {label: item => names[item.parsed.y] + ': ' + isoOf(item.parsed.x)}}
      },
      scales: {
        x: {type: 'linear', reverse: rtl, ticks: {callback: value => isoOf(value), maxTicksLimit: 8}},
        y: {type: 'linear', reverse: true, position: rtl ? 'right' : 'left', min: -1, max: names.length,
            ticks: {stepSize: 1, autoSkip: false, callback: value => Number.isInteger(value) ? short(names[value] || '') : ''}}
      }
    }
  });
})();
