package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Where an article names a reference entity: every label of the gazetteer in the body, the
 * dateline's city ("ASTANA –"), but not a place inside the name of a body ("Baku International
 * Center ...") and not a surname inside another name ("Heydar Aliyev Street").
 */
public final class ReferenceMentions {
  private static final Pattern DATELINE = Pattern.compile("\\A\\s*(\\p{Lu}[\\p{Lu}' -]*\\p{Lu})\\s*[–—-]\\s");
  private static final Pattern NAMED_AFTER = org.w3id.kazaz.extract.common.Organisations.NAMED_AFTER;
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+\\z");
  private static final Set<String> TITLES =
      Set.of("President", "Presidents", "Mr", "Mrs", "Ms", "Minister", "Premier", "Chairman", "Leader",
          "Counterpart", "Head", "Said", "And", "The", "With", "By", "Of", "From", "To", "As");

  private ReferenceMentions() {}

  public static List<Mention> find(AnnotatedArticle doc, Gazetteer gazetteer, List<Mention> organisations) {
    Article article = doc.article();
    List<Mention> out = new ArrayList<>();
    String text = article.text();
    int base = article.bodyStart();
    Matcher d = DATELINE.matcher(article.body());
    if (d.find()) {
      String city = d.group(1).toLowerCase(Locale.ROOT);
      city = Character.toUpperCase(city.charAt(0)) + city.substring(1);
      gazetteer.byLabel(city).filter(e -> e.kind().isPlace())
          .ifPresent(e -> out.add(mention(e, base + d.start(1), base + d.end(1), d.group(1))));
    }
    for (Gazetteer.Hit h : doc.hits()) {
      int start = h.start();
      int end = h.end();
      GazetteerEntry e = h.entry();
      if (e.kind().isPlace() && inside(start, end, organisations)) {
        continue;
      }
      if (e.kind() == EntityKind.PERSON && partOfAnotherName(text, start, end, h.text(), e)) {
        continue;
      }
      if (e.kind() != EntityKind.PERSON && insidePerson(doc, start, end)) {
        continue; // "Umid" of "Umid Mamadaminov" is a first name, not the gas field
      }
      out.add(mention(e, start, end, h.text()));
    }
    return out;
  }

  private static Mention mention(GazetteerEntry e, int start, int end, String text) {
    return new Mention(EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri()), new Span(start, end, text));
  }

  private static boolean inside(int start, int end, List<Mention> organisations) {
    for (Mention m : organisations) {
      if (m.span().start() <= start && end <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** A surname alone, right after another given name or right before "Street" and the like. */
  /** Whether CoreNLP reads {@code [start, end)} as part of a longer person's name. */
  private static boolean insidePerson(AnnotatedArticle doc, int start, int end) {
    return doc.entities().stream().anyMatch(n -> n.type().equals("PERSON") && n.span().start() <= start
        && end <= n.span().end() && n.span().end() - n.span().start() > end - start);
  }

  private static boolean partOfAnotherName(String text, int start, int end, String hit, GazetteerEntry e) {
    if (NAMED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
      return true;
    }
    if (hit.contains(" ")) {
      return false; // a full name
    }
    Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
    return before.find() && !TITLES.contains(before.group(1))
        && e.altLabels().stream().noneMatch(a -> a.endsWith(" " + hit) && a.startsWith(before.group(1)));
  }
}
