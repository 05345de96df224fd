import type {Lexicon} from './types.js'

export const vi: Lexicon = {
  language: 'vi',
  relatedMarkers: [
    'Tin bài liên quan', 'Tin liên quan', 'Bài liên quan', 'Bài viết liên quan', 'Tin tức liên quan',
    'Các tin bài khác', 'Các tin khác', 'Tin bài khác', 'Tin khác', 'Bài viết khác', 'Các bài viết khác',
    'Tin cùng chuyên mục', 'Cùng chuyên mục', 'Tin cùng chủ đề', 'Cùng chủ đề', 'Chủ đề liên quan',
    'Đọc nhiều', 'Đọc nhiều nhất', 'Tin đọc nhiều', 'Bài đọc nhiều', 'Xem nhiều', 'Xem nhiều nhất', 'Tin xem nhiều',
    'Đọc thêm', 'Xem thêm', 'Xem tiếp', 'Có thể bạn quan tâm', 'Bạn có thể quan tâm', 'Có thể bạn muốn xem',
    'Tin mới', 'Tin mới nhất', 'Mới nhất', 'Tin nổi bật', 'Nổi bật', 'Tin hot', 'Tin nóng', 'Tiêu điểm',
    'Tin tiêu điểm', 'Đừng bỏ lỡ', 'Tin trong ngày', 'Đáng chú ý', 'Tin đáng chú ý', 'Tin ảnh', 'Tin tức khác'
  ],
  videoMarkers: ['Video', 'Video nổi bật', 'Tin video', 'Xem video', 'Video hot', 'Multimedia', 'Đa phương tiện'],
  commentMarkers: ['Bình luận', 'Ý kiến bạn đọc', 'Ý kiến', 'Gửi bình luận', 'Viết bình luận', 'Thảo luận'],
  weatherMarkers: ['Thời tiết', 'Dự báo thời tiết', 'Thời tiết hôm nay'],
  tagMarkers: ['Từ khóa', 'Từ khoá', 'Chủ đề', 'Tags', 'Tag', 'Thẻ', 'Chủ đề liên quan'],
  readMorePrefixes: ['Xem thêm', 'Đọc thêm', 'Xem tiếp', 'Tin liên quan', 'Bài liên quan', 'Mời xem thêm', 'Xem chi tiết'],
  homeLinks: ['Trang chủ', 'Trang nhất'],
  ui: [
    'Lưu tin', 'Báo lỗi', 'Đọc tiếp', 'Xem nguồn',
    'Nhảy đến nội dung', 'Bỏ qua nội dung', 'Chuyển đến nội dung chính', 'Xin chờ trong giây lát', 'Đang tải',
    'Phiên bản di động', 'Phiên bản máy tính', 'Chia sẻ', 'Chia sẻ bài viết', 'In bài', 'In bài viết', 'Gửi bài',
    'Lưu bài', 'Lưu bài viết', 'Quay lại', 'Về đầu trang', 'Lên đầu trang', 'Trở về đầu trang', 'Đăng nhập',
    'Đăng ký', 'Đăng xuất', 'Tìm kiếm', 'Quảng cáo', 'Liên hệ', 'Liên hệ quảng cáo', 'Tải ứng dụng', 'Nghe đọc bài',
    'Nghe bài viết', 'Nghe bài', 'Cỡ chữ', 'Phóng to', 'Thu nhỏ', 'Sao chép liên kết', 'Sao chép link', 'Copy link',
    'Trang chủ', 'Trang nhất', 'Tiện ích', 'Đặt báo', 'Gửi tòa soạn', 'Báo điện tử', 'Theo dõi', 'Theo dõi chúng tôi',
    'Tắt quảng cáo', 'Xem thêm bình luận', 'Thích', 'Trả lời', 'Báo in', 'RSS', 'Góp ý', 'Đường dây nóng', 'Từ khóa',
    'Tags', 'Chủ đề', 'Mục lục', 'Xem bản đầy đủ', 'Xem bản gốc', 'Tải về'
  ],
  followPrefixes: ['Theo dõi', 'Mời bạn theo dõi', 'Hãy theo dõi'],
  sharePrefixes: ['Chia sẻ lên', 'Chia sẻ qua', 'Chia sẻ trên', 'Chia sẻ'],
  uiFragments: ['phút đọc', 'lượt xem', 'lượt thích', 'mở trong tab mới'],
  promoTerms: ['bản tin', 'nhận tin', 'ứng dụng', 'app', 'zalo', 'google news', 'kênh', 'hộp thư', 'email'],
  paywallTerms: ['dành riêng cho thành viên', 'bạn đã là thành viên', 'đăng ký để đọc tiếp', 'để đọc tiếp bài viết'],
  callsToAction: ['đăng ký', 'tải', 'tải về', 'cài đặt', 'theo dõi', 'tham gia', 'nhấn', 'quét mã'],
  consentTerms: ['cookie', 'cookies', 'chính sách bảo mật', 'đồng ý'],
  emptyLabels: ['Nguồn', 'Tác giả', 'Từ khóa', 'Chủ đề', 'Tags', 'Tag', 'Chia sẻ', 'Ảnh', 'Video', 'Bài', 'Thực hiện'],
  footerTerms: [
    'công ty', 'cổ phần', 'tnhh', 'giấy phép', 'gpđkkd', 'đkkd', 'gp số', 'mã số thuế', 'mst', 'số đăng ký',
    'địa chỉ', 'điện thoại', 'đt', 'hotline', 'đường dây nóng', 'fax', 'email', 'e-mail', 'tổng biên tập',
    'phó tổng biên tập', 'cơ quan chủ quản', 'chịu trách nhiệm', 'chịu trách nhiệm xuất bản', 'bản quyền',
    'giữ bản quyền', 'tòa soạn', 'trụ sở', 'văn phòng đại diện', 'chi nhánh', 'liên hệ quảng cáo', 'ghi rõ nguồn',
    'cấm sao chép', 'bộ thông tin và truyền thông', 'cục báo chí', 'logo', 'showroom', 'website', 'chính sách bảo mật',
    'điều khoản sử dụng', 'báo điện tử', 'tạp chí điện tử'
  ],
  weatherTerms: [
    'thời tiết', 'dự báo thời tiết', 'bão', 'áp thấp nhiệt đới', 'khí tượng', 'thủy văn', 'mưa lớn', 'mưa dông',
    'mưa rào', 'nắng nóng', 'rét đậm', 'rét hại', 'không khí lạnh', 'lốc sét', 'lũ quét', 'giật cấp', 'gió mạnh', 'dự báo', 'mưa', 'nhiệt độ', 'sạt lở', 'lũ', 'nắng', 'trời rét'],
  creditWords: ['Ảnh', 'Nguồn', 'Ảnh minh họa', 'Ảnh minh hoạ', 'Ảnh chụp màn hình', 'Đồ họa', 'Đồ hoạ', 'Video', 'Clip', 'Ảnh tư liệu'],
  photoWords: ['ảnh', 'hình', 'hình ảnh'],
  mediaTags: ['Video', 'Ảnh', 'Clip', 'Infographic', 'Podcast', 'Emagazine', 'E-magazine', 'Longform', 'Photo', 'Audio', 'Trực tiếp'],
  bylinePrefixes: ['Bởi', 'Tác giả', 'Thực hiện', 'Bài và ảnh', 'Bài, ảnh', 'Nhóm phóng viên', 'Phóng viên'],
  editorPrefixes: ['Biên tập', 'Biên tập viên', 'Hiệu đính'],
  bylineRoles: ['tổng hợp', 'biên dịch', 'lược dịch', 'dịch', 'thực hiện', 'ghi', 'theo', 'phóng viên', 'cộng tác viên', 'ctv'],
  sourcePrefixes: ['Theo', 'Nguồn', 'Nguồn tin'],
  months: [],
  weekdays: [
    'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật', 'Thứ 2', 'Thứ 3', 'Thứ 4',
    'Thứ 5', 'Thứ 6', 'Thứ 7', 'CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'
  ],
  dateWords: ['Cập nhật', 'Cập nhật lúc', 'Cập nhật ngày', 'Đăng lúc', 'Đăng ngày', 'Ngày đăng', 'Ngày', 'lúc', 'tháng', 'năm', 'giờ', 'Xuất bản', 'sáng', 'chiều', 'tối']
}
