import type {Lexicon} from './types.js'

// Lines are lower-cased without a locale, so "İ" and "I" written in capitals do not fold to
// "i" and "ı": the headings portals also print in capitals are listed in both spellings.
export const tr: Lexicon = {
  language: 'tr',
  relatedMarkers: [
    'İlgili Haberler', 'İlgili Haber', 'İlgili İçerikler', 'Benzer Haberler', 'Diğer Haberler', 'Çok Okunanlar',
    'En Çok Okunanlar', 'Çok Okunan Haberler', 'En Çok Okunan Haberler', 'Son Haberler', 'Son Dakika', 'Son Dakika Haberleri',
    'Günün Öne Çıkanları', 'Öne Çıkanlar', 'Öne Çıkan Haberler', 'Editörün Seçtikleri', 'Editörün Seçimi',
    'Bunlar da İlginizi Çekebilir', 'İlginizi Çekebilir', 'İlginizi Çekebilecek Haberler', 'Sizin İçin Seçtiklerimiz',
    'Sizin İçin Seçtik', 'Sizin İçin Önerilenler', 'Önerilen Haberler', 'Önerilen İçerikler', 'Popüler Haberler',
    'Kategorinin Diğer Haberleri', 'Kategorideki Diğer Haberler', 'Sıradaki Haber', 'Sonraki Haber', 'Daha Fazla Haber',
    'Bunu da Okuyun', 'Okumadan Geçme', 'Kaçırmayın', 'Gündemdeki Haberler',
    'İLGİLİ HABERLER', 'BUNLAR DA İLGİNİZİ ÇEKEBİLİR', 'İLGİNİZİ ÇEKEBİLİR', 'SON DAKİKA', 'DİĞER HABERLER', 'ÖNE ÇIKANLAR'
  ],
  videoMarkers: ['Video', 'Videolar', 'Video Haberler', 'Video Galeri', 'Foto Galeri', 'Tüm Videolar', 'Daha Fazla Video', 'Son Videolar', 'Öne Çıkan Videolar', 'VİDEO', 'VİDEO GALERİ'],
  commentMarkers: ['Yorumlar', 'Yorum Yap', 'Yorum Yaz', 'Yorum Yazın', 'Yorumunuzu Yazın', 'Yorum Gönder', 'Tüm Yorumlar', 'Yorumları Göster', 'Yorumları Gör', 'Okur Yorumları'],
  weatherMarkers: ['Hava Durumu', 'Hava Durumu Tahmini', 'Bugün Hava Durumu', 'Günlük Hava Durumu'],
  tagMarkers: ['Etiketler', 'Etiket', 'Anahtar Kelimeler', 'Konular', 'İlgili Konular', 'ETİKETLER'],
  readMorePrefixes: [
    'İlgili Haber', 'İlgili Haberler', 'Ayrıca Okuyun', 'Bunu da okuyun', 'Bu haberi de okuyun', 'Şunu da okuyun',
    'Okumaya devam et', 'Haberin devamı', 'Devamı', 'İlginizi çekebilir', 'Okumadan geçme', 'Bakmadan geçme', 'İzle',
    'İLGİLİ HABER'
  ],
  homeLinks: ['Anasayfa', 'Ana Sayfa', 'Home'],
  ui: [
    'İçeriğe geç', 'İçeriğe atla', 'Ana içeriğe geç', 'Ana içeriğe atla', 'Yükleniyor', 'Lütfen bekleyin', 'Paylaş', 'Paylaşın',
    'Haberi paylaş', 'Yazdır', 'E-posta', 'Başa dön', 'Yukarı çık', 'Giriş yap', 'Giriş', 'Üye ol', 'Kayıt ol', 'Çıkış yap',
    'Abone ol', 'Bülten', 'E-bülten', 'Reklam', 'Sponsorlu', 'Sponsorlu içerik', 'Menü', 'Ara', 'Arama', 'Kapat', 'Anasayfa',
    'Takip et', 'Bizi takip edin', 'Kaydet', 'Dinle', 'Haberi dinle', 'Sesli dinle', 'Bağlantıyı kopyala', 'Linki kopyala',
    'Link kopyalandı', 'Kopyalandı', 'Mobil sürüm', 'Kabul et', 'Kabul ediyorum', 'Tümünü kabul et', 'Reddet', 'Ayarlar',
    'Çerez ayarları', 'Daha fazla göster', 'Daha fazla yükle', 'Devamını oku', 'Devamı', 'Haberin devamı',
    'Haberin devamı için tıklayın', 'Devamı için tıklayınız', 'Videoyu oynat', 'Oynat', 'İzle', 'Canlı', 'Canlı yayın',
    'Canlı izle', 'Etiketler', 'Önceki', 'Sonraki', 'Önceki haber', 'Sonraki haber', 'Tüm haberler', 'Yazı boyutu',
    'Uygulamayı indir', 'Künye', 'İletişim', 'Yorum yap', 'Yorumlar',
    'HABERİN DEVAMI', 'DEVAMINI OKU', 'GİRİŞ YAP', 'İLETİŞİM'
  ],
  followPrefixes: ['Bizi takip edin', 'Bizi takip et', 'Sosyal medyada bizi takip edin', 'Takip edin', 'Takip et'],
  sharePrefixes: ['Paylaş', 'Paylaşın', 'Haberi paylaş', 'Şununla paylaş'],
  uiFragments: ['dk okuma süresi', 'dakika okuma süresi', 'okuma süresi', 'dk okuma', 'dakikalık okuma', 'yeni sekmede açılır', 'yorum', 'okunma', 'görüntülenme', 'kez okundu'],
  promoTerms: [
    'bülten', 'e-bülten', 'haber bülteni', 'uygulama', 'uygulaması', 'uygulamamızı', 'uygulamasını', 'app', 'whatsapp',
    'whatsapp kanalı', 'kanal', 'kanalı', 'kanalına', 'kanalımıza', 'telegram', 'google news', 'bildirim', 'bildirimler', 'e-posta', 'abonelik'
  ],
  paywallTerms: ['sadece abonelere özel', 'zaten abone misiniz', 'abone olun, okumaya devam edin'],
  callsToAction: ['abone ol', 'abone olun', 'kaydol', 'kayıt ol', 'üye ol', 'indir', 'indirin', 'hemen indir', 'takip et', 'takip edin', 'katıl', 'katılın', 'tıklayın', 'tıkla'],
  consentTerms: ['çerez', 'çerezler', 'çerezleri', 'çerez politikası', 'çerez ayarları', 'cookie', 'cookies', 'kvkk', 'kişisel verilerin korunması', 'aydınlatma metni', 'açık rıza'],
  emptyLabels: ['Kaynak', 'Etiketler', 'Etiket', 'Konular', 'Yazar', 'Muhabir', 'Editör', 'Paylaş', 'Fotoğraf', 'Foto'],
  footerTerms: [
    'tüm hakları saklıdır', 'TÜM HAKLARI SAKLIDIR', 'her hakkı saklıdır', 'copyright', 'a.ş.', 'anonim şirketi', 'ltd. şti.',
    'limited şirketi', 'san. ve tic.', 'künye', 'gizlilik politikası', 'gizlilik sözleşmesi', 'çerez politikası', 'kvkk',
    'kullanım koşulları', 'kullanım şartları', 'iletişim', 'adres', 'telefon', 'tel', 'faks', 'e-posta', 'genel yayın yönetmeni',
    'sorumlu yazı işleri müdürü', 'yazı işleri müdürü', 'imtiyaz sahibi', 'hakkımızda', 'site haritası', 'basın ilan kurumu',
    'yer sağlayıcı', 'kaynak gösterilmeden', 'izinsiz kullanılamaz', 'mersis', 'logo'
  ],
  weatherTerms: [
    'hava durumu', 'meteoroloji', 'mgm', 'yağmur', 'yağış', 'sağanak', 'sağanak yağış', 'kuvvetli yağış', 'kar yağışı', 'karla',
    'fırtına', 'rüzgar', 'rüzgâr', 'kuvvetli rüzgar', 'sıcaklık', 'sıcaklıklar', 'derece', 'sıcak hava dalgası', 'soğuk hava',
    'sarı kod', 'turuncu kod', 'güneşli', 'bulutlu', 'parçalı bulutlu', 'sis', 'zirai don', 'dolu yağışı'
  ],
  creditWords: ['Foto', 'Fotoğraf', 'Fotoğraflar', 'Fotoğraf kaynağı', 'Görsel', 'Görüntü', 'Resim', 'Kaynak', 'Arşiv', 'İllüstrasyon', 'Video'],
  photoWords: ['fotoğraf', 'foto', 'resim', 'görsel'],
  mediaTags: ['Video', 'Videolu', 'Foto', 'Galeri', 'Foto Galeri', 'Fotoğraf', 'Fotoğraflar', 'Podcast', 'Canlı', 'Canlı Yayın', 'İnfografik', 'Video Haber', 'VİDEO', 'VİDEOLU'],
  bylinePrefixes: ['Yazan', 'Yazar', 'Muhabir', 'Hazırlayan', 'Haber'],
  editorPrefixes: ['Editör', 'Editörler', 'Düzenleyen', 'Haber editörü', 'Yayına hazırlayan'],
  bylineRoles: ['muhabir', 'muhabiri', 'editör', 'çeviri', 'derleme', 'haber merkezi', 'özel haber'],
  sourcePrefixes: ['Kaynak', 'Kaynaklar', 'Haber kaynağı'],
  months: [
    'Ocak|Oca', 'Şubat|Şub', 'Mart|Mar', 'Nisan|Nis', 'Mayıs|Mayis|May', 'Haziran|Haz', 'Temmuz|Tem', 'Ağustos|Ağu',
    'Eylül|Eyl', 'Ekim|Eki', 'Kasım|Kasim|Kas', 'Aralık|Aralik|Ara'
  ],
  weekdays: ['Pazartesi', 'Salı', 'Sali', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar', 'Pzt', 'Çar', 'Per', 'Cmt'],
  dateWords: [
    'Giriş', 'GİRİŞ', 'Güncelleme', 'Güncellenme', 'Güncellendi', 'Son güncelleme', 'Yayınlanma', 'Yayınlanma tarihi', 'Yayın tarihi',
    'Oluşturulma', 'Oluşturulma tarihi', 'Giriş tarihi', 'Güncelleme tarihi', 'önce', 'saat', 'saati', 'dakika', 'dk', 'gün', 'bugün', 'dün'
  ]
}
