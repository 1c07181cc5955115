// Draws the analytics charts from the JSON the page carries. Each chart has a table with the same figures beside
// it, so the chart is a summary, not the only way to read them. Null values are gaps ("no data"), never zeros.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  const read = id => {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  };
  const palette = ['#1f4e79', '#a1241b', '#1f6b2f', '#7a4200', '#5b2a86', '#00626b'];

  const bars = read('bars-data');
  const barsCanvas = document.getElementById('bars-chart');
  if (bars && barsCanvas) {
    const rtl = barsCanvas.dataset.rtl === 'true';
    new Chart(barsCanvas, {
      type: 'bar',
      data: {labels: bars.labels, datasets: [{label: bars.label, data: bars.values, backgroundColor: palette[0]}]},
      options: {
        maintainAspectRatio: false, animation: false, indexAxis: 'y',
        plugins: {legend: {rtl: rtl}, tooltip: {rtl: rtl}},
        scales: {x: {reverse: rtl, beginAtZero: true}, y: {position: rtl ? 'right' : 'left'}}
      }
    });
  }

  const series = read('series-data');
  const seriesCanvas = document.getElementById('series-chart');
  if (series && seriesCanvas) {
    const rtl = seriesCanvas.dataset.rtl === 'true';
    new Chart(seriesCanvas, {
      type: 'line',
      data: {
        labels: series.labels,
        datasets: [
          {label: series.communeLabel, data: series.commune, borderColor: palette[0], backgroundColor: palette[0], spanGaps: false},
          {label: series.meanLabel || seriesCanvas.dataset.mean, data: series.programMean, borderColor: palette[1],
           backgroundColor: palette[1], borderDash: [6, 4], spanGaps: false}
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false,
        plugins: {legend: {rtl: rtl}, tooltip: {rtl: rtl}},
        scales: {x: {reverse: rtl}, y: {beginAtZero: true, position: rtl ? 'right' : 'left'}}
      }
    });
  }

  const gaps = read('gaps-data');
  const gapsCanvas = document.getElementById('gaps-chart');
  if (gaps && gapsCanvas) {
    const rtl = gapsCanvas.dataset.rtl === 'true';
    new Chart(gapsCanvas, {
      type: 'bar',
      data: {
        labels: gaps.labels,
        datasets: gaps.datasets.map((set, i) => ({label: set.label, data: set.data, backgroundColor: palette[i % palette.length]}))
      },
      options: {
        maintainAspectRatio: false, animation: false,
        plugins: {legend: {rtl: rtl}, tooltip: {rtl: rtl}},
        scales: {x: {reverse: rtl}, y: {position: rtl ? 'right' : 'left'}}
      }
    });
  }
})();
