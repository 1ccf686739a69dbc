/** Russian UI strings: the default language and the reference shape for the others. */
export const ru = {
  appTitle: 'Центральная Азия – Россия',
  appSubtitle: 'Карта и хронология дипломатических отношений, 2000–2025',
  loading: 'Загрузка…',
  language: 'Язык',
  languageName: 'Русский',
  eventCount: { one: '{count} событие', few: '{count} события', many: '{count} событий', other: '{count} события' },
  eventTypes: {
    summit: 'Многосторонний саммит',
    visit: 'Визит',
    talks: 'Переговоры',
    statement: 'Заявление',
    agreement: 'Соглашение',
    milestone: 'Этап инициативы',
  },
  topics: {
    water: 'Вода',
    transport: 'Транспорт',
    energy: 'Энергетика',
    nuclear: 'Атомная энергия',
    security: 'Безопасность',
    trade: 'Торговля',
    migration: 'Миграция',
    culture: 'Культура',
    borders: 'Границы',
    politics: 'Политика',
  },
  participants: 'Участники',
  place: 'Место',
  date: 'Дата',
  type: 'Тип',
  title: 'Название',
  sources: 'Источники',
  note: 'Примечание',
  approximateDate: 'точная дата не установлена',
  approximatePlace: 'координаты приблизительны',
  missingTranslation: 'текст на казахском пока не готов, показан русский',
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** The shape every locale must have. */
export type Messages = Widen<typeof ru>;
