// Updates the rating preview as scores are chosen, using the public rating calculation API. Scores
// not on the page (the other statements, on the scoring workbench) come from the form's
// data-scores; those on it from its selects.
// Without scripts the "Preview rating" button gives the same result from the server.
const form = document.getElementById('scores-form');
const panel = document.getElementById('rating-preview');

function request() {
  const method = form.dataset.method;
  const scores = {};
  const put = (item, value) => {
    const [statement, category] = item.split('/');
    if (category) {
      scores[statement] = scores[statement] || {};
      scores[statement][category] = value;
    } else {
      scores[statement] = value;
    }
  };
  const others = JSON.parse(form.dataset.scores || '{}');
  Object.keys(others).forEach((item) => put(item, others[item]));
  for (const select of form.querySelectorAll('select[data-item]')) {
    if (select.value !== '') put(select.dataset.item, Number(select.value));
  }
  return method === '2023-12' ? { method, categoryScores: scores } : { method, scores };
}

function show(id, text) {
  document.getElementById(id).textContent = text || '';
}

async function update() {
  const response = await fetch('/api/v1/ratings/calculate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request()),
  });
  if (!response.ok) {
    show('preview-rating', panel.dataset.empty);
    ['preview-position', 'preview-partial', 'preview-referral', 'preview-raise', 'preview-lower']
      .forEach((id) => show(id, ''));
    return;
  }
  const rating = await response.json();
  show('preview-rating', `${rating.ratingLabel}: ${rating.percentage}%`);
  show('preview-position', rating.positionText);
  show('preview-partial', rating.partial ? panel.dataset.partial : '');
  show('preview-referral', rating.referral ? panel.dataset.referral : '');
  show('preview-raise', rating.wouldRaise);
  show('preview-lower', rating.wouldLower);
}

if (form && panel) {
  form.addEventListener('change', (event) => {
    if (event.target.matches('select[data-item]')) update();
  });
}
