// Vietnamese: months are numbered ("tháng 11"), not named, so its dates have patterns of their own.
import { YEAR, type LanguagePack } from '../pack';

export const vi: LanguagePack = {
  code: 'vi',
  inherits: 'en',
  decimalComma: true,
  scaleWords: { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9 },
  // "ngày 27 tháng 11 năm 2023", "ngày 27/11/2023"; "tháng 11/2023", "tháng 11 năm 2023".
  datePatterns: [
    { re: new RegExp(`ngày\\s(\\d{1,2})(?:\\s?tháng\\s?|/)(\\d{1,2})(?:(?:\\s?năm\\s?|/)${YEAR}(?!\\d))?`, 'giu'), day: 1, month: 2, year: 3 },
    { re: new RegExp(`tháng\\s(\\d{1,2})(?:\\s?năm\\s?|/)${YEAR}(?!\\d)`, 'giu'), month: 1, year: 2 },
  ],
  // Weekdays are two words ("thứ hai", "chủ nhật"): their parts are among the stamp words.
  stamp: { labels: ['ngày đăng', 'cập nhật', 'đăng lúc'], words: 'ngày đăng cập nhật lúc thứ hai ba tư năm sáu bảy chủ giờ'.split(' ') },
  detectionWords: 'của và các là có được trong cho với những không một này người đã về từ khi đến tại như cũng để theo sẽ năm nhiều ông bà việc đó ra hai nước'.split(' '),
};
