// Turkish — partial. Documented (linkedin-dom.md C.3): "Bağlantı kur", "Notsuz gönder", "Gönder".
import { definePhraseTable } from './define.ts';

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
  ],
});
