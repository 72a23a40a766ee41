// "/" jumps to the search box from anywhere on a page but a text field: the
// search page's own box when there is one, else the header's.
document.addEventListener('keydown', (ev) => {
  const t = ev.target as HTMLElement;
  if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
  const box = (document.getElementById('search-q') ?? document.getElementById('site-search-q')) as HTMLInputElement | null;
  if (!box) return;
  ev.preventDefault();
  box.focus();
  box.select();
});
