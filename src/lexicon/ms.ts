import type {Lexicon} from './types.js'

// Malay, as printed in Malaysia (Berita Harian, Harian Metro, Utusan, Bernama, Astro Awani, Sinar
// Harian). Only what Malay portals print differently from Indonesian: the words both share (Baca
// juga, Terkini, Iklan, Oleh, Sumber…) are in id.ts. Months are a calendar of their own and list all twelve.
export const ms: Lexicon = {
  language: 'ms',
  relatedMarkers: [
    'Berita berkaitan', 'Artikel berkaitan', 'Berkaitan', 'Paling popular', 'Popular', 'Berita popular', 'Paling dibaca',
    'Paling ramai dibaca', 'Berita lain', 'Artikel lain', 'Lagi berita', 'Pilihan pengarang',
    'Disyorkan', 'Disyorkan untuk anda', 'Sedang tular', 'Anda mungkin berminat', 'Mungkin anda berminat',
    'Jangan lepaskan', 'Jangan ketinggalan', 'Baca lagi', 'Lagi dari kategori ini'
  ],
  videoMarkers: ['Video berkaitan', 'Video popular', 'Video lain', 'Tonton video'],
  commentMarkers: ['Komen', 'Tulis komen', 'Lihat komen', 'Tinggalkan komen', 'Tambah komen', 'Komen anda'],
  weatherMarkers: ['Ramalan cuaca', 'Cuaca esok'],
  tagMarkers: ['Topik berkaitan', 'Tag berkaitan'],
  readMorePrefixes: [
    'Baca lagi', 'Baca seterusnya', 'Baca lanjut', 'Baca artikel penuh', 'Berita berkaitan', 'Artikel berkaitan',
    'Tonton', 'Lihat'
  ],
  homeLinks: ['Utama', 'Laman utama', 'Muka depan'],
  ui: [
    'Langkau ke kandungan', 'Langkau ke kandungan utama', 'Pergi ke kandungan', 'Sedang memuatkan', 'Memuatkan',
    'Sila tunggu', 'Kongsi', 'Kongsi artikel', 'Kongsi berita', 'Kongsi artikel ini', 'Emel', 'E-mel', 'Ke atas',
    'Log masuk', 'Log keluar', 'Langgan', 'Langgan sekarang', 'Melanggan', 'Ditaja', 'Kandungan ditaja', 'Tajaan',
    'Carian', 'Dengar', 'Dengar artikel', 'Salin pautan', 'Pautan disalin', 'Tunjuk lagi', 'Lihat lagi', 'Muat lagi',
    'Muatkan lagi', 'Lagi', 'Baca lagi', 'Teruskan membaca', 'Terima semua', 'Setuju', 'Saya setuju', 'Tolak semua',
    'Tetapan', 'Tetapan kuki', 'Muat turun aplikasi', 'Menu utama', 'Navigasi', 'Seterusnya', 'Sebelumnya',
    'Langsung', 'Siaran langsung', 'Hubungi kami', 'Mengenai kami', 'Dasar privasi', 'Terma penggunaan',
    'Terma dan syarat', 'Komen', 'Utama', 'Tatal untuk teruskan', 'Lagi dari penulis', 'Lagi daripada penulis',
    'Artikel lain oleh penulis'
  ],
  followPrefixes: ['Sertai kami di', 'Sertai saluran', 'Sertai', 'Ikuti saluran', 'Langgan saluran'],
  sharePrefixes: ['Kongsi ke', 'Kongsi di', 'Kongsi melalui'],
  uiFragments: ['minit bacaan', 'minit membaca', 'masa bacaan', 'dibuka dalam tab baharu'],
  promoTerms: ['surat berita', 'buletin', 'e-mel', 'emel', 'peti masuk', 'pemberitahuan', 'langganan', 'telefon pintar'],
  paywallTerms: [
    'khas untuk pelanggan', 'eksklusif untuk pelanggan', 'langgan untuk terus membaca', 'langgan untuk membaca',
    'sudah melanggan', 'log masuk untuk terus membaca'
  ],
  callsToAction: ['langgan', 'langgani', 'melanggan', 'muat turun', 'sertai', 'sertai kami', 'klik di sini', 'imbas kod qr'],
  consentTerms: ['kuki', 'tetapan kuki', 'dasar kuki'],
  emptyLabels: ['Kongsi', 'Gambar'],
  footerTerms: [
    'sdn bhd', 'bhd', 'berhad', 'hak cipta terpelihara', 'semua hak terpelihara', 'dasar privasi',
    'terma penggunaan', 'terma dan syarat', 'penafian', 'telefon', 'faks', 'e-mel', 'emel', 'mengenai kami',
    'ketua pengarang', 'pengiklanan', 'iklan bersama kami'
  ],
  weatherTerms: [
    'ramalan cuaca', 'amaran cuaca', 'cuaca buruk', 'cuaca panas', 'gelombang haba', 'ribut', 'ribut petir', 'jerebu',
    'monsun', 'metmalaysia', 'banjir'
  ],
  creditWords: [
    'Foto fail', 'Gambar fail', 'Gambar hiasan', 'Foto hiasan', 'Kredit', 'Kredit foto', 'Kredit gambar', 'Foto ihsan', 'Gambar ihsan', 'Video', 'Tangkap layar'
  ],
  photoWords: [],
  mediaTags: ['Galeri foto', 'Infografik', 'Langsung', 'Siaran langsung'],
  bylinePrefixes: ['Ditulis oleh', 'Laporan oleh', 'Disediakan oleh'],
  editorPrefixes: ['Disunting oleh'],
  bylineRoles: ['wartawan', 'wartawan kanan', 'pemberita', 'penterjemah', 'terjemahan', 'bernama', 'agensi'],
  sourcePrefixes: ['Dipetik daripada', 'Dipetik dari'],
  months: [
    'Januari|Jan', 'Februari|Feb', 'Mac', 'April|Apr', 'Mei', 'Jun', 'Julai|Jul', 'Ogos|Ogo', 'September|Sep|Sept',
    'Oktober|Okt', 'November|Nov', 'Disember|Dis'
  ],
  weekdays: ['Isnin', 'Khamis', 'Jumaat'],
  dateWords: [
    'Dikemas kini', 'Dikemaskini', 'Dikemas kini pada', 'Disiarkan', 'Disiarkan pada', 'Diterbitkan pada', 'minit',
    'saat', 'MYT', 'pagi', 'tengah hari', 'petang', 'malam', 'semalam', 'hari ini'
  ]
}
