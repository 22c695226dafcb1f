package org.herald.extract;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Short lines that are boilerplate by their wording, in German and English. */
final class Boilerplate {
  private static final Pattern SHARE = Pattern.compile(
      "(?i)^(share|teilen|tweet|twittern|e-?mail|drucken|print|facebook|twitter|whatsapp"
          + "|linkedin|pinterest|reddit|copy link|link kopieren|share this( article| story)?"
          + "|artikel teilen|diesen artikel teilen)([ ,|/·]+(share|teilen|tweet|twittern|e-?mail"
          + "|drucken|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|x))*$");
  private static final Pattern COMMENTS = Pattern.compile(
      "(?i)^(leave a (reply|comment)|post comment|kommentare? (schreiben|verfassen)"
          + "|\\d+ (comments|kommentare)|comments|kommentare|add a comment|reply|antworten"
          + "|.{0,60}\\b(anmelden|einloggen|log in|sign in|logged in|angemeldet)\\b.{0,40}"
          + "\\b(kommentar|kommentieren|comment)\\p{L}*\\b.{0,40})$");
  private static final Pattern PROMOTION = Pattern.compile(
      "(?i)^(advertisement|anzeige|werbung|sponsored|read more|mehr lesen|weiterlesen"
          + "|lesen sie (auch|mehr)\\b.*|read (also|more)\\b.{0,80}|more from\\b.{0,60}"
          + "|sign up\\b.{0,80}|subscribe\\b.{0,80}|jetzt abonnieren\\b.{0,80}"
          + "|follow us\\b.{0,60}|folgen sie uns\\b.{0,60}|related( articles| stories)?"
          + "|mehr zum thema\\b.{0,60}|das könnte sie auch interessieren|you may also like"
          + "|recommended( for you)?|weitere themen"
          + "|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel)|related (posts|articles)"
          + "|weiterführende links?|mehr (zum thema|artikel|beiträge|aus)\\b.{0,60}"
          + "|veja também:?|gefällt mir|like this:?|teilen( sie dies)? mit:?|share this:?|kontakt|contact"
          + "|tags?:.{0,120}|schlagwörter:?.{0,120}|themen:?.{0,120}|kategorie(n)?:.{0,80}"
          + "|categories:.{0,80}|filed under:?.{0,80}|(den |diesen )?(artikel|beitrag|seite)"
          + " (teilen|empfehlen|drucken)\\??|möchten sie (den|diesen) (artikel|beitrag) teilen\\?"
          + "|(\\.\\.\\.|…)?\\s*weiter (zu|lesen|zum)\\b.{0,60}|zurück( zur übersicht)?"
          + "|back to top|nach oben|to top|print( this)?( article)?|drucken|seite drucken"
          + "|das könnte sie auch interessieren!?|explore further|zum weiterlesen:?"
          + "|mehr \\p{L}+ (auf|bei|von) \\S+|aktualisiert am:?|zuletzt aktualisiert:?"
          + "|release date:?|ultima modifica|kontakt:|zusatzinformationen:?|weitere infos:?"
          + "|weiterlesen:|quellen( ausblenden| anzeigen)?:?|quellenangaben:?|weitere beiträge"
          + "|vorschau auf den nächsten (artikel|beitrag)"
          + "|(nachfolge|vorheriger |nächster )beitrag:?.{0,120}"
          + "|(previous|next) (post|article):?.{0,120}"
          + "|(zuletzt )?aktualisiert( am)?:? [\\d.,: ]{4,30}(uhr)?\\.?"
          + "|(war|ist) (der|dieser) (artikel|beitrag) (nützlich|hilfreich)\\?.{0,80}"
          + "|was this (article|page|post) (useful|helpful)\\?.{0,80}"
          + "|(gefällt mir )?wird geladen(\\.\\.\\.|…)?|loading(\\.\\.\\.|…)?)$");
  /** A disclosure that the site earns from the links or products of the article. */
  private static final Pattern DISCLOSURE_START = Pattern.compile(
      "(?i)^\\*?(werbung|anzeige|advertisement|sponsored)\\s*[.:|]");
  private static final Pattern DISCLOSURE = Pattern.compile(
      "(?i)\\b(provision|commission|compensation|vergütung)\\b");
  private static final Pattern DISCLOSURE_CONTEXT = Pattern.compile(
      "(?i)\\b(links?|affiliate|partner\\p{L}*|händler\\p{L}*|purchases?|advertis\\p{L}*"
          + "|produkte?|products?)\\b");
  /** Rights notices, permalinks, downloads, breadcrumbs: the furniture around an article. */
  private static final Pattern RIGHTS = Pattern.compile(
      "(?i)^.{0,160}\\b(alle rechte vorbehalten|all rights reserved|wszelkie prawa zastrzeżone"
          + "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
          + "|(inhalte|texte|content) (dieser|der|of this) (website|webseite|seite|site)\\b.{0,80}"
          + "\\b(lizenz|license|licence|cc[- ]by|creative commons))\\b.{0,160}$"
          + "|^\\(?(alle )?angaben ohne gewähr\\)?\\.?$");
  private static final Pattern PERMALINK = Pattern.compile(
      "(?i)^(permalink|permalien|kurzlink|short ?link|shortlink)\\b:?\\s*\\S{0,80}$");
  private static final Pattern DOWNLOAD = Pattern.compile(
      "(?i)^.{0,120}\\b(pdf|docx?|xlsx?|pptx?|zip)\\b\\s*[|(,]?\\s*\\d+([.,]\\d+)?\\s*(kb|mb)\\b.{0,60}$"
          + "|^.{0,80}\\bals (pdf|e-?book) (herunterladen|downloaden|download)\\b.{0,20}$");
  private static final Pattern BREADCRUMB = Pattern.compile(
      "^(>\\s*)?[^>]{1,60}(\\s>\\s[^>]{1,100}){2,}$");
  /** A short call to click, buy or comment. */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(?i)^.{0,80}\\b(jetzt (entdecken|bestellen|kaufen|sichern|testen)|(entdecken|bestellen|kaufen"
          + "|sichern|testen) sie jetzt|shop now|buy now|zum angebot|(findest|finden) (du|sie) hier"
          + "|(verraten|schreiben|erzählen) (sie|du)\\b.{0,40}"
          + "\\bin den kommentaren|let us know in the comments|tell us in the comments)\\b.{0,80}$");
  /** A call to follow the site on a social network or messenger. */
  private static final Pattern SOCIAL_CALL = Pattern.compile(
      "(?i)^.{0,120}\\b(follow|folgen?|abonniere|síguenos|siga|suivez|únete|join|canal|kanal"
          + "|channel)\\b.{0,120}\\b(twitter|facebook|instagram|telegram|youtube|whatsapp|tiktok"
          + "|linkedin)\\b.{0,160}$|(?i)^.{0,120}\\b(twitter|facebook|instagram|telegram|youtube"
          + "|whatsapp)\\b.{0,60}\\b(folgen|follow|síguenos|únete|abonnieren)\\b.{0,120}$");
  /** A caption: a picture's description with its credit, or a line naming a figure. */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)^((abbildung|abb\\.|grafik|illustration)\\s*\\d*\\s*:|image illustrative\\b"
          + "|vergrößern\\b|enlarge\\b).{0,250}$"
          + "|^.{0,250}©.{0,120}$"
          + "|^.{0,250}[,|]\\s*(photo|foto|bild|image)\\s*:\\s*[^.]{2,80}$"
          + "|^.{0,250}\\(\\s*(credit|foto|photo|bild|image|quelle|source)\\s*:[^()]{2,80}\\)$"
          + "|^.{0,250}\\([^()]{0,60}\\b(istock(photo)?|getty images|shutterstock|imago|pixabay"
          + "|unsplash|adobe ?stock|fotolia|picture alliance)\\b[^()]{0,40}\\)$");
  private static final String MONTH = "(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov"
      + "|dez|dec|gen|giu|lug|ago|set|ott|dic|ene|abr|janv|févr|avr|juil|août|déc)\\p{L}*\\.?";
  /** A date, numeric or with the month's name, in the languages of the pages Herald reads. */
  private static final Pattern DATE = Pattern.compile("(?i)\\b(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}"
      + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+(de\\s+)?" + MONTH + "\\s+(de\\s+)?\\d{4}|" + MONTH
      + "\\s+\\d{1,2},?\\s+\\d{4})\\b");
  /** The start of a line that says who wrote an article or when it appeared. */
  private static final Pattern META_START = Pattern.compile("(?i)^(von|by|verfasst|posted"
      + "|published|veröffentlicht|pubblicato|publié|publicado|aktualisiert|updated|erstellt"
      + "|stand)\\b");
  private static final Pattern NEWSLETTER = Pattern.compile(
      "(?i)^.{0,120}\\b(newsletter|postfach|inbox|abonnieren|abonniere|subscribe|sign up for"
          + "|download the .{0,40}apps?|get (breaking )?news alerts|(get|hol dir) .{0,80}\\bapp\\b"
          + "|(benachrichtigungen?|notifications?) (aktivieren|erlauben|einschalten|enable|allow"
          + "|turn on)|app herunterladen|nichts mehr verpassen|nichts mehr versäumen"
          + "|be informed of)\\b.{0,120}$");
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)^(foto|fotos|photo|photos|bild|bilder|image|quelle|source|credit|copyright|©)"
          + "\\s*[:©].{1,120}$");
  private static final Pattern SOURCE = Pattern.compile(
      "(?i)^(source site|source|quelle|original(artikel| article)|zur quelle|view source)$");
  private static final Pattern COOKIE = Pattern.compile(
      "(?i)^.{0,80}\\b(cookies?|datenschutzerklärung|privacy policy)\\b.{0,160}$");

  private Boilerplate() {}

  /**
   * A line with a date that names the author or the publication ("von Anna Beispiel am 14. Mai
   * 2014, 15:40 Uhr", "Freitag | 14. Juni 2019 | VON Anna Beispiel"), not a sentence of the text.
   */
  static boolean isMetaLine(String text) {
    if (text.length() > 140 || !DATE.matcher(text).find()) {
      return false;
    }
    return META_START.matcher(text).find()
        || text.contains(" | ") && ".!?".indexOf(text.charAt(text.length() - 1)) < 0;
  }

  /** The reason a short text is boilerplate, or null. */
  static @Nullable String reason(String text) {
    if (text.length() < 400 && (DISCLOSURE_START.matcher(text).find()
        || DISCLOSURE.matcher(text).find() && DISCLOSURE_CONTEXT.matcher(text).find())) {
      return "promotion";
    }
    if (text.length() > 250) {
      return null;
    }
    if (SHARE.matcher(text).matches()) {
      return "share buttons";
    }
    if (COMMENTS.matcher(text).matches()) {
      return "comments";
    }
    if (PROMOTION.matcher(text).matches()) {
      return "promotion";
    }
    if (text.length() < 200 && NEWSLETTER.matcher(text).matches()) {
      return "promotion";
    }
    if (text.length() < 160 && CALL_TO_ACTION.matcher(text).matches()) {
      return "promotion";
    }
    if (text.length() < 250 && SOCIAL_CALL.matcher(text).matches()) {
      return "promotion";
    }
    if (RIGHTS.matcher(text).matches()) {
      return "footer";
    }
    if (PERMALINK.matcher(text).matches() || DOWNLOAD.matcher(text).matches()) {
      return "links";
    }
    if (BREADCRUMB.matcher(text).matches()) {
      return "navigation";
    }
    if (isMetaLine(text)) {
      return "date line";
    }
    if (text.length() < 300 && CAPTION.matcher(text).matches()) {
      return "caption";
    }
    if (SOURCE.matcher(text).matches()) {
      return "source link";
    }
    if (CREDIT.matcher(text).matches()) {
      return "credit";
    }
    if (COOKIE.matcher(text).matches() && text.length() < 200
        && text.toLowerCase(java.util.Locale.ROOT).matches(".*(akzeptier|accept|zustimm|agree|verwende|use).*")) {
      return "cookie notice";
    }
    return null;
  }
}
