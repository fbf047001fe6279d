package org.w3id.kazaz.mapping;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.vocab.KZ;

/**
 * Figures as RDF, named by indicator, value, unit, date and subjects. Where several articles
 * report one figure, the most specific report ({@code canon}) gives its description, and every
 * article's graph holds that description with its own source, evidence and wording: each article
 * graph describes whole what it reports, so that it can be validated, reasoned over and read on
 * its own, and the descriptions never disagree.
 */
final class FigureMapping {
  private FigureMapping() {}

  static Resource add(Model m, FigureRecord r, FigureRecord canon, Entities entities, Evidence ev) {
    List<String> subjects =
        canon.subjects().stream().map(entities::iri).sorted(Comparator.naturalOrder()).toList();
    String key =
        canon.indicator().toLowerCase() + "|" + canon.value().stripTrailingZeros().toPlainString()
            + "|" + canon.unit() + "|" + canon.date() + "|" + String.join(",", subjects);
    Resource f = m.createResource(Iris.fact("figure", canon.indicator(), key)).addProperty(RDF.type, KZ.Figure);
    FigureRecord d = canon;
    f.addProperty(RDFS.label, d.indicator() + ": " + d.value().toPlainString() + " " + d.unit())
        .addProperty(KZ.indicator, d.indicator())
        .addLiteral(KZ.value, m.createTypedLiteral(d.value()))
        .addProperty(KZ.unit, d.unit());
    if (d.date() != null) {
      f.addLiteral(KZ.date, Terms.date(d.date()));
    }
    if (d.qualifier() != null) {
      f.addProperty(KZ.qualifier, d.qualifier());
    }
    for (EntityRef s : d.subjects()) {
      f.addProperty(KZ.subject, entities.of(s));
    }
    if (r.measured() != null) {
      f.addProperty(KZ.measured, r.measured(), "en");
    }
    return f.addProperty(KZ.evidence, ev.sentence(r.evidence()));
  }
}
