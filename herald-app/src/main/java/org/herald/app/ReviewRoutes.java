package org.herald.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.herald.core.ContractJson;
import org.herald.kb.EventDictionary;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.store.Reviews;
import org.herald.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The analyst's review routes: judge a report, add a missed event, judge a link, read a
 * document's reports with their verdicts, Herald's figures on the reviewed reports, and the
 * reviews as gold. Every write checks, in this order, the token (401), that what it names
 * exists (404) and its body (400), and changes nothing when one fails.
 */
final class ReviewRoutes {
  private static final Set<String> MENTION_FIELDS =
      Set.of("verdict", "code", "source", "target", "date", "note", "reviewer");
  private static final Set<String> ADD_FIELDS =
      Set.of("start", "end", "code", "source", "target", "date", "note", "reviewer");
  private static final Set<String> LINK_FIELDS =
      Set.of("document", "verdict", "kbId", "note", "reviewer");

  private final Store store;
  private final Reviews reviews;
  private final Consumer<Context> authorise;
  private final @Nullable ReviewRules rules;
  private final Runnable rulesChanged;

  /**
   * @param rules where reviews become rules, or null where this server keeps none
   * @param rulesChanged makes the pipeline again, so that the next analysis applies a new rule
   */
  ReviewRoutes(Store store, Consumer<Context> authorise, @Nullable ReviewRules rules,
      Runnable rulesChanged) {
    this.store = store;
    this.reviews = store.reviews();
    this.authorise = authorise;
    this.rules = rules;
    this.rulesChanged = rulesChanged;
  }

  void register(Javalin app) {
    app.post("/api/event-mentions/{id}/review", this::reviewMention);
    app.post("/api/documents/{id}/events", this::addEvent);
    app.post("/api/entities/{id}/review", this::reviewLink);
    app.get("/api/documents/{id}/reviews", ctx -> {
      String id = ctx.pathParam("id");
      if (!reviews.documentExists(id)) {
        throw new ApiServer.ApiError(404, "no document " + id);
      }
      ApiServer.json(ctx, reviews.ofDocument(id));
    });
    app.get("/api/reviews", ctx -> ApiServer.json(ctx, reviews.figures()));
    app.get("/api/kb", this::knowledge);
    app.post("/api/event-mentions/{id}/rule", this::reportRule);
    app.post("/api/entities/{id}/rule", this::linkRule);
    app.get("/api/rules", ctx -> ApiServer.json(ctx, rules == null
        ? ContractJson.mapper().createArrayNode() : rules.list()));
    app.get("/api/reviews/export", this::export);
    app.get("/api/cameo/codes", ctx -> {
      ArrayNode out = ContractJson.mapper().createArrayNode();
      for (EventDictionary.Code c : EventDictionary.bundled().codes()) {
        out.addObject().put("code", c.code()).put("name", c.name())
            .put("quadClass", c.quadClass()).put("goldstein", c.goldstein());
      }
      ApiServer.json(ctx, out);
    });
  }

  private ReviewRules rules() {
    if (rules == null) {
      throw new ApiServer.ApiError(400, "this server keeps no rules");
    }
    return rules;
  }

  /** Turns the current review of a report into a verb pattern. */
  private void reportRule(Context ctx) {
    authorise.accept(ctx);
    String id = ctx.pathParam("id");
    if (!reviews.mentionExists(id)) {
      throw new ApiServer.ApiError(404, "no event mention " + id);
    }
    ArrayNode review = store.query("SELECT * FROM reviews WHERE mention_id = ? AND current"
        + " AND kind = 'event'", List.of(id));
    if (review.isEmpty()) {
      throw new ApiServer.ApiError(400, "event mention " + id + " has no review to make a rule"
          + " of");
    }
    JsonNode report = store.query("SELECT m.*, d.language FROM event_mentions m JOIN documents d"
        + " ON d.id = m.doc_id WHERE m.id = ?", List.of(id)).get(0);
    ObjectNode rule = rules().fromReport(report, report.path("language").asText("en"),
        review.get(0));
    rulesChanged.run();
    ctx.status(201);
    ApiServer.json(ctx, rule);
  }

  /** Turns the current correction of a link into a name of the entry it points to. */
  private void linkRule(Context ctx) {
    authorise.accept(ctx);
    String entity = ctx.pathParam("id");
    ObjectNode body = body(ctx, Set.of("document"));
    String doc = required(body, "document");
    ArrayNode review = store.query("SELECT * FROM reviews WHERE kind = 'link' AND doc_id = ?"
        + " AND entity_key = ? AND current", List.of(doc, entity));
    if (review.isEmpty()) {
      throw new ApiServer.ApiError(404, "no review of the link of " + entity + " in " + doc);
    }
    ArrayNode mention = store.query("SELECT mention_text FROM mentions WHERE doc_id = ? AND"
        + " entity_id = ? ORDER BY start_off LIMIT 1", List.of(doc,
        review.get(0).path("code").asText("")));
    if (mention.isEmpty()) {
      throw new ApiServer.ApiError(400, "the link of " + entity + " was not corrected to an"
          + " entry the document mentions");
    }
    ObjectNode rule = rules().fromLink(review.get(0), mention.get(0).path("mention_text")
        .asText());
    rulesChanged.run();
    ctx.status(201);
    ApiServer.json(ctx, rule);
  }

  /** Knowledge-base entries a name may stand for, for picking an actor or a link. */
  private void knowledge(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank() || q.length() > 200) {
      throw new ApiServer.ApiError(400, "q (a name, at most 200 characters) is required");
    }
    ArrayNode out = ContractJson.mapper().createArrayNode();
    for (KbEntry e : KnowledgeBase.bundled().candidates(q.strip(), null)) {
      if (out.size() == 20) {
        break;
      }
      out.addObject().put("id", e.id()).put("label", e.label()).put("kind", e.kind().name())
          .put("actor", e.actorOn(null)).put("country", e.country());
    }
    ApiServer.json(ctx, out);
  }

  private void reviewMention(Context ctx) {
    authorise.accept(ctx);
    String id = ctx.pathParam("id");
    if (!reviews.mentionExists(id)) {
      throw new ApiServer.ApiError(404, "no event mention " + id);
    }
    ObjectNode body = body(ctx, MENTION_FIELDS);
    String verdict = required(body, "verdict");
    if (!Reviews.EVENT_VERDICTS.contains(verdict)) {
      throw new ApiServer.ApiError(400, "verdict must be confirmed, rejected or corrected, not '"
          + verdict + "'");
    }
    Reviews.Correction c = correction(body, false);
    boolean fields = c.code() != null || c.source() != null || c.target() != null
        || c.day() != null;
    if (verdict.equals("corrected") && !fields) {
      throw new ApiServer.ApiError(400, "a correction gives at least one of code, source,"
          + " target and date");
    }
    if (!verdict.equals("corrected") && fields) {
      throw new ApiServer.ApiError(400, "only a correction gives code, source, target or date");
    }
    ctx.status(201);
    ApiServer.json(ctx, reviews.reviewMention(id, verdict, fields ? c : null,
        optional(body, "note"), reviewer(body)));
  }

  private void addEvent(Context ctx) {
    authorise.accept(ctx);
    String id = ctx.pathParam("id");
    if (!reviews.documentExists(id)) {
      throw new ApiServer.ApiError(404, "no document " + id);
    }
    ObjectNode body = body(ctx, ADD_FIELDS);
    int start = integer(body, "start");
    int end = integer(body, "end");
    Reviews.Correction c = correction(body, true);
    ctx.status(201);
    ApiServer.json(ctx, reviews.addEvent(id, start, end, c, optional(body, "note"),
        reviewer(body)));
  }

  private void reviewLink(Context ctx) {
    authorise.accept(ctx);
    String entity = ctx.pathParam("id");
    ObjectNode body = body(ctx, LINK_FIELDS);
    String doc = required(body, "document");
    if (!reviews.entityInDocument(entity, doc)) {
      throw new ApiServer.ApiError(404, "document " + doc + " does not mention entity " + entity);
    }
    String verdict = required(body, "verdict");
    if (!Reviews.LINK_VERDICTS.contains(verdict)) {
      throw new ApiServer.ApiError(400, "verdict must be confirmed or corrected, not '" + verdict
          + "'");
    }
    Reviews.LinkTarget to = null;
    if (verdict.equals("corrected")) {
      String kbId = required(body, "kbId");
      JsonNode old = store.query("SELECT name, entity_type FROM entities WHERE id = ?",
          List.of(entity)).get(0);
      String type = old.path("entity_type").asText();
      if (kbId.equalsIgnoreCase("none")) {
        String name = old.path("name").asText();
        to = new Reviews.LinkTarget(type + ":" + name.toLowerCase(java.util.Locale.ROOT), name,
            type, null, null, null);
      } else {
        KbEntry e = KnowledgeBase.bundled().byId(kbId);
        if (e == null) {
          throw new ApiServer.ApiError(400, "kbId '" + kbId + "' is not in the knowledge base"
              + " (give an id such as Q567, or none to unlink)");
        }
        to = new Reviews.LinkTarget(e.id(), e.label(), type, e.id(), e.actorOn(null),
            e.country());
      }
    } else if (body.has("kbId")) {
      throw new ApiServer.ApiError(400, "only a correction gives kbId");
    }
    ctx.status(201);
    ApiServer.json(ctx, reviews.reviewLink(doc, entity, verdict, to, optional(body, "note"),
        reviewer(body)));
  }

  /** The reviews as gold lines of the news-event gold set, one document a line. */
  private void export(Context ctx) throws JsonProcessingException {
    StringBuilder out = new StringBuilder();
    for (Reviews.GoldArticle a : reviews.gold()) {
      out.append(ContractJson.mapper().writeValueAsString(a.line())).append('\n');
    }
    ctx.contentType("application/x-ndjson").result(out.toString());
  }

  // ---- the body ----------------------------------------------------------------------------

  private static ObjectNode body(Context ctx, Set<String> allowed) {
    JsonNode n;
    try {
      n = ContractJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new ApiServer.ApiError(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new ApiServer.ApiError(400, "the body must be a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new ApiServer.ApiError(400, "unknown field '" + f + "' (allowed: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
    return (ObjectNode) n;
  }

  private static @Nullable String optional(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiServer.ApiError(400, field + " must be a string");
    }
    String s = v.asText().strip();
    if (s.length() > 2000) {
      throw new ApiServer.ApiError(400, field + " is longer than 2000 characters");
    }
    return s.isEmpty() ? null : s;
  }

  private static String required(ObjectNode body, String field) {
    String s = optional(body, field);
    if (s == null) {
      throw new ApiServer.ApiError(400, field + " is required");
    }
    return s;
  }

  private static int integer(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new ApiServer.ApiError(400, field + " must be a whole number (a character offset)");
    }
    return v.asInt();
  }

  private static String reviewer(ObjectNode body) {
    String r = optional(body, "reviewer");
    if (r != null && r.length() > 100) {
      throw new ApiServer.ApiError(400, "reviewer is longer than 100 characters");
    }
    return r == null ? "analyst" : r;
  }

  /** The code, actors and day of a body, each checked; all required for an added event. */
  private Reviews.Correction correction(ObjectNode body, boolean complete) {
    String code = complete ? required(body, "code") : optional(body, "code");
    EventDictionary.Code c = null;
    if (code != null) {
      c = EventDictionary.bundled().code(code);
      if (c == null || !EventDictionary.bundled().known(code)) {
        throw new ApiServer.ApiError(400, "code '" + code + "' is not a CAMEO event code");
      }
    }
    Reviews.Actor source = actor(body, "source", complete);
    Reviews.Actor target = actor(body, "target", false);
    String date = optional(body, "date");
    if (date != null) {
      try {
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw new DateTimeParseException("", date, 0);
        }
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ApiServer.ApiError(400, "date must be YYYY-MM-DD, not '" + date + "'");
      }
    }
    return new Reviews.Correction(code, c == null ? null : code.substring(0, 2),
        c == null ? null : c.quadClass(), c == null ? null : c.goldstein(), source, target, date);
  }

  private Reviews.@Nullable Actor actor(ObjectNode body, String field, boolean needed) {
    String v = needed ? required(body, field) : optional(body, field);
    if (v == null) {
      return null;
    }
    java.util.Optional<Reviews.Actor> stored = reviews.actor(v);
    if (stored.isPresent()) {
      return stored.get();
    }
    KbEntry e = KnowledgeBase.bundled().byId(v);
    if (e != null) {
      String type = switch (e.kind().name()) {
        case "PERSON" -> "PERSON";
        case "ORGANIZATION" -> "ORGANIZATION";
        default -> "LOCATION";
      };
      return new Reviews.Actor(e.id(), e.actorOn(null), e.country(), e.label(), type);
    }
    throw new ApiServer.ApiError(400, field + " '" + v + "' is neither an entity id (stored or"
        + " in the knowledge base) nor a CAMEO actor code (USA, DEUGOV)");
  }
}
