// Small multilingual lexicons of the words web pages use for their own furniture (buttons, menus,
// notices, list headers). They name UI actions, never topics, so they do not depend on what an
// article is about. Languages: en, vi, fr, de, es, ja (and a few common others).
import type { RemovalReason } from '../model';

/** Words that, making up most of a short line, show it is a control rather than prose. */
export const UI_WORDS: ReadonlyMap<string, RemovalReason> = new Map<string, RemovalReason>([
  ...words('share shares shared sharing tweet email e-mail print copy link links whatsapp facebook twitter linkedin telegram zalo reddit pinterest reactions reaction like likes comment comments reply save bookmark', 'share'),
  // The platforms a share button names besides those: "Share on X" stood alone in the text (X is
  // Twitter's name since 2023). Read only where every word of a short line is an interface word.
  ...words('x bluesky mastodon threads instagram messenger viber wechat weibo tiktok flipboard kakaotalk vk sms', 'share'),
  ...words('chia sẻ bình luận viết gửi thích lưu in bài', 'share'),
  ...words('partager partagez commenter commentaires réagir imprimer enregistrer', 'share'),
  ...words('teilen kommentieren kommentare drucken merken', 'share'),
  ...words('compartir comentar comentarios imprimir guardar', 'share'),
  ...words('シェア 共有 コメント 印刷 保存 ツイート', 'share'),
  ...words('log login logout sign signin signup register subscribe subscription menu home search skip content navigation back top next previous prev more close open account newsletter newsletters', 'navigation'),
  ...words('đăng nhập ký xuất trang chủ tìm kiếm', 'navigation'),
  ...words('connexion connecter se abonner abonnez-vous accueil rechercher recherche', 'navigation'),
  ...words('anmelden registrieren abonnieren startseite suche', 'navigation'),
  ...words('iniciar sesión registrarse suscribirse inicio buscar', 'navigation'),
  ...words('ログイン ログアウト 登録 ホーム 検索 メニュー', 'navigation'),
  ...words('follow us on theo dõi suivez-nous suivez nous folgen sie síguenos siguenos seguir フォロー', 'follow'),
  ...words('in to up out of the this article story page post our for with now', 'navigation'),
]);

function words(list: string, reason: RemovalReason): Array<[string, RemovalReason]> {
  return list.split(' ').map((w) => [w, reason]);
}

/** Lines that invite the reader to follow the outlet elsewhere, in any of our languages. */
export const FOLLOW_PATTERN =
  /^(?:follow us\b|follow .{1,40} on\b|(?:mời )?(?:quý )?(?:độc giả|bạn đọc)?\s*theo dõi\b|suivez[- ](?:nous|-nous)\b|folgen sie uns\b|síguenos\b|siguenos\b|segue-nos\b|seguici\b|.{0,30}をフォロー)/iu;

/** Header lines that open a list of other articles: everything of that list after them goes. */
export const TAIL_MARKERS: readonly RegExp[] = [
  // The general English form: a list word, up to two words (often the outlet's name), the kind
  // of item listed: "Related Gazette Stories", "Latest Headlines", "Recent Posts".
  /^(?:related|more|latest|top|recent|popular|trending|recommended|featured|suggested|other|further)(?: [\p{L}&'’.]+){0,2} (?:news|stories|posts|articles|headlines|videos|reads|links|coverage)(?: now)?$/iu,
  /^(?:what to read next|up next|next up|more to read|don'?t miss|must reads?|in case you missed it|editors?['’]?s?['’]? picks|most (?:read|viewed|popular|shared|commented)(?: (?:news|stories|articles))?)$/iu,
  /^(?:related|related (?:news|articles?|stories|posts|content|coverage|topics)|more (?:news|stories|on this story|from [\p{L} .]{1,30}|in [\p{L} .]{1,30})|most (?:viewed|read|popular|shared)|trending(?: now| news)?|popular(?: now| news)?|read (?:more|next|also)|see also|also read|you (?:may|might) (?:also )?like|recommended(?: for you)?|latest(?: news)?|top stories|editor'?s picks)$/iu,
  /^(?:tin (?:liên quan|cùng chuyên mục|mới nhất|khác|nổi bật)|xem thêm|đọc thêm|bài viết liên quan|có thể bạn quan tâm|đọc nhiều(?: nhất)?)$/iu,
  /^(?:(?:à |a )?lire (?:aussi|également)|sur le même sujet|les plus lus|articles? similaires|voir aussi|dans la même rubrique)$/iu,
  /^(?:mehr zum thema|das könnte sie (?:auch )?interessieren|meistgelesen|verwandte artikel|lesen sie auch|auch interessant)$/iu,
  /^(?:noticias relacionadas|te puede interesar|lo más (?:leído|visto)|lee también|ver también|relacionad[oa]s)$/iu,
  /^(?:関連記事|関連ニュース|おすすめ(?:記事)?|人気記事|アクセスランキング|こちらもおすすめ)$/u,
];

/** Headings that open a table of contents: the entries listed under them are page furniture. */
export const CONTENTS_MARKER = /^(?:table of contents|contents|in this article|on this page|mục lục|sommaire|inhalt(?:sverzeichnis)?|índice|contenido|目次)$/iu;

// NOTE: the patterns tested against every line are /i without /u: Unicode case folding made
// each test about fifteen times slower, and these hold no \p{…} nor letters outside the BMP.

/** Site notices: cookies, captchas, legal small print. */
export const NOTICE_PATTERN =
  /\b(?:recaptcha|captcha|cookies?|privacy policy|terms of (?:service|use)|all rights reserved|copyright)\b|©|chính sách bảo mật|bảo lưu mọi quyền|politique de confidentialité|tous droits réservés|datenschutz|alle rechte vorbehalten|política de privacidad|todos los derechos reservados|無断転載|著作権/i;

/** Words that mark advertising outright. */
export const PROMOTION_PATTERN =
  /^(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content|ad|ads|quảng cáo|publicité|anzeige|werbung|publicidad|patrocinado|広告|pr)$/iu;

/** The reader addressed directly: marketing talks to "you", news reports about others. */
export const SECOND_PERSON = /\b(?:you|your|you're|yours)\b|\b(?:bạn|quý khách)\b|\b(?:vous|votre|vos)\b|\b(?:ihr|ihre|ihnen)\b|\b(?:usted|tu|tus)\b|あなた/i;

/** A call to act: what a promotion asks the reader to do. */
export const CALL_TO_ACTION =
  /\b(?:let|discover|get|join|try|contact|call|book|download|click|visit|order|buy|shop|sign up|subscribe|learn more|find out|claim|register|apply|explore)\b/i;

/** Pictographs (emoji) that open promotional blurbs and social widgets. */
export const LEADING_PICTOGRAPH = /^\p{Extended_Pictographic}/u;

/** A line that names who wrote the piece. */
export const BYLINE_PREFIX =
  /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Aa]uthor|[Tt]ác giả|[Bb]ài(?: và ảnh)?|[Pp]ar|[Vv]on|[Pp]or|文)\s*[:：]?\s+(?=\p{Lu})/u;
