/** Strings about the events' texts, which load after the first view, in Kazakh (kept apart: the main table is near 300 lines). */
export const texts = {
  loading: 'Сипаттама жүктелуде…',
  failed: 'Оқиғалардың сипаттамалары жүктелмеді.',
  retry: 'Қайталау',
  searchPending: 'Мәтіндер жүктелгенше іздеу тек атаулар, орындар мен есімдер бойынша жүреді.',
  searchFailed: 'Мәтіндер жүктелмеді: іздеу тек атаулар, орындар мен есімдер бойынша жүреді.',
  preparing: 'Файл дайындалуда…',
};
