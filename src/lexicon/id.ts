import type {Lexicon} from './types.js'

export const id: Lexicon = {
  language: 'id',
  relatedMarkers: [
    'Baca juga', 'Berita terkait', 'Artikel terkait', 'Terpopuler', 'Berita terpopuler', 'Terkini', 'Berita terkini',
    'Paling banyak dibaca', 'Populer', 'Rekomendasi', 'Pilihan editor', 'Baca selanjutnya', 'Lihat juga',
    'Berita lainnya', 'Artikel lainnya', 'Topik pilihan', 'Berita pilihan', 'Terbaru', 'Berita terbaru', 'Simak juga'
  ],
  videoMarkers: ['Video', 'Video terkini', 'Video pilihan', 'Tonton juga'],
  commentMarkers: ['Komentar', 'Tulis komentar', 'Lihat komentar'],
  weatherMarkers: ['Cuaca', 'Prakiraan cuaca', 'Cuaca hari ini'],
  tagMarkers: ['Tag', 'Tags', 'Topik', 'Kata kunci', 'Topik terkait'],
  readMorePrefixes: ['Baca juga', 'Baca', 'Lihat juga', 'Simak juga', 'Simak', 'Tonton juga', 'Baca selengkapnya'],
  homeLinks: ['Beranda', 'Home', 'Halaman utama'],
  ui: [
    'Lewati ke konten', 'Memuat', 'Mohon tunggu', 'Bagikan', 'Bagikan artikel', 'Cetak', 'Kembali ke atas', 'Masuk',
    'Daftar', 'Langganan', 'Berlangganan', 'Iklan', 'Menu', 'Cari', 'Tutup', 'Beranda', 'Ikuti', 'Ikuti kami',
    'Simpan', 'Dengarkan', 'Salin tautan', 'Versi mobile', 'Terima', 'Tolak', 'Lihat selengkapnya', 'Muat lebih banyak',
    'Tag', 'Topik', 'Advertisement', 'Scroll to continue with content', 'Live',
    'Lihat foto', 'Dengarkan artikel ini', 'Lihat video', 'Baca berita dengan sedikit iklan'
  ],
  followPrefixes: ['Ikuti kami di', 'Ikuti', 'Simak berita'],
  sharePrefixes: ['Bagikan ke', 'Bagikan di', 'Bagikan lewat', 'Bagikan'],
  uiFragments: ['menit baca', 'waktu baca', 'dengarkan artikel', 'lihat foto', 'lihat video'],
  promoTerms: ['newsletter', 'aplikasi', 'whatsapp', 'saluran', 'channel', 'telegram', 'google news', 'ponselmu', 'notifikasi'],
  paywallTerms: ['khusus pelanggan', 'sudah berlangganan', 'berlangganan untuk membaca'],
  callsToAction: ['berlangganan', 'daftar', 'unduh', 'install', 'pasang', 'gabung', 'ikuti', 'simak', 'pastikan', 'pilih saluran'],
  consentTerms: ['cookie', 'cookies', 'persetujuan', 'privasi'],
  emptyLabels: ['Sumber', 'Tag', 'Topik', 'Penulis', 'Bagikan', 'Foto'],
  footerTerms: [
    'hak cipta', 'pedoman media siber', 'kebijakan privasi', 'syarat dan ketentuan', 'alamat', 'telepon', 'telp',
    'fax', 'email', 'redaksi', 'kontak', 'hubungi kami', 'info iklan', 'karir', 'tentang kami', 'logo', 'copyright',
    'all rights reserved'
  ],
  weatherTerms: ['cuaca', 'prakiraan cuaca', 'hujan', 'hujan lebat', 'badai', 'bmkg', 'angin kencang', 'gelombang tinggi', 'suhu', 'angin', 'cerah', 'berawan'],
  creditWords: ['Foto', 'Gambar', 'Sumber', 'Ilustrasi', 'Dok', 'Dokumentasi', 'Tangkapan layar'],
  photoWords: ['foto', 'gambar'],
  mediaTags: ['Video', 'Foto', 'Galeri', 'Podcast', 'Audio', 'Live', 'Infografis'],
  bylinePrefixes: ['Penulis', 'Oleh', 'Reporter', 'Kontributor'],
  editorPrefixes: ['Editor', 'Penyunting'],
  bylineRoles: ['kontributor', 'koresponden'],
  sourcePrefixes: ['Sumber'],
  months: [
    'Januari|Jan', 'Februari|Feb|Pebruari', 'Maret|Mar', 'April|Apr', 'Mei', 'Juni|Jun', 'Juli|Jul',
    'Agustus|Agu|Ags|Agt', 'September|Sep|Sept', 'Oktober|Okt', 'November|Nov|Nop', 'Desember|Des'
  ],
  weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad'],
  dateWords: ['Diperbarui', 'Dipublikasikan', 'Diterbitkan', 'pukul', 'jam', 'yang lalu', 'lalu', 'menit', 'WIB', 'WITA', 'WIT']
}
