// Follows a running import: updates the rows read, and reloads the page when it has finished.
const box = document.getElementById('import-progress');

async function poll() {
  const response = await fetch(box.dataset.progressUrl, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const job = await response.json();
  if (job.status !== 'running') {
    window.location.reload();
    return;
  }
  const status = document.getElementById('import-status');
  status.textContent = status.textContent.replace(/[\d,]+/, job.rowsRead.toLocaleString('en-GB'));
  setTimeout(poll, 1500);
}

if (box && box.dataset.running === 'true') {
  setTimeout(poll, 1500);
}
