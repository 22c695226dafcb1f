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
      "(?i)^(leave a (reply|comment)|post comment|kommentar (schreiben|verfassen)"
          + "|\\d+ (comments|kommentare)|comments|kommentare|add a comment|reply|antworten)$");
  private static final Pattern PROMOTION = Pattern.compile(
      "(?i)^(advertisement|anzeige|werbung|sponsored|read more|mehr lesen|weiterlesen"
          + "|lesen sie (auch|mehr)\\b.*|read (also|more)\\b.{0,80}|more from\\b.{0,60}"
          + "|sign up\\b.{0,80}|subscribe\\b.{0,80}|jetzt abonnieren\\b.{0,80}"
          + "|follow us\\b.{0,60}|folgen sie uns\\b.{0,60}|related( articles| stories)?"
          + "|mehr zum thema\\b.{0,60}|das könnte sie auch interessieren|you may also like"
          + "|recommended( for you)?|weitere themen"
          + "|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel)|related (posts|articles)"
          + "|weiterführende links?|mehr (zum thema|artikel|beiträge|aus)\\b.{0,60}"
          + "|veja também:?|gefällt mir|like this:?|teilen mit:?|share this:?|kontakt|contact"
          + "|tags?:.{0,120}|schlagwörter:?.{0,120}|themen:?.{0,120}|kategorie(n)?:.{0,80}"
          + "|categories:.{0,80}|filed under:?.{0,80}|(den |diesen )?(artikel|beitrag|seite)"
          + " (teilen|empfehlen|drucken)\\??|möchten sie (den|diesen) (artikel|beitrag) teilen\\?"
          + "|(\\.\\.\\.|…)?\\s*weiter (zu|lesen|zum)\\b.{0,60}|zurück( zur übersicht)?"
          + "|back to top|nach oben|to top|print( this)?( article)?|drucken|seite drucken"
          + "|das könnte sie auch interessieren!?|explore further|zum weiterlesen:?"
          + "|mehr \\p{L}+ (auf|bei|von) \\S+|aktualisiert am:?|zuletzt aktualisiert:?"
          + "|release date:?|ultima modifica|kontakt:|zusatzinformationen:?|weitere infos:?)$");
  private static final Pattern NEWSLETTER = Pattern.compile(
      "(?i)^.{0,120}\\b(newsletter|postfach|inbox|abonnieren|abonniere|subscribe|sign up for"
          + "|download the .{0,40}apps?|app herunterladen|nichts mehr verpassen|nichts mehr"
          + " versäumen|be informed of)\\b.{0,120}$");
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)^(foto|fotos|photo|photos|bild|bilder|image|quelle|source|credit|copyright|©)"
          + "\\s*[:©].{1,120}$");
  private static final Pattern SOURCE = Pattern.compile(
      "(?i)^(source site|source|quelle|original(artikel| article)|zur quelle|view source)$");
  private static final Pattern COOKIE = Pattern.compile(
      "(?i)^.{0,80}\\b(cookies?|datenschutzerklärung|privacy policy)\\b.{0,160}$");

  private Boilerplate() {}

  /** The reason a short text is boilerplate, or null. */
  static @Nullable String reason(String text) {
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
