// Turkish — partial. Documented (linkedin-dom.md C.3): "Bağlantı kur", "Notsuz gönder", "Gönder".
import { definePhraseTable } from './define.ts';
import { RELATIVE_TIME_KEYS } from './types.ts';

export const tr = definePhraseTable({
  locale: 'tr',
  langs: ['tr'],
  connect: ['Bağlantı kur'],
  pending: ['Beklemede'],
  follow: ['Takip et'],
  following: ['Takip ediliyor'],
  message: ['Mesaj'],
  more: ['Diğer'],
  remove: ['Kaldır'],
  moreLabel: ['Diğer'],
  sendWithoutNote: ['Notsuz gönder'],
  send: ['Gönder'],
  addNote: ['Not ekle'],
  degree1: ['1.'],
  degree2: ['2.'],
  degree3: ['3.', '3.+'],
  // Every key not written here is unknown in this language: definePhraseTable leaves it empty.
  followers: ['takipçi'],
  notNow: ['Şimdi değil'],
  // "2 hafta önce": Turkish keeps the unit singular after a number.
  timeAgo: [/^(.+) önce$/iu],
  timeSeconds: ['saniye'],
  timeMinutes: ['dakika'],
  timeHours: ['saat'],
  timeDays: ['gün'],
  timeWeeks: ['hafta'],
  timeMonths: ['ay'],
  timeYears: ['yıl'],
  timeToday: ['bugün'],
  timeYesterday: ['dün'],
  timeJustNow: ['az önce'],
  undocumented: [
    'remove',
    'pending',
    'follow',
    'following',
    'message',
    'more',
    'moreLabel',
    'addNote',
    'degree1',
    'degree2',
    'degree3',
    'followers',
    'notNow',
    // No real page or documented source shows this language's relative times.
    ...RELATIVE_TIME_KEYS,
  ],
});
