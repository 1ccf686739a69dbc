/** Strings about the events' texts, which load after the first view, in Russian (kept apart: the main table is near 300 lines). */
export const texts = {
  loading: 'Загружаем описание…',
  failed: 'Не удалось загрузить описания событий.',
  retry: 'Повторить',
  searchPending: 'Пока загружаются тексты, поиск идёт только по заголовкам, местам и именам.',
  searchFailed: 'Тексты не загрузились: поиск идёт только по заголовкам, местам и именам.',
  preparing: 'Готовим файл…',
};
